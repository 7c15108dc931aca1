#include "firewalldzone.h"

#include "core/inputchannel.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

// Splits a rich rule into words, keeping quoted values together: port="80" stays one word.
QStringList words(const QString &line)
{
    QStringList out;
    QString current;
    QChar quote;
    for (const QChar c : line) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                current += c;
            continue;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c.isSpace()) {
            if (!current.isEmpty())
                out << current;
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

bool isElement(const QString &w)
{
    static const QStringList elements{QStringLiteral("service"),      QStringLiteral("port"),
                                      QStringLiteral("protocol"),     QStringLiteral("icmp-block"),
                                      QStringLiteral("icmp-type"),    QStringLiteral("source-port"),
                                      QStringLiteral("forward-port"), QStringLiteral("masquerade")};
    return elements.contains(w);
}

} // namespace

Result<FirewalldRichRule> FirewalldRichRule::parse(const QString &line)
{
    const QStringList ws = words(line);
    if (ws.isEmpty() || ws.first() != QStringLiteral("rule")) {
        return Error{FirewalldRichRule::tr("does not start with \"rule\"")};
    }
    FirewalldRichRule r;
    r.text = line.trimmed();
    QString section = QStringLiteral("rule");
    bool invertNext = false;
    for (qsizetype i = 1; i < ws.size(); ++i) {
        const QString &w = ws.at(i);
        const qsizetype eq = w.indexOf(QLatin1Char('='));
        if (eq < 0) {
            if (w.compare(QStringLiteral("NOT"), Qt::CaseInsensitive) == 0) {
                invertNext = true;
            } else if (w == QStringLiteral("source") || w == QStringLiteral("destination")) {
                section = w;
                (w == QStringLiteral("source") ? r.sourceInverted : r.destinationInverted) = invertNext;
                invertNext = false;
            } else if (isElement(w)) {
                if (!r.element.isEmpty()) {
                    return Error{FirewalldRichRule::tr("has two elements (%1 and %2)").arg(r.element, w)};
                }
                section = w;
                r.element = w;
            } else if (w == QStringLiteral("accept") || w == QStringLiteral("reject") || w == QStringLiteral("drop")
                       || w == QStringLiteral("mark")) {
                section = w;
                r.action = w;
            } else if (w == QStringLiteral("log") || w == QStringLiteral("nflog") || w == QStringLiteral("audit")
                       || w == QStringLiteral("limit")) {
                if (w == QStringLiteral("limit") && section == QStringLiteral("accept"))
                    r.limited = true;
                section = w == QStringLiteral("limit") ? section : w;
            } else {
                return Error{FirewalldRichRule::tr("has an unknown word \"%1\"").arg(w)};
            }
            continue;
        }
        const QString key = w.left(eq);
        const QString value = w.mid(eq + 1);
        if (section == QStringLiteral("rule")) {
            if (key == QStringLiteral("family"))
                r.family = value.toLower();
            else if (key == QStringLiteral("priority")) {
                bool ok = false;
                r.priority = value.toInt(&ok);
                if (!ok) {
                    return Error{FirewalldRichRule::tr("has a priority that is not a number: %1").arg(value)};
                }
            }
        } else if (section == QStringLiteral("source") || section == QStringLiteral("destination")) {
            const bool src = section == QStringLiteral("source");
            if (key == QStringLiteral("address"))
                (src ? r.sourceAddress : r.destinationAddress) = value;
            else if (key == QStringLiteral("invert"))
                (src ? r.sourceInverted : r.destinationInverted) =
                    value.compare(QStringLiteral("true"), Qt::CaseInsensitive) == 0 || value == QStringLiteral("yes");
            else
                (src ? r.sourceOther : r.destinationOther) = key + QLatin1Char('=') + value;
        } else if (section == r.element && !r.element.isEmpty()) {
            if (key == QStringLiteral("name") || key == QStringLiteral("value"))
                r.elementName = value;
            else if (key == QStringLiteral("port"))
                r.port = value;
            else if (key == QStringLiteral("protocol"))
                r.protocol = value.toLower();
        }
        // Attributes of log, audit, limit, reject type= and mark set= do not change the verdict.
    }
    if (r.element == QStringLiteral("icmp-block"))
        r.action = QStringLiteral("reject"); // an icmp-block rule has an implicit reject
    return r;
}

