#include "bundlescript.h"

#include "bundleformat.h"

#include "collect/capturecommands.h"

#include "core/plan.h"

namespace {

QString posix(const QString &value)
{
    return ShellQuote::quote(Shell::Posix, value);
}

// A PowerShell string literal, quoted even when plain (`$x = alibaba` would run a command named
// alibaba). PowerShell also closes a single-quoted string at the typographic quotes, so those are
// doubled like the ASCII one.
QString powershellLiteral(const QString &value)
{
    QString out = QStringLiteral("'");
    for (QChar c : value) {
        out += c;
        if (c == QLatin1Char('\'') || c == QChar(0x2018) || c == QChar(0x2019) || c == QChar(0x201A)
            || c == QChar(0x201B))
            out += c;
    }
    return out + QLatin1Char('\'');
}

// The command line a section shows: what runs, not the catalogue's display (which may filter).
QString runLine(Shell shell, const CatalogueCommand &c)
{
    QStringList parts{ShellQuote::quote(shell, c.program)};
    for (const QString &a : c.arguments)
        parts << ShellQuote::quote(shell, a);
    return parts.join(QLatin1Char(' '));
}

OsFamily familyFor(BundleOs os)
{
    return os == BundleOs::Linux ? OsFamily::Linux : OsFamily::WindowsPowerShell;
}

int targetPort(const RunContext &context)
{
    return context.target.checkPort ? context.target.checkPort : context.target.port;
}

// Values the script records in its header, quoted for its shell so none can break out.
QString posixPreamble(const RunContext &context)
{
    QString s;
    s +=
        QStringLiteral(
            "#!/bin/sh\n"
            "# LB Doctor collection bundle v%1: read-only. It runs the commands below, changes nothing, writes no file,\n"
            "# and prints each output between === LBDOCTOR markers. Run it with:  sh lbdoctor-bundle.sh > lbdoctor-bundle.txt\n"
            "# then send lbdoctor-bundle.txt (or paste its text) back to the engineer.\n")
            .arg(BundleFormat::version);
    s += QStringLiteral("lbd_profile=%1\n").arg(posix(context.profile.id));
    s += QStringLiteral("lbd_listener=%1\n").arg(posix(listenerId(context.target.listener)));
    s += QStringLiteral("lbd_port=%1\n").arg(posix(QString::number(targetPort(context))));
    s += QStringLiteral("lbd_ip=%1\n")
             .arg(posix(context.target.address.isNull() ? QString() : context.target.address.toString()));
    s += QStringLiteral(R"SH(LC_ALL=C; LANG=C; export LC_ALL LANG
PATH="${PATH:-/usr/bin:/bin}:/usr/local/sbin:/usr/sbin:/sbin"; export PATH
exec 4>&1
lbd_token="$(date +%s 2>/dev/null)$$"
lbd_host=$(uname -n 2>/dev/null | tr -cd 'A-Za-z0-9._-')
[ -n "$lbd_host" ] || lbd_host=unknown
lbd_user=$(id -un 2>/dev/null | tr -cd 'A-Za-z0-9._-')
lbd_uid=$(id -u 2>/dev/null | tr -cd '0-9')
if [ "$lbd_uid" = 0 ]; then lbd_sudo=root
elif command -v sudo >/dev/null 2>&1; then
  if sudo -n true </dev/null >/dev/null 2>&1; then lbd_sudo=yes; else lbd_sudo=password; fi
else lbd_sudo=absent; fi
lbd_to=""
if timeout %1 true </dev/null >/dev/null 2>&1; then lbd_to="timeout %1"
elif timeout -t %1 true </dev/null >/dev/null 2>&1; then lbd_to="timeout -t %1"; fi
lbd_sections=0
lbd_have() { command -v "$1" >/dev/null 2>&1; }
lbd_clean() {
  if lbd_have awk; then
    tr -d '\000-\010\013-\037\177' | awk -v H=%2 -v T=%3 -v W=%4 '{ if (length($0) > W) $0 = substr($0, 1, W) " [LB Doctor cut this line at " W " characters]"; n++; if (n <= H) print; else t[n % T] = $0 } END { if (n > H) { s = n - T; if (s < H) s = H; if (s > H) print "[LB Doctor cut " (s - H) " lines here: the first " H " and the last " T " are kept]"; for (i = s + 1; i <= n; i++) print t[i % T] } }'
  else
    tr -d '\000-\010\013-\037\177'
  fi
}
lbd_begin() {
  lbd_sections=$((lbd_sections + 1))
  printf '=== LBDOCTOR BEGIN %s n=%s step=%s kind=%s root=%s as=%s host=%s ===\n' "$lbd_token" "$1" "$2" "$3" "$4" "$5" "$lbd_host"
  printf '$ %s\n' "$6"
}
lbd_missing() {
  lbd_begin "$1" "$2" "$3" "$4" none "$5"
  printf '%s\n' '[not installed]'
  printf '=== LBDOCTOR END %s n=%s exit=127 ===\n' "$lbd_token" "$1"
}
lbd_run() {
  lbd_n=$1; lbd_step=$2; lbd_kind=$3; lbd_root=$4; lbd_shown=$5; shift 5
  lbd_as=user; lbd_pre=""
  if [ "$lbd_sudo" = root ]; then lbd_as=root
  elif [ "$lbd_root" = needed ] && [ "$lbd_sudo" = yes ]; then lbd_as=sudo; lbd_pre="sudo -n"; fi
  lbd_begin "$lbd_n" "$lbd_step" "$lbd_kind" "$lbd_root" "$lbd_as" "$lbd_pre${lbd_pre:+ }$lbd_shown"
  lbd_errrc=$( { { $lbd_pre $lbd_to "$@" </dev/null 2>&5 4>&-; echo "lbd-rc=$?" >&5; } | lbd_clean >&4; } 5>&1 )
  lbd_rc=${lbd_errrc##*lbd-rc=}
  lbd_err=${lbd_errrc%lbd-rc=*}
  [ -z "$lbd_err" ] || printf '%s\n' "$lbd_err" | sed -e '/^$/d' -e 's/^/[stderr] /' | lbd_clean
  lbd_timeout=""
  if [ -n "$lbd_to" ] && { [ "$lbd_rc" = 124 ] || [ "$lbd_rc" = 143 ]; }; then lbd_timeout=" timeout=yes"; fi
  printf '=== LBDOCTOR END %s n=%s exit=%s%s ===\n' "$lbd_token" "$lbd_n" "$lbd_rc" "$lbd_timeout"
}
printf '=== LBDOCTOR BUNDLE %s v=%5 os=linux host=%s user=%s uid=%s sudo=%s port=%s listener=%s ===\n' "$lbd_token" "$lbd_host" "${lbd_user:-unknown}" "${lbd_uid:-unknown}" "$lbd_sudo" "$lbd_port" "$lbd_listener"
)SH")
             .arg(BundleScript::commandTimeoutSeconds)
             .arg(BundleScript::headLines)
             .arg(BundleScript::tailLines)
             .arg(BundleScript::maxLineChars)
             .arg(BundleFormat::version);
    return s;
}

// The capture runs under its own time limit (the commands' one is shorter), so its normal end,
// the limit, is marked timeout=yes like any other; BundleAnalysis reads a capture's anyway.
QString linuxCapture(const RunContext &context, int index, int seconds)
{
    const QString filter = CaptureCommands::tcpdumpFilter(context);
    // -l: line-buffered, so what was printed survives the time limit's SIGTERM in a pipe.
    const QStringList args{QStringLiteral("-i"),
                           QStringLiteral("any"),
                           QStringLiteral("-nn"),
                           QStringLiteral("-l"),
                           QStringLiteral("-c"),
                           QString::number(CaptureCommands::packets),
                           filter};
    QStringList shownParts{QStringLiteral("timeout"), QString::number(seconds), QStringLiteral("tcpdump")};
    QStringList runArgs{posix(QStringLiteral("tcpdump"))};
    for (const QString &a : args) {
        shownParts << ShellQuote::quote(Shell::Posix, a);
        runArgs << posix(a);
    }
    const QString shown = posix(shownParts.join(QLatin1Char(' ')));
    const QString n = QString::number(index);
    QString s;
    s += QStringLiteral("if ! lbd_have tcpdump; then lbd_missing %1 capture capture needed %2\n").arg(n, shown);
    s += QStringLiteral("elif [ \"$lbd_sudo\" = root ] || [ \"$lbd_sudo\" = yes ]; then\n"
                        "  lbd_to_saved=$lbd_to\n"
                        "  if [ -n \"$lbd_to\" ]; then lbd_to=\"${lbd_to%%[0-9]*}%1\"; fi\n"
                        "  lbd_run %2 capture capture needed %3 %4\n"
                        "  lbd_to=$lbd_to_saved\n")
             .arg(QString::number(seconds), n, shown, runArgs.join(QLatin1Char(' ')));
    s += QStringLiteral(
             "else\n"
             "  lbd_begin %1 capture capture needed user %2\n"
             "  printf '%s\\n' '[stderr] not collected: capturing packets needs root, and sudo needs a password here'\n"
             "  printf '=== LBDOCTOR END %s n=%s exit=1 ===\\n' \"$lbd_token\" %1\n"
             "fi\n")
             .arg(n, shown);
    return s;
}

QString linuxScript(const RunContext &context, int captureSeconds)
{
    QString s = posixPreamble(context);
    int n = 0;
    for (const QString &step : BundleScript::steps(BundleOs::Linux, context)) {
        const QList<CatalogueCommand> commands = CommandCatalogue::forStep(step, OsFamily::Linux, context);
        const QList<CatalogueCommand> older = CommandCatalogue::forStep(step, OsFamily::LinuxNetTools, context);
        for (qsizetype i = 0; i < commands.size(); ++i) {
            const CatalogueCommand &c = commands.at(i);
            QList<CatalogueCommand> choices{c};
            // The net-tools command in the same place stands in where the iproute2 one is missing.
            if (older.size() == commands.size() && older.at(i).kind == c.kind && older.at(i).program != c.program)
                choices << older.at(i);
            const QString index = QString::number(++n);
            const auto args = [&](const CatalogueCommand &x) {
                QStringList parts{index,
                                  posix(x.step),
                                  posix(x.kind),
                                  x.needsRoot ? QStringLiteral("needed") : QStringLiteral("no"),
                                  posix(runLine(Shell::Posix, x)),
                                  posix(x.program)};
                for (const QString &a : x.arguments)
                    parts << posix(a);
                return parts.join(QLatin1Char(' '));
            };
            for (qsizetype k = 0; k < choices.size(); ++k) {
                const CatalogueCommand &choice = choices.at(k);
                s += (k == 0 ? QStringLiteral("if") : QStringLiteral("elif"))
                    + QStringLiteral(" lbd_have %1; then").arg(posix(choice.program));
                const qsizetype p = choice.arguments.indexOf(QStringLiteral("-anp"));
                if (choice.program == QStringLiteral("netstat") && p >= 0) {
                    // busybox's netstat (as Debian builds it) has no -p: the same listing without
                    // the program names, rather than none at all.
                    CatalogueCommand withoutPrograms = choice;
                    withoutPrograms.arguments[p] = QStringLiteral("-an");
                    s += QStringLiteral(
                             "\n  if netstat -anp </dev/null >/dev/null 2>&1; then lbd_run %1\n  else lbd_run %2; fi\n")
                             .arg(args(choice), args(withoutPrograms));
                } else {
                    s += QStringLiteral(" lbd_run %1\n").arg(args(choice));
                }
            }
            s += QStringLiteral("else lbd_missing %1 %2 %3 %4 %5\nfi\n")
                     .arg(index, posix(c.step), posix(c.kind),
                          c.needsRoot ? QStringLiteral("needed") : QStringLiteral("no"),
                          posix(runLine(Shell::Posix, c)));
        }
    }
    if (captureSeconds > 0)
        s += linuxCapture(context, ++n, captureSeconds);
    s += QStringLiteral("printf '=== LBDOCTOR DONE %s sections=%s ===\\n' \"$lbd_token\" \"$lbd_sections\"\n");
    return s;
}

// PowerShell reading a script from standard input (`-Command -`, as over SSH) runs each
// statement as it completes; a blank line after every top-level statement keeps that working,
// so no block below contains a blank line.
QString windowsScript(const RunContext &context, int captureSeconds)
{
    QString s;
    s += QStringLiteral(
             "# LB Doctor collection bundle v%1 for Windows PowerShell 5.1+: read-only. It runs the commands below,\n"
             "# changes nothing, writes no file, and prints each output between === LBDOCTOR markers. Run it with:\n"
             "#   powershell -NoProfile -ExecutionPolicy Bypass -File lbdoctor-bundle.ps1 > lbdoctor-bundle.txt\n\n")
             .arg(BundleFormat::version);
    s += QStringLiteral("$lbdProfile = %1\n\n$lbdListener = %2\n\n$lbdPort = %3\n\n$lbdIp = %4\n\n")
             .arg(powershellLiteral(context.profile.id), powershellLiteral(listenerId(context.target.listener)),
                  powershellLiteral(QString::number(targetPort(context))),
                  powershellLiteral(context.target.address.isNull() ? QString() : context.target.address.toString()));
    s += QStringLiteral(R"PS($ErrorActionPreference = 'Continue'

$lbdToken = [string](Get-Random -Minimum 100000000 -Maximum 999999999)

$lbdHost = ([string]$env:COMPUTERNAME) -replace '[^A-Za-z0-9._-]', ''

$lbdUser = ([string]$env:USERNAME) -replace '[^A-Za-z0-9._-]', ''

$lbdAdmin = ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)

$lbdSections = 0

function Write-LbdClean([string[]]$lines) {
  $clean = @($lines | ForEach-Object { $l = ([string]$_) -replace '[\x00-\x08\x0B-\x1F\x7F]', ''; if ($l.Length -gt %3) { $l.Substring(0, %3) + ' [LB Doctor cut this line at %3 characters]' } else { $l } })
  if ($clean.Count -gt (%1 + %2)) {
    $clean[0..(%1 - 1)]
    '[LB Doctor cut ' + ($clean.Count - %1 - %2) + ' lines here: the first %1 and the last %2 are kept]'
    $clean[($clean.Count - %2)..($clean.Count - 1)]
  } else { $clean }
}

function Invoke-LbdSection([int]$n, [string]$step, [string]$kind, [string]$root, [string]$shown, [scriptblock]$block) {
  $script:lbdSections++
  $as = if ($lbdAdmin) { 'root' } else { 'user' }
  '=== LBDOCTOR BEGIN ' + $lbdToken + ' n=' + $n + ' step=' + $step + ' kind=' + $kind + ' root=' + $root + ' as=' + $as + ' host=' + $lbdHost + ' ==='
  '$ ' + $shown
  $job = Start-Job -ScriptBlock $block
  $finished = Wait-Job $job -Timeout %4
  $rc = 0
  $timedOut = ''
  if ($finished) {
    $items = @(Receive-Job $job 2>&1)
    $out = @($items | Where-Object { $_ -isnot [System.Management.Automation.ErrorRecord] } | Out-String -Stream -Width 4096)
    $err = @($items | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] } | ForEach-Object { '[stderr] ' + $_.ToString() })
    if ($err.Count -gt 0 -or $job.State -eq 'Failed') { $rc = 1 }
    Write-LbdClean ($out + $err)
  } else {
    Stop-Job $job
    $rc = 124
    $timedOut = ' timeout=yes'
  }
  Remove-Job $job -Force
  '=== LBDOCTOR END ' + $lbdToken + ' n=' + $n + ' exit=' + $rc + $timedOut + ' ==='
}

$lbdSudo = if ($lbdAdmin) { 'root' } else { 'absent' }

'=== LBDOCTOR BUNDLE ' + $lbdToken + ' v=%5 os=windows host=' + $lbdHost + ' user=' + $lbdUser + ' uid=- sudo=' + $lbdSudo + ' port=' + $lbdPort + ' listener=' + $lbdListener + ' ==='

)PS")
             .arg(BundleScript::headLines)
             .arg(BundleScript::tailLines)
             .arg(BundleScript::maxLineChars)
             .arg(BundleScript::commandTimeoutSeconds)
             .arg(BundleFormat::version);
    int n = 0;
    for (const QString &step : BundleScript::steps(BundleOs::Windows, context)) {
        for (const CatalogueCommand &c : CommandCatalogue::forStep(step, OsFamily::WindowsPowerShell, context)) {
            // A PowerShell pipeline runs as written; a program with arguments runs quoted for PowerShell.
            const bool pipeline = c.program == QStringLiteral("powershell") && c.arguments.size() == 4;
            const QString body = pipeline ? c.display : QStringLiteral("& ") + runLine(Shell::PowerShell, c);
            const QString shown = pipeline ? c.display : runLine(Shell::PowerShell, c);
            s += QStringLiteral("Invoke-LbdSection %1 %2 %3 %4 %5 { %6 }\n\n")
                     .arg(QString::number(++n), powershellLiteral(c.step), powershellLiteral(c.kind),
                          c.needsRoot ? QStringLiteral("'needed'") : QStringLiteral("'no'"), powershellLiteral(shown),
                          body);
        }
    }
    if (captureSeconds > 0) {
        // pktmon changes the system's capture state (filters, a running session): the read-only
        // bundle does not run it, and says so in a section of its own.
        s +=
            QStringLiteral(
                "Invoke-LbdSection %1 'capture' 'capture' 'needed' 'pktmon' { Write-Error 'not collected: pktmon changes the capture filters, so the bundle leaves it to you: run the capture step''s pktmon commands in an administrator prompt and open the .pcapng file' }\n\n")
                .arg(++n);
    }
    s += QStringLiteral("'=== LBDOCTOR DONE ' + $lbdToken + ' sections=' + $lbdSections + ' ==='\n\n");
    return s;
}

} // namespace

