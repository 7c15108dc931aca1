#include "ufwstatus.h"

#include "core/addressrange.h"

#include <QCoreApplication>
#include <QRegularExpression>

UfwEndpoint UfwEndpoint::parse(QString text)
{
    UfwEndpoint e;
    text = text.trimmed();
    if (text.endsWith(QStringLiteral("(v6)"))) {
        e.v6 = true;
        text.chop(4);
        text = text.trimmed();
    }
    static const QRegularExpression on(QStringLiteral("\\s+on\\s+(\\S+)$"));
    const auto m = on.match(text);
    if (m.hasMatch()) {
        e.interfaceName = m.captured(1);
        text = text.left(m.capturedStart()).trimmed();
    }
    static const QRegularExpression portSpec(QStringLiteral("^([0-9][0-9,:]*)?(?:/([a-z0-9]+))?$"));
    QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return e;
    if (parts.first() == QStringLiteral("Anywhere")) {
        parts.removeFirst();
    } else if (!portSpec.match(parts.first()).hasMatch()
               && (AddressRange::parse(parts.first()) || parts.first().contains(QLatin1Char(':')) || parts.first().count(QLatin1Char('.')) == 3)) {
        // An address, possibly "10.0.0.5/tcp" (address and protocol without a port).
        QString first = parts.takeFirst();
        const qsizetype slash = first.lastIndexOf(QLatin1Char('/'));
        if (slash > 0 && !AddressRange::parse(first) && first.mid(slash + 1).at(0).isLetter()) {
            e.protocol = first.mid(slash + 1);
            first = first.left(slash);
        }
        e.address = first;
        if (e.address.contains(QLatin1Char(':')) && !e.address.contains(QLatin1Char('.')))
            e.v6 = true;
    }
    if (parts.isEmpty())
        return e;
    const QString rest = parts.join(QLatin1Char(' '));
    const auto pm = portSpec.match(rest);
    if (pm.hasMatch() && !rest.isEmpty()) {
        e.ports = pm.captured(1);
        if (!pm.captured(2).isEmpty())
            e.protocol = pm.captured(2);
    } else {
        e.app = rest;
    }
    return e;
}

UfwStatus UfwStatus::parse(const QString &text)
{
    static const QRegularExpression row(QStringLiteral(
        "^(?:\\[\\s*(\\d+)\\]\\s*)?(.+?)\\s+(ALLOW|DENY|REJECT|LIMIT)(?:\\s+(IN|OUT|FWD))?\\s+(.+?)\\s*(?:#.*)?$"));
    static const QRegularExpression logTag(QStringLiteral("\\s\\((?:log|log-all)\\)"));
    static const QRegularExpression defaults(QStringLiteral("^Default:\\s*(\\w+)\\s*\\(incoming\\)"));
    UfwStatus s;
    bool sawStatus = false;
    bool inTable = false;
    int counter = 0;
    const QStringList lines = QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(QStringLiteral("Status:"))) {
            sawStatus = true;
            s.active = line.mid(7).trimmed() == QStringLiteral("active");
            continue;
        }
        const auto dm = defaults.match(line);
        if (dm.hasMatch()) {
            s.defaultIncoming = dm.captured(1).toLower();
            continue;
        }
        if (line.startsWith(QStringLiteral("To ")) && line.contains(QStringLiteral("Action")) && line.contains(QStringLiteral("From"))) {
            inTable = true;
            continue;
        }
        if (!inTable || line.startsWith(QStringLiteral("--")))
            continue;
        QString cleaned = line;
        cleaned.remove(logTag);
        const auto m = row.match(cleaned);
        if (!m.hasMatch()) {
            s.problems << QCoreApplication::translate("UfwStatus", "row not understood: %1").arg(line.left(200));
            continue;
        }
        UfwRule r;
        ++counter;
        r.number = m.captured(1).isEmpty() ? counter : m.captured(1).toInt();
        r.text = line;
        r.to = UfwEndpoint::parse(m.captured(2));
        r.action = m.captured(3);
        r.direction = m.captured(4).isEmpty() ? QStringLiteral("IN") : m.captured(4);
        r.from = UfwEndpoint::parse(m.captured(5));
        s.rules.append(r);
    }
    if (!sawStatus)
        s.error = QCoreApplication::translate("UfwStatus", "there is no \"Status:\" line; paste the output of ufw status verbose");
    return s;
}
