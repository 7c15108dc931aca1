#include "commandcatalogue.h"

#include "capturecommands.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace {

using CommandCatalogue::plain;

// A command shown with a pipe or filter for copying; the collector runs only program + arguments.
CatalogueCommand shown(const QString &display, const QString &step, const QString &kind, const QString &program,
                       const QStringList &arguments, bool needsRoot = false, const QString &note = {})
{
    CatalogueCommand c = plain(Shell::Posix, step, kind, program, arguments, needsRoot, note);
    c.display = display;
    return c;
}

// PowerShell pipelines have no program/argument form: the collector never runs them (it uses the
// cmd family on Windows), but the fields say what would run.
CatalogueCommand powershell(const QString &script, const QString &step, const QString &kind, bool needsRoot = false,
                            const QString &note = {})
{
    CatalogueCommand c;
    c.step = step;
    c.kind = kind;
    c.display = script;
    c.program = QStringLiteral("powershell");
    c.arguments = QStringList{QStringLiteral("-NoProfile"), QStringLiteral("-NonInteractive"),
                              QStringLiteral("-Command"), script};
    c.needsRoot = needsRoot;
    c.note = note;
    return c;
}

QString rootNote()
{
    return CommandCatalogue::Tr::tr("needs root: run with sudo");
}

QList<CatalogueCommand> linuxFirewall(Shell shell)
{
    const QString fw = QStringLiteral("firewall");
    return {plain(shell, fw, QStringLiteral("iptables"), QStringLiteral("iptables-save"), {}, true, rootNote()),
            plain(shell, fw, QStringLiteral("nftables"), QStringLiteral("nft"),
                  {QStringLiteral("-j"), QStringLiteral("list"), QStringLiteral("ruleset")}, true,
                  CommandCatalogue::Tr::tr(
                      "needs root: run with sudo; on nftables systems (Debian 10+, RHEL 8+) this shows every table")),
            plain(shell, fw, QStringLiteral("firewalld"), QStringLiteral("firewall-cmd"),
                  {QStringLiteral("--list-all-zones")}, true,
                  CommandCatalogue::Tr::tr("needs root; only where firewalld runs (RHEL, CentOS, Rocky)")),
            plain(shell, fw, QStringLiteral("ufw"), QStringLiteral("ufw"),
                  {QStringLiteral("status"), QStringLiteral("verbose")}, true,
                  CommandCatalogue::Tr::tr("needs root; only where ufw is used (Ubuntu)"))};
}

QList<CatalogueCommand> linuxCommands(const QString &step, bool netTools, const RunContext &context)
{
    const Shell sh = Shell::Posix;
    const QString port = QString::number(context.target.checkPort ? context.target.checkPort : context.target.port);
    if (step == StepId::Firewall)
        return linuxFirewall(sh);
    if (step == StepId::Listening) {
        if (netTools) {
            return {shown(QStringLiteral("netstat -anp | grep ") + ShellQuote::quote(sh, QLatin1Char(':') + port), step,
                          QStringLiteral("sockets"), QStringLiteral("netstat"), {QStringLiteral("-anp")}, false,
                          CommandCatalogue::Tr::tr(
                              "run with sudo to see which program listens; no output means nothing uses port %1")
                              .arg(port))};
        }
        return {plain(sh, step, QStringLiteral("sockets"), QStringLiteral("ss"), {QStringLiteral("-ltnup")}, false,
                      CommandCatalogue::Tr::tr("run with sudo to see which program listens"))};
    }
    if (step == StepId::TcpWrappers) {
        return {plain(
            sh, step, QStringLiteral("tcpwrappers"), QStringLiteral("head"),
            {QStringLiteral("-n"), QStringLiteral("1000"), QStringLiteral("/etc/hosts.allow"),
             QStringLiteral("/etc/hosts.deny")},
            false,
            CommandCatalogue::Tr::tr("prints each file under a \"==> file <==\" line; a missing file means no rules"))};
    }
    if (step == StepId::Route) {
        if (netTools)
            return {plain(sh, step, QStringLiteral("routes"), QStringLiteral("route"), {QStringLiteral("-n")})};
        return {
            plain(sh, step, QStringLiteral("routes"), QStringLiteral("ip"),
                  {QStringLiteral("route"), QStringLiteral("show"), QStringLiteral("table"), QStringLiteral("all")})};
    }
    if (step == StepId::Sysctl) {
        return {shown(
            QStringLiteral(
                "sysctl -a 2>/dev/null | grep -E 'tcp_tw_|tcp_timestamps|icmp_echo_ignore_all|icmp_ratelimit|rp_filter'"),
            step, QStringLiteral("sysctl"), QStringLiteral("sysctl"), {QStringLiteral("-a")})};
    }
    if (step == StepId::Load) {
        const QString k = QStringLiteral("load");
        CatalogueCommand first = netTools
            ? plain(sh, step, k, QStringLiteral("uptime"), {})
            : plain(sh, step, k, QStringLiteral("cat"), {QStringLiteral("/proc/loadavg")});
        return {first, plain(sh, step, k, QStringLiteral("nproc"), {}),
                plain(sh, step, k, QStringLiteral("free"), {QStringLiteral("-m")})};
    }
    return {};
}

