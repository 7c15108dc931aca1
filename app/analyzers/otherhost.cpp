#include "otherhost.h"

#include "core/inputchannel.h"

#include <QHostAddress>
#include <QSet>

namespace {

constexpr int namesShown = 3;

// An address that identifies a host: not loopback, link-local, wildcard or multicast.
bool identifiesHost(const QHostAddress &a)
{
    if (a.isNull() || a.isLoopback() || a.isLinkLocal() || a.isMulticast() || a.isBroadcast())
        return false;
    return a != QHostAddress(QHostAddress::AnyIPv4) && a != QHostAddress(QHostAddress::AnyIPv6);
}

// "192.0.2.2:80", "[2001:db8::2]:80", "192.0.2.2%eth0:80", "::ffff:192.0.2.2:80" -> the address.
QHostAddress socketAddress(const QString &token)
{
    QString host = token;
    if (host.startsWith(QLatin1Char('['))) {
        const qsizetype close = host.indexOf(QLatin1Char(']'));
        if (close < 0)
            return {};
        host = host.mid(1, close - 1);
    } else {
        const qsizetype colon = host.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0)
            return {};
        host.truncate(colon);
    }
    if (const qsizetype percent = host.indexOf(QLatin1Char('%')); percent > 0)
        host.truncate(percent);
    return QHostAddress(host);
}

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

// The whitespace-separated field that starts at or after `from`.
QStringView fieldAt(QStringView line, qsizetype from)
{
    while (from < line.size() && isSpace(line[from]))
        ++from;
    qsizetype end = from;
    while (end < line.size() && !isSpace(line[end]))
        ++end;
    return line.mid(from, end - from);
}

// The leading run of address characters of a field ("10.0.0.5/24" -> "10.0.0.5").
QStringView addressPart(QStringView field)
{
    qsizetype end = 0;
    while (end < field.size()
           && (field[end].isDigit() || field[end] == QLatin1Char('.') || field[end] == QLatin1Char(':')
               || (field[end].toLower() >= QLatin1Char('a') && field[end].toLower() <= QLatin1Char('f'))))
        ++end;
    return field.left(end);
}

// A socket-table line (ss, netstat, Windows netstat): a listening or bound socket, or a line that
// starts with its protocol.
bool isSocketLine(QStringView line)
{
    const QStringView t = line.trimmed();
    for (const char *proto : {"tcp ", "tcp6 ", "udp ", "udp6 ", "TCP ", "UDP "}) {
        if (t.startsWith(QLatin1String(proto)))
            return true;
    }
    return line.contains(QLatin1String("LISTEN")) || line.contains(QLatin1String("UNCONN"));
}

// The address tokens of one line that name the host it was printed on (not yet checked as addresses):
// `ip route` "... src 10.0.0.5", `ip addr` "inet 10.0.0.5/24 ...", ipconfig "IPv4 Address. . . :
// 10.0.0.5(Preferred)", and the local address of a socket line (its first ADDR:PORT field).
// Cheap literal tests first: a 10 MB paste has a line per rule or socket.
void addressTokens(QStringView line, QList<QStringView> *out)
{
    for (qsizetype at = line.indexOf(QLatin1String("src")); at >= 0; at = line.indexOf(QLatin1String("src"), at + 3)) {
        if ((at == 0 || isSpace(line[at - 1])) && at + 3 < line.size() && isSpace(line[at + 3]))
            out->append(addressPart(fieldAt(line, at + 3)));
    }
    const QStringView t = line.trimmed();
    if (t.startsWith(QLatin1String("inet ")) || t.startsWith(QLatin1String("inet6 ")))
        out->append(addressPart(fieldAt(t, t.indexOf(QLatin1Char(' ')))));
    if (line.contains(QLatin1String(" Address"))
        && (line.contains(QLatin1String("IPv4 Address")) || line.contains(QLatin1String("IPv6 Address")))) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'), line.indexOf(QLatin1String(" Address")));
        if (colon > 0)
            out->append(addressPart(fieldAt(line, colon + 1)));
    }
    if (isSocketLine(line)) {
        for (qsizetype from = 0; from < line.size();) {
            const QStringView field = fieldAt(line, from);
            if (field.isEmpty())
                break;
            from = field.data() - line.data() + field.size();
            if (field.contains(QLatin1Char(':')) && field.at(0) != QLatin1Char('*')) {
                out->append(field); // ADDR:PORT, read by socketAddress()
                break;
            }
        }
    }
}

