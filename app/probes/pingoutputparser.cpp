#include "pingoutputparser.h"

#include <QRegularExpression>

namespace {

QString firstMatchLine(const QStringList &lines, const QRegularExpression &re)
{
    for (const QString &l : lines) {
        if (re.match(l).hasMatch())
            return l.trimmed();
    }
    return {};
}

} // namespace

PingOutputParser::Result PingOutputParser::parse(QStringView output)
{
    Result r;
    const QStringList lines =
        output.toString().split(QRegularExpression(QStringLiteral("\\r?\\n")), Qt::SkipEmptyParts);

    // Unreachable first: Windows prints "Reply from X: Destination host unreachable." and counts it
    // as received, so a "Reply from" line alone is not a reply.
    static const QRegularExpression unreachable(
        QStringLiteral(
            "unreachable|General failure|transmit failed|Network is unreachable|No route to host|\u65e0\u6cd5\u8bbf\u95ee\u76ee\u6807\u4e3b\u673a"),
        QRegularExpression::CaseInsensitiveOption);
    // A real echo reply carries a TTL in every language and both systems ("ttl=64", "TTL=128").
    static const QRegularExpression reply(QStringLiteral("\\bttl=(\\d+)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression time(QStringLiteral("[=<]\\s*(\\d+(?:\\.\\d+)?)\\s*ms"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression unknownHost(
        QStringLiteral(
            "Name or service not known|could not find host|Temporary failure in name resolution|unknown host|No address associated"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression notPermitted(
        QStringLiteral("Operation not permitted|Permission denied|Access is denied"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression lost(
        QStringLiteral(
            "\\b0 received|100% packet loss|Request timed out|Received = 0|100% loss|\u8bf7\u6c42\u8d85\u65f6"),
        QRegularExpression::CaseInsensitiveOption);

    for (const QString &l : lines) {
        if (unreachable.match(l).hasMatch())
            continue;
        const auto m = reply.match(l);
        if (!m.hasMatch())
            continue;
        r.outcome = Outcome::Reply;
        r.ttl = m.captured(1).toInt();
        const auto t = time.match(l);
        if (t.hasMatch())
            r.rttMs = t.captured(1).toDouble();
        r.line = l.trimmed();
        return r;
    }
    if (QString l = firstMatchLine(lines, unknownHost); !l.isEmpty()) {
        r.outcome = Outcome::UnknownHost;
        r.line = l;
    } else if (l = firstMatchLine(lines, notPermitted); !l.isEmpty()) {
        r.outcome = Outcome::NotPermitted;
        r.line = l;
    } else if (l = firstMatchLine(lines, unreachable); !l.isEmpty()) {
        r.outcome = Outcome::Unreachable;
        r.line = l;
    } else if (l = firstMatchLine(lines, lost); !l.isEmpty()) {
        r.outcome = Outcome::NoReply;
        r.line = l;
    }
    return r;
}