QList<CatalogueCommand> windowsCmd(const QString &step, const RunContext &context)
{
    const Shell sh = Shell::Cmd;
    const QString port = QString::number(context.target.checkPort ? context.target.checkPort : context.target.port);
    if (step == StepId::Firewall) {
        const QString k = QStringLiteral("netsh");
        return {plain(sh, step, k, QStringLiteral("netsh"),
                      {QStringLiteral("advfirewall"), QStringLiteral("show"), QStringLiteral("allprofiles")}),
                plain(sh, step, k, QStringLiteral("netsh"),
                      {QStringLiteral("advfirewall"), QStringLiteral("firewall"), QStringLiteral("show"),
                       QStringLiteral("rule"), QStringLiteral("name=all"), QStringLiteral("dir=in"),
                       QStringLiteral("verbose")},
                      false,
                      CommandCatalogue::Tr::tr(
                          "Windows prints this in the system language; LB Doctor reads English best"))};
    }
    if (step == StepId::Listening) {
        CatalogueCommand c =
            plain(sh, step, QStringLiteral("sockets"), QStringLiteral("netstat"), {QStringLiteral("-ano")}, false,
                  CommandCatalogue::Tr::tr("no output means nothing uses port %1").arg(port));
        c.display = QStringLiteral("netstat -ano | findstr ") + ShellQuote::quote(sh, QLatin1Char(':') + port);
        return {c};
    }
    if (step == StepId::Route)
        return {plain(sh, step, QStringLiteral("routes"), QStringLiteral("route"),
                      {QStringLiteral("print"), QStringLiteral("-4")})};
    if (step == StepId::Load) {
        const QString k = QStringLiteral("load");
        return {plain(sh, step, k, QStringLiteral("wmic"),
                      {QStringLiteral("cpu"), QStringLiteral("get"), QStringLiteral("loadpercentage")}),
                plain(sh, step, k, QStringLiteral("wmic"),
                      {QStringLiteral("os"), QStringLiteral("get"),
                       QStringLiteral("FreePhysicalMemory,TotalVisibleMemorySize")})};
    }
    return {}; // tcpwrappers and sysctl do not exist on Windows
}

QList<CatalogueCommand> windowsPowerShell(const QString &step, const RunContext &context)
{
    const QString port = QString::number(context.target.checkPort ? context.target.checkPort : context.target.port);
    const bool udp = context.target.listener == Listener::Udp;
    if (step == StepId::Firewall) {
        return {powershell(
            QStringLiteral(
                "Get-NetFirewallRule -Direction Inbound -Enabled True | ForEach-Object { $p = $_ | Get-NetFirewallPortFilter; "
                "$a = $_ | Get-NetFirewallAddressFilter; [pscustomobject]@{Name = $_.Name; DisplayName = $_.DisplayName; "
                "Action = \"$($_.Action)\"; Profile = \"$($_.Profile)\"; Protocol = $p.Protocol; LocalPort = $p.LocalPort; "
                "RemoteAddress = $a.RemoteAddress} } | ConvertTo-Json"),
            step, QStringLiteral("netsh"))};
    }
    if (step == StepId::Listening) {
        const QString process = QStringLiteral("@{n='ProcessName';e={(Get-Process -Id $_.OwningProcess).ProcessName}}");
        if (udp)
            return {powershell(
                QStringLiteral(
                    "Get-NetUDPEndpoint -LocalPort %1 | Select-Object LocalAddress,LocalPort,OwningProcess,%2 | ConvertTo-Json")
                    .arg(port, process),
                step, QStringLiteral("sockets"))};
        return {powershell(
            QStringLiteral(
                "Get-NetTCPConnection -State Listen | Select-Object LocalAddress,LocalPort,State,OwningProcess,%1 | ConvertTo-Json")
                .arg(process),
            step, QStringLiteral("sockets"))};
    }
    if (step == StepId::Route) {
        CatalogueCommand c = plain(Shell::PowerShell, step, QStringLiteral("routes"), QStringLiteral("route"),
                                   {QStringLiteral("print"), QStringLiteral("-4")});
        return {c};
    }
    if (step == StepId::Load) {
        return {
            powershell(QStringLiteral("Get-CimInstance Win32_Processor | Select-Object LoadPercentage"), step,
                       QStringLiteral("load")),
            powershell(
                QStringLiteral(
                    "Get-CimInstance Win32_OperatingSystem | Select-Object FreePhysicalMemory,TotalVisibleMemorySize"),
                step, QStringLiteral("load"))};
    }
    return {};
}

} // namespace

