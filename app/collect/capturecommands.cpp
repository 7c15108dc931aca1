#include "capturecommands.h"

#include "core/inputchannel.h"

#include <QCoreApplication>

namespace {

CatalogueCommand command(Shell shell, const QString &program, const QStringList &arguments, const QString &note)
{
    return CommandCatalogue::plain(shell, QStringLiteral("capture"), QStringLiteral("capture"), program, arguments,
                                   true, note);
}

quint16 checkPort(const RunContext &context)
{
    return quint16(context.target.checkPort ? context.target.checkPort : context.target.port);
}

} // namespace

namespace CaptureCommands {

QString tcpdumpFilter(const RunContext &context)
{
    QStringList nets;
    for (const QString &cidr : context.healthCheckCidrs())
        nets << QStringLiteral("net ") + cidr.trimmed();
    const QString transport = context.target.listener == Listener::Udp ? QStringLiteral("udp") : QStringLiteral("tcp");
    const QString port = QStringLiteral("%1 port %2 or icmp or icmp6").arg(transport).arg(checkPort(context));
    if (nets.isEmpty())
        return port;
    const QString from =
        nets.size() == 1 ? nets.first() : QLatin1Char('(') + nets.join(QStringLiteral(" or ")) + QLatin1Char(')');
    return QStringLiteral("%1 and (%2)").arg(from, port);
}

QList<CatalogueCommand> forOs(OsFamily os, const RunContext &context)
{
    const QString secs = QString::number(seconds);
    const QString count = QString::number(packets);
    if (os == OsFamily::Linux || os == OsFamily::LinuxNetTools) {
        const Shell sh = Shell::Posix;
        const QString filter = tcpdumpFilter(context);
        const QString file = QStringLiteral("/tmp/lbdoctor-capture.pcap");
        return {
            command(
                sh, QStringLiteral("timeout"),
                {secs, QStringLiteral("tcpdump"), QStringLiteral("-i"), QStringLiteral("any"), QStringLiteral("-nn"),
                 QStringLiteral("-c"), count, filter},
                (InputChannel::commandLine()
                     ? CommandCatalogue::Tr::tr(
                         "needs root: run with sudo; stops after %1 packets or %2 s; give what it prints with --evidence capture=FILE")
                     : CommandCatalogue::Tr::tr(
                         "needs root: run with sudo; stops after %1 packets or %2 s; paste what it prints"))
                    .arg(count, secs)),
            command(
                sh, QStringLiteral("timeout"),
                {secs, QStringLiteral("tcpdump"), QStringLiteral("-i"), QStringLiteral("any"), QStringLiteral("-nn"),
                 QStringLiteral("-c"), count, QStringLiteral("-w"), file, filter},
                CommandCatalogue::Tr::tr(
                    "needs root: run with sudo; writes %1 (pcap) for LB Doctor to open: the only way to read HTTP status on ports other than 80")
                    .arg(file))};
    }
    // pktmon (Windows 10 2004 and later) captures to ETL; etl2pcap converts it to pcapng.
    const Shell sh = os == OsFamily::WindowsCmd ? Shell::Cmd : Shell::PowerShell;
    const QString etl = QStringLiteral("C:\\Windows\\Temp\\lbdoctor-capture.etl");
    const QString pcap = QStringLiteral("C:\\Windows\\Temp\\lbdoctor-capture.pcapng");
    const QString root = CommandCatalogue::Tr::tr("needs an administrator prompt");
    QList<CatalogueCommand> out{
        command(sh, QStringLiteral("pktmon"), {QStringLiteral("filter"), QStringLiteral("remove")}, root)};
    const QStringList cidrs = context.healthCheckCidrs();
    for (qsizetype i = 0; i < cidrs.size(); ++i) {
        out << command(sh, QStringLiteral("pktmon"),
                       {QStringLiteral("filter"), QStringLiteral("add"), QStringLiteral("LBDoctor%1").arg(i + 1),
                        QStringLiteral("-i"), cidrs.at(i).trimmed(), QStringLiteral("-p"),
                        QString::number(checkPort(context))},
                       root);
    }
    out << command(sh, QStringLiteral("pktmon"),
                   {QStringLiteral("start"), QStringLiteral("--capture"), QStringLiteral("--pkt-size"),
                    QStringLiteral("0"), QStringLiteral("-f"), etl},
                   CommandCatalogue::Tr::tr(
                       "needs an administrator prompt; let it run %1 s while the load balancer checks, then stop it")
                       .arg(secs))
        << command(sh, QStringLiteral("pktmon"), {QStringLiteral("stop")}, root)
        << command(sh, QStringLiteral("pktmon"), {QStringLiteral("etl2pcap"), etl, QStringLiteral("--out"), pcap},
                   CommandCatalogue::Tr::tr("needs an administrator prompt; give LB Doctor %1").arg(pcap));
    return out;
}

} // namespace CaptureCommands