namespace BundleScript {

QStringList steps(BundleOs os, const RunContext &context)
{
    QStringList out;
    for (const Step &step : Plan::build(context.variant, context.target.listener, RunMode::Probe)) {
        if (step.side == StepSide::Backend && !CommandCatalogue::forStep(step.id, familyFor(os), context).isEmpty())
            out << step.id;
    }
    return out;
}

QString generate(BundleOs os, const RunContext &context, int captureSeconds)
{
    return os == BundleOs::Linux ? linuxScript(context, captureSeconds) : windowsScript(context, captureSeconds);
}

QString runLine(BundleOs os, const QString &fileName)
{
    if (os == BundleOs::Linux)
        return QStringLiteral("sh ") + ShellQuote::quote(Shell::Posix, fileName)
            + QStringLiteral(" > lbdoctor-bundle.txt");
    return QStringLiteral("powershell -NoProfile -ExecutionPolicy Bypass -File ")
        + ShellQuote::quote(Shell::PowerShell, fileName) + QStringLiteral(" > lbdoctor-bundle.txt");
}

bool fromId(const QString &id, BundleOs *os)
{
    if (id == QStringLiteral("linux"))
        *os = BundleOs::Linux;
    else if (id == QStringLiteral("windows"))
        *os = BundleOs::Windows;
    else
        return false;
    return true;
}

QString id(BundleOs os)
{
    return os == BundleOs::Linux ? QStringLiteral("linux") : QStringLiteral("windows");
}

} // namespace BundleScript
