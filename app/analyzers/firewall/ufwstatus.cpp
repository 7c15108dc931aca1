#include "ufwstatus.h"

#include "core/inputchannel.h"

#include "core/addressrange.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

UfwEndpoint UfwEndpoint::parse(QString text)
{
    UfwEndpoint e;
    text = text.trimmed();
    // ufw appends the interface last, after " (v6)" ("8080/tcp (v6) on eth1").
    static const QRegularExpression on(QStringLiteral("\\s+on\\s+(\\S+)$"));
    // Cheap substring tests gate each regex (even an empty match object costs an allocation): on
    // a long listing most endpoints are a bare address.
    if (text.contains(QLatin1String("on"))) {
        if (const auto m = on.match(text); m.hasMatch()) {
            e.interfaceName = m.captured(1);
            text = text.left(m.capturedStart()).trimmed();
        }
    }
    static const QRegularExpression v6Suffix(QStringLiteral("\\s*\\(v6\\)$"));
    if (text.endsWith(QLatin1String("(v6)"))) {
        if (const auto v = v6Suffix.match(text); v.hasMatch()) {
            e.v6 = true;
            text = text.left(v.capturedStart()).trimmed();
        }
    }
    // status verbose names the application after its ports: "80,443/tcp (WWW Full (v6))"; the
    // ports decide, the name stays for the evidence.
    static const QRegularExpression appAfterPorts(QStringLiteral("^(.*[0-9](?:/[a-z0-9]+)?)\\s+\\((.+)\\)$"));
    QString appName;
    if (text.endsWith(QLatin1Char(')'))) {
        if (const auto a = appAfterPorts.match(text); a.hasMatch()) {
            appName = a.captured(2);
            if (const auto v = v6Suffix.match(appName); v.hasMatch()) {
                e.v6 = true;
                appName = appName.left(v.capturedStart()).trimmed();
            }
            text = a.captured(1).trimmed();
        }
    }
    static const QRegularExpression portSpec(QStringLiteral("^([0-9][0-9,:]*)?(?:/([a-z0-9]+))?$"));
    QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return e;
    if (parts.first() == QStringLiteral("Anywhere")) {
        parts.removeFirst();
    } else if (parts.first().startsWith(QStringLiteral("Anywhere/"))) {
        // "Anywhere/tcp": every address and port, one protocol.
        e.protocol = parts.takeFirst().mid(9);
    } else if ((parts.first().contains(QLatin1Char('.'))
                || !portSpec.match(parts.first()).hasMatch()) // no port spec has a '.'
               && (parts.first().contains(QLatin1Char(':')) || parts.first().count(QLatin1Char('.')) == 3
                   || AddressRange::parse(parts.first()))) {
        // An address, possibly "10.0.0.5/tcp" (address and protocol without a port).
        QString first = parts.takeFirst();
        const qsizetype slash = first.lastIndexOf(QLatin1Char('/'));
        if (slash > 0 && slash + 1 < first.size() && !AddressRange::parse(first) && first.at(slash + 1).isLetter()) {
            e.protocol = first.mid(slash + 1);
            first = first.left(slash);
        }
        e.address = first;
        if (e.address.contains(QLatin1Char(':')) && !e.address.contains(QLatin1Char('.')))
            e.v6 = true;
    }
    if (parts.isEmpty()) {
        e.app = appName;
        return e;
    }
    const QString rest = parts.join(QLatin1Char(' '));
    const auto pm = portSpec.match(rest);
    if (pm.hasMatch()) {
        e.ports = pm.captured(1);
        if (!pm.captured(2).isEmpty())
            e.protocol = pm.captured(2);
        e.app = appName;
    } else {
        e.app = rest; // numbered and plain status name the application without its ports
    }
    return e;
}

