#include "targetlist.h"

#include "core/target.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

QString TargetRow::endpoint() const
{
    const QString ip = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
        : address.toString();
    QString text = ip + QLatin1Char(':') + QString::number(port);
    if (checkPort != port)
        text += TargetList::tr(" (check port %1)").arg(checkPort);
    return text;
}

QString TargetRow::label() const
{
    return name.isEmpty() ? endpoint() : name;
}

QStringList TargetList::messages() const
{
    QStringList out;
    for (const TargetListProblem &p : problems)
        out << p.message;
    return out;
}

namespace {

// The fields of one line: CSV with commas (or semicolons, or tabs), or "ip:port" / "ip port".
QStringList fieldsOf(const QString &line)
{
    QStringList fields;
    if (line.contains(QLatin1Char(',')))
        fields = line.split(QLatin1Char(','));
    else if (line.contains(QLatin1Char(';')))
        fields = line.split(QLatin1Char(';'));
    else if (line.contains(QLatin1Char('\t')))
        fields = line.split(QLatin1Char('\t'));
    else {
        static const QRegularExpression bracketed(QStringLiteral("^\\[([^\\]]*)\\]:(\\S*)$"));
        static const QRegularExpression spaces(QStringLiteral("\\s+"));
        const QStringList words = line.split(spaces, Qt::SkipEmptyParts);
        if (words.size() == 1) {
            const QString &w = words.constFirst();
            if (const auto m = bracketed.match(w); m.hasMatch())
                return {m.captured(1), m.captured(2)};
            // One colon: IPv4 "ip:port"; more colons: a bare IPv6 address without a port.
            if (w.count(QLatin1Char(':')) == 1)
                return w.split(QLatin1Char(':'));
            return {w};
        }
        return words;
    }
    for (QString &f : fields) {
        f = f.trimmed();
        if (f.size() >= 2 && f.startsWith(QLatin1Char('"')) && f.endsWith(QLatin1Char('"')))
            f = f.mid(1, f.size() - 2).trimmed();
    }
    return fields;
}

bool isHeader(const QStringList &fields)
{
    static const QStringList names{QStringLiteral("ip"), QStringLiteral("address"), QStringLiteral("host"),
                                   QStringLiteral("ip_address"), QStringLiteral("backend")};
    return !fields.isEmpty() && names.contains(fields.constFirst().toLower());
}

} // namespace

namespace TargetListParser {

TargetList parse(const QString &text, int limit)
{
    TargetList list;
    QHash<QString, int> seen; // "address|port|checkPort" -> line
    const auto problem = [&list](int line, const QString &message) {
        list.problems << TargetListProblem{line, TargetList::tr("line %1: %2").arg(line).arg(message)};
    };
    int lineNo = 0;
    int dataRows = 0;
    int beyond = 0;
    int firstBeyond = 0;
    qsizetype pos = 0;
    const qsizetype n = text.size();
    while (pos <= n) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), pos);
        if (end < 0)
            end = n;
        const QString line = text.mid(pos, end - pos).trimmed();
        pos = end + 1;
        ++lineNo;
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = fieldsOf(line);
        if (dataRows == 0 && list.rows.isEmpty() && isHeader(fields)) {
            ++dataRows;
            continue;
        }
        ++dataRows;
        if (list.rows.size() >= limit) {
            if (beyond++ == 0)
                firstBeyond = lineNo;
            continue;
        }
        if (fields.size() < 2) {
            problem(lineNo, TargetList::tr("expected ip,port[,check_port][,name], got \"%1\"").arg(line.left(80)));
            continue;
        }
        if (fields.size() > 4) {
            problem(lineNo, TargetList::tr("%1 fields; a row is ip,port[,check_port][,name]").arg(fields.size()));
            continue;
        }
        TargetRow row;
        row.line = lineNo;
        QString ip = fields.at(0);
        if (ip.startsWith(QLatin1Char('[')) && ip.endsWith(QLatin1Char(']')))
            ip = ip.mid(1, ip.size() - 2);
        if (!row.address.setAddress(ip) || ip.contains(QLatin1Char('%'))) {
            problem(lineNo,
                    ip.isEmpty() ? TargetList::tr("the IP address is empty")
                                 : TargetList::tr("\"%1\" is not an IP address (a group takes IPv4 or IPv6 literals)")
                                       .arg(ip.left(80)));
            continue;
        }
        const auto port = TargetValidator::port(fields.at(1), TargetValidator::PortField::Port);
        if (!port) {
            problem(lineNo, port.error());
            continue;
        }
        row.port = *port;
        row.checkPort = row.port;
        if (fields.size() >= 3 && !fields.at(2).isEmpty()) {
            const auto checkPort = TargetValidator::port(fields.at(2), TargetValidator::PortField::CheckPort);
            if (!checkPort) {
                problem(lineNo, checkPort.error());
                continue;
            }
            row.checkPort = *checkPort;
            row.ownCheckPort = true;
        }
        if (fields.size() == 4) {
            row.name = fields.at(3).left(200);
            if (std::any_of(row.name.cbegin(), row.name.cend(),
                            [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; })) {
                problem(lineNo, TargetList::tr("the name contains a control character"));
                continue;
            }
        }
        const QString key = row.address.toString() + QLatin1Char('|') + QString::number(row.port) + QLatin1Char('|')
            + QString::number(row.checkPort);
        if (const auto it = seen.constFind(key); it != seen.constEnd()) {
            problem(lineNo, TargetList::tr("%1 is already on line %2; checked once").arg(row.endpoint()).arg(*it));
            continue;
        }
        seen.insert(key, lineNo);
        list.rows << row;
    }
    if (beyond > 0)
        problem(firstBeyond,
                TargetList::tr("a group holds at most %1 backends: this row and the %2 after it are not checked")
                    .arg(limit)
                    .arg(beyond - 1));
    return list;
}

} // namespace TargetListParser