namespace CommandCatalogue {

QList<CatalogueCommand> forStep(const QString &stepId, OsFamily os, const RunContext &context)
{
    if (stepId == QStringLiteral("capture"))
        return CaptureCommands::forOs(os, context);
    switch (os) {
    case OsFamily::Linux: return linuxCommands(stepId, false, context);
    case OsFamily::LinuxNetTools: return linuxCommands(stepId, true, context);
    case OsFamily::WindowsCmd: return windowsCmd(stepId, context);
    case OsFamily::WindowsPowerShell: return windowsPowerShell(stepId, context);
    }
    return {};
}

OsFamily hostFamily()
{
#ifdef Q_OS_WIN
    return OsFamily::WindowsCmd;
#else
    // The machine's tools do not change while LB Doctor runs, and every paste request asks (a
    // server group of 1,000 backends asked 13,000 times, each a walk of PATH): look once.
    static const OsFamily family = [] {
        const QStringList sbin{QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin"),
                               QStringLiteral("/bin")};
        const bool iproute2 = !QStandardPaths::findExecutable(QStringLiteral("ss")).isEmpty()
            || !QStandardPaths::findExecutable(QStringLiteral("ss"), sbin).isEmpty();
        return iproute2 ? OsFamily::Linux : OsFamily::LinuxNetTools;
    }();
    return family;
#endif
}

QString osName(OsFamily os)
{
    switch (os) {
    case OsFamily::Linux: return CommandCatalogue::Tr::tr("Linux (ss, ip)");
    case OsFamily::LinuxNetTools: return CommandCatalogue::Tr::tr("Linux, older (netstat, route)");
    case OsFamily::WindowsCmd: return CommandCatalogue::Tr::tr("Windows (Command Prompt)");
    case OsFamily::WindowsPowerShell: return CommandCatalogue::Tr::tr("Windows (PowerShell)");
    }
    return {};
}

QString familyId(OsFamily os)
{
    switch (os) {
    case OsFamily::Linux: return QStringLiteral("linux");
    case OsFamily::LinuxNetTools: return QStringLiteral("linux-net-tools");
    case OsFamily::WindowsCmd: return QStringLiteral("windows-cmd");
    case OsFamily::WindowsPowerShell: return QStringLiteral("windows-powershell");
    }
    return {};
}

Shell shellFor(OsFamily os)
{
    switch (os) {
    case OsFamily::Linux:
    case OsFamily::LinuxNetTools: return Shell::Posix;
    case OsFamily::WindowsCmd: return Shell::Cmd;
    case OsFamily::WindowsPowerShell: return Shell::PowerShell;
    }
    return Shell::Posix;
}

QList<OsFamily> families()
{
    return {OsFamily::Linux, OsFamily::LinuxNetTools, OsFamily::WindowsCmd, OsFamily::WindowsPowerShell};
}

} // namespace CommandCatalogue

// A command whose display is its program and arguments, quoted for `shell`.
CatalogueCommand CommandCatalogue::plain(Shell shell, const QString &step, const QString &kind, const QString &program,
                                         const QStringList &arguments, bool needsRoot, const QString &note)
{
    CatalogueCommand c;
    c.step = step;
    c.kind = kind;
    c.program = program;
    c.arguments = arguments;
    c.needsRoot = needsRoot;
    c.note = note;
    QStringList parts{ShellQuote::quote(shell, program)};
    for (const QString &a : arguments)
        parts << ShellQuote::quote(shell, a);
    c.display = parts.join(QLatin1Char(' '));
    return c;
}