FirewalldConfig FirewalldConfig::parse(const QString &text)
{
    static const QRegularExpression header(QStringLiteral("^([A-Za-z0-9_.+-]{1,64})(?:\\s+\\(([^)]*)\\))?\\s*$"));
    static const QRegularExpression attribute(QStringLiteral("^\\s+([a-z][a-z -]*[a-z]):\\s*(.*)$"));
    FirewalldConfig config;
    FirewalldZone *zone = nullptr;
    bool inRichRules = false;
    QString lastKey;
    const QStringList lines =
        QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed().isEmpty() ? QString() : rawLine;
        if (line.isEmpty())
            continue;
        if (line.trimmed().compare(QStringLiteral("FirewallD is not running"), Qt::CaseInsensitive) == 0) {
            config.notRunning = true;
            continue;
        }
        if (!line.at(0).isSpace()) {
            static const QRegularExpression direct(
                QStringLiteral("^(ipv4|ipv6|eb)\\s+(filter|raw|mangle|nat|security)\\s+\\S+\\s+-?\\d+\\s+\\S"));
            if (line.startsWith(QLatin1String("ipv")) || line.startsWith(QLatin1String("eb "))) {
                if (direct.match(line).hasMatch()) {
                    config.directRules << line.trimmed();
                    zone = nullptr;
                    continue;
                }
            }
            const auto m = header.match(line);
            if (!m.hasMatch()) {
                zone = nullptr;
                inRichRules = false;
                continue; // a shell prompt or a command line pasted with the output
            }
            config.zones.append(FirewalldZone());
            zone = &config.zones.last();
            zone->name = m.captured(1);
            const QStringList flags = m.captured(2).split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (const QString &f : flags) {
                if (f.trimmed() == QStringLiteral("default"))
                    zone->isDefault = true;
                else if (f.trimmed() == QStringLiteral("active"))
                    zone->active = true;
            }
            inRichRules = false;
            continue;
        }
        if (!zone)
            continue;
        const QString trimmed = line.trimmed();
        if (inRichRules && trimmed.startsWith(QStringLiteral("rule"))) {
            if (const auto rule = FirewalldRichRule::parse(trimmed))
                zone->richRules.append(*rule);
            else
                zone->problems
                    << FirewalldConfig::tr("zone %1: rich rule \"%2\" %3").arg(zone->name, trimmed, rule.error());
            continue;
        }
        const auto m = attribute.match(line);
        if (!m.hasMatch() && lastKey == QStringLiteral("forward-ports")
            && trimmed.startsWith(QStringLiteral("port="))) {
            zone->forwardPorts << trimmed; // firewalld 1.x prints one forward port per line
            continue;
        }
        if (!m.hasMatch()) {
            zone->problems
                << FirewalldConfig::tr("zone %1: line not understood: %2").arg(zone->name, trimmed.left(200));
            continue;
        }
        zone->listed = true;
        const QString key = m.captured(1);
        const QString value = m.captured(2).trimmed();
        const QStringList items = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        inRichRules = key == QStringLiteral("rich rules");
        lastKey = key;
        if (key == QStringLiteral("target"))
            zone->target = value.isEmpty() ? QStringLiteral("default") : value;
        else if (key == QStringLiteral("icmp-block-inversion"))
            zone->icmpBlockInversion = value == QStringLiteral("yes");
        else if (key == QStringLiteral("interfaces"))
            zone->interfaces = items;
        else if (key == QStringLiteral("sources"))
            zone->sources = items;
        else if (key == QStringLiteral("services"))
            zone->services = items;
        else if (key == QStringLiteral("ports"))
            zone->ports = items;
        else if (key == QStringLiteral("protocols"))
            zone->protocols = items;
        else if (key == QStringLiteral("icmp-blocks"))
            zone->icmpBlocks = items;
        else if (key == QStringLiteral("source-ports"))
            zone->sourcePorts = items;
        else if (key == QStringLiteral("forward-ports"))
            zone->forwardPorts = items;
        else if (key == QStringLiteral("ingress-zones"))
            zone->ingressZones = items;
        else if (key == QStringLiteral("egress-zones"))
            zone->egressZones = items;
        else if (inRichRules && value.startsWith(QStringLiteral("rule"))) {
            if (const auto rule = FirewalldRichRule::parse(value))
                zone->richRules.append(*rule);
            else
                zone->problems
                    << FirewalldConfig::tr("zone %1: rich rule \"%2\" %3").arg(zone->name, value, rule.error());
        }
        // summary, description, masquerade, forward, priority lines do not filter the health check.
    }
    config.zones.removeIf([](const FirewalldZone &z) { return !z.listed; });
    for (const FirewalldZone &z : std::as_const(config.zones)) {
        if (!z.ingressZones.isEmpty() || !z.egressZones.isEmpty())
            config.policies << z;
    }
    config.zones.removeIf([](const FirewalldZone &z) { return !z.ingressZones.isEmpty() || !z.egressZones.isEmpty(); });
    if (config.zones.isEmpty() && !config.notRunning)
        config.error = (InputChannel::commandLine()
                            ? FirewalldConfig::tr("no zone found; give the output of firewall-cmd --list-all-zones")
                            : FirewalldConfig::tr("no zone found; paste the output of firewall-cmd --list-all-zones"));
    return config;
}

const FirewalldZone *FirewalldConfig::defaultZone() const
{
    for (const FirewalldZone &z : zones) {
        if (z.isDefault)
            return &z;
    }
    return nullptr;
}
