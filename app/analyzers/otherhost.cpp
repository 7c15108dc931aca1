#include "otherhost.h"

#include "evidencetext.h"

#include "core/inputchannel.h"

#include <QHostAddress>
#include <QRegularExpression>

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

// The local address of a socket-table line (ss, netstat, Windows netstat): the first ADDR:PORT.
QHostAddress listeningAddress(const QString &line)
{
    static const QRegularExpression socketLine(
        QStringLiteral("^\\s*(?:tcp6?|udp6?|TCP|UDP)\\s|\\bLISTEN(?:ING)?\\b|\\bUNCONN\\b"));
    if (!socketLine.match(line).hasMatch())
        return {};
    for (const QString &field : EvidenceText::fields(line)) {
        if (field.contains(QLatin1Char(':')) && field.at(0) != QLatin1Char('*'))
            return socketAddress(field);
    }
    return {};
}

QStringList addressesOf(const QString &line)
{
    // `ip route`: "10.0.0.0/24 dev eth0 proto kernel scope link src 10.0.0.5"; `ip addr`: "inet
    // 10.0.0.5/24 brd ..."; ipconfig: "IPv4 Address. . . . . : 10.0.0.5(Preferred)".
    static const QRegularExpression named(QStringLiteral("(?:\\bsrc|^\\s*inet6?|IPv[46] Address[ .]*:)\\s+"
                                                         "([0-9A-Fa-f.:]+[0-9A-Fa-f])"));
    QStringList out;
    auto it = named.globalMatch(line);
    while (it.hasNext()) {
        const QHostAddress a(it.next().captured(1));
        if (identifiesHost(a))
            out << a.toString();
    }
    if (const QHostAddress a = listeningAddress(line); identifiesHost(a))
        out << a.toString();
    return out;
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
    for (const QString &line : EvidenceText::lines(text)) {
        if (EvidenceText::isComment(line) || EvidenceText::isCollectorNote(line))
            continue;
        for (const QString &a : addressesOf(line)) {
            if (!out.contains(a))
                out << a;
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