// A token of addressTokens() as an address: a plain address, or the address of ADDR:PORT.
QHostAddress tokenAddress(const QString &token)
{
    const QHostAddress plain(token);
    if (!plain.isNull())
        return plain;
    return socketAddress(token);
}

bool sameAddress(const QString &text, const QHostAddress &backend)
{
    return QHostAddress(text).isEqual(backend, QHostAddress::ConvertV4MappedToIPv4);
}

QString advice()
{
    return InputChannel::commandLine()
        ? OtherHost::Tr::tr("give the output collected on the backend itself (--evidence KIND=FILE, --local, "
                            "--ssh or a bundle), or ignore this if the backend is behind NAT")
        : OtherHost::Tr::tr("paste the output from the backend itself, or ignore this if the backend is behind NAT");
}

QString shortName(const QString &name)
{
    return name.section(QLatin1Char('.'), 0, 0).toLower();
}

} // namespace

namespace OtherHost {

QStringList ownAddresses(QStringView text)
{
    QStringList out;
    QSet<QString> seen; // a token is parsed as an address once, however many lines repeat it
    QList<QStringView> tokens;
    for (qsizetype start = 0; start < text.size();) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = text.size();
        QStringView line = text.mid(start, end - start);
        start = end + 1;
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QStringView trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1String("$ "))
            || line.startsWith(QLatin1String("[stderr] ")))
            continue;
        tokens.clear();
        addressTokens(line, &tokens);
        for (QStringView token : std::as_const(tokens)) {
            if (token.isEmpty())
                continue;
            const QString t = token.toString();
            if (seen.contains(t))
                continue;
            seen.insert(t);
            const QHostAddress a = tokenAddress(t);
            if (identifiesHost(a) && !out.contains(a.toString()))
                out << a.toString();
        }
    }
    return out;
}

QString addressWarning(QStringView text, const Target &target)
{
    // A loopback backend is this machine: its own output names its real addresses, never 127.0.0.1.
    if (target.address.isNull() || target.address.isLoopback())
        return {};
    const QStringList own = ownAddresses(text);
    if (own.isEmpty())
        return {};
    for (const QString &a : own) {
        if (sameAddress(a, target.address))
            return {};
    }
    QString names = own.mid(0, namesShown).join(QStringLiteral(", "));
    if (own.size() > namesShown)
        names += QStringLiteral(", ...");
    return Tr::tr("This output seems to come from another host: it names %1 and never %2; %3")
        .arg(names, target.address.toString(), advice());
}

QString hostNameWarning(const QString &hostName, const Target &target)
{
    const QString entered = target.host.trimmed();
    if (hostName.trimmed().isEmpty() || entered.isEmpty() || !QHostAddress(entered).isNull())
        return {};
    if (target.address.isLoopback() || entered.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return {}; // this machine, whatever its name
    if (shortName(hostName.trimmed()) == shortName(entered))
        return {};
    return Tr::tr("This output seems to come from another host: it names host %1 and never %2; %3")
        .arg(hostName.trimmed(), entered, advice());
}

void warn(Finding &finding, const QString &warning)
{
    if (warning.isEmpty() || finding.evidence.contains(warning))
        return;
    finding.evidence.prepend(warning);
    finding.details.insert(detailsKey(), warning);
}

void check(Finding &finding, QStringView text, const Target &target)
{
    warn(finding, addressWarning(text, target));
}

} // namespace OtherHost