UfwStatus UfwStatus::parse(const QString &text)
{
    static const QRegularExpression row(QStringLiteral(
        "^(?:\\[\\s*(\\d+)\\]\\s*)?(.+?)\\s+(ALLOW|DENY|REJECT|LIMIT)(?:\\s+(IN|OUT|FWD))?\\s+(.+?)\\s*(?:#.*)?$"));
    // The attributes ufw prints after From: "(log)", "(log-all)", "(out)", "(log, out)".
    static const QRegularExpression logTag(QStringLiteral("\\s\\((?:log|log-all|out)(?:, (?:log|log-all|out))?\\)"));
    static const QRegularExpression defaults(
        QStringLiteral("^Default:\\s*(\\w+)\\s*\\(incoming\\)(?:,\\s*(\\w+)\\s*\\(outgoing\\))?"));
    UfwStatus s;
    bool sawStatus = false;
    bool inTable = false;
    int counter = 0;
    bool numbered = false;
    QHash<QString, int> appRules;
    // Copy (and rewrite) the text only when it has CRLF line ends.
    const QStringList lines = text.contains(QLatin1Char('\r'))
        ? QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).split(QLatin1Char('\n'))
        : text.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(QStringLiteral("Status:"))) {
            sawStatus = true;
            s.active = line.mid(7).trimmed() == QStringLiteral("active");
            continue;
        }
        if (line.startsWith(QLatin1String("Default:"))) {
            if (const auto dm = defaults.match(line); dm.hasMatch()) {
                s.defaultIncoming = dm.captured(1).toLower();
                s.defaultOutgoing = dm.captured(2).toLower();
                continue;
            }
        }
        if (line.startsWith(QStringLiteral("To ")) && line.contains(QStringLiteral("Action"))
            && line.contains(QStringLiteral("From"))) {
            if (!inTable)
                s.rules.reserve(lines.size()); // a long deny list otherwise regrows (and moves) it often
            inTable = true;
            continue;
        }
        if (!inTable || line.startsWith(QStringLiteral("--")))
            continue;
        QString cleaned = line;
        if (cleaned.contains(QLatin1Char('('))
            && (cleaned.contains(QLatin1String("(log")) || cleaned.contains(QLatin1String("(out"))))
            cleaned.remove(logTag);
        const auto m = row.match(cleaned);
        if (!m.hasMatch()) {
            s.problems << UfwStatus::tr("row not understood: %1").arg(line.left(200));
            continue;
        }
        UfwRule r;
        r.text = line;
        r.to = UfwEndpoint::parse(m.captured(2));
        r.action = m.captured(3);
        r.direction = m.capturedView(4).isEmpty() ? QStringLiteral("IN") : m.captured(4);
        r.from = UfwEndpoint::parse(m.captured(5));
        if (!m.capturedView(1).isEmpty()) {
            numbered = true;
            r.number = m.captured(1).toInt();
        } else if (r.to.app.isEmpty() && r.from.app.isEmpty()) {
            r.number = ++counter;
        } else {
            // status verbose prints an application rule once per protocol ("88,749/tcp (Kerberos
            // Full)", "464/udp (Kerberos Full)"); ufw numbers it once, by this tuple
            // (get_app_tuple() in ufw's common.py).
            const QString tuple = QStringList{r.to.app.isEmpty() ? r.to.ports : r.to.app,
                                              r.to.address,
                                              r.from.app.isEmpty() ? r.from.ports : r.from.app,
                                              r.from.address,
                                              r.direction,
                                              r.to.interfaceName,
                                              r.from.interfaceName,
                                              r.to.v6 || r.from.v6 ? QStringLiteral("v6") : QString()}
                                      .join(QLatin1Char('|'));
            r.number = appRules.value(tuple);
            if (!r.number) {
                r.number = ++counter;
                appRules.insert(tuple, r.number);
            }
        }
        s.rules.append(std::move(r));
    }
    // Without "[ n]", status lists incoming rules ahead of outgoing and routed ones, so where those
    // exist the positions of the incoming rules among all rules are not known.
    const bool otherDirections = std::any_of(s.rules.cbegin(), s.rules.cend(),
                                             [](const UfwRule &r) { return r.direction != QStringLiteral("IN"); });
    if (!numbered && otherDirections) {
        for (UfwRule &r : s.rules)
            r.number = 0;
    }
    if (!sawStatus)
        s.error = (InputChannel::commandLine()
                       ? UfwStatus::tr("there is no \"Status:\" line; give the output of ufw status verbose")
                       : UfwStatus::tr("there is no \"Status:\" line; paste the output of ufw status verbose"));
    return s;
}
