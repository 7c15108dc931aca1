#include "tcpwrappersanalyzer.h"

#include "core/inputchannel.h"

#include "core/relations.h"

#include "analyzers/evidencetext.h"
#include "analyzers/firewall/rangeverdicts.h"
#include "socketsanalyzer.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace {

QString emptySummary()
{
    return (
        InputChannel::commandLine()
            ? TcpWrappersAnalyzer::tr(
                "unknown, because the input is empty: give the output of `head -n 1000 /etc/hosts.allow /etc/hosts.deny` (both files)")
            : TcpWrappersAnalyzer::tr(
                "unknown, because the text is empty: paste both files with `head -n 1000 /etc/hosts.allow /etc/hosts.deny`"));
}

enum class File { None, Allow, Deny, Other };

struct Rule
{
    File file = File::None;
    int lineNumber = 0;
    QString text;
    QStringList daemons;
    QStringList clients;
    QStringList options;
};

struct Parsed
{
    QList<Rule> rules;
    QStringList malformed;
    bool headers = false;
    bool allowSeen = false, denySeen = false;
    bool allowMissing = false, denyMissing = false;
    int ruleLike = 0, meaningful = 0;
};

QString fileName(File f)
{
    return f == File::Allow ? QStringLiteral("/etc/hosts.allow") : QStringLiteral("/etc/hosts.deny");
}

// Splits at ':' outside [IPv6] brackets.
QStringList splitFields(const QString &rule)
{
    QStringList out;
    QString current;
    int depth = 0;
    for (QChar c : rule) {
        if (c == QLatin1Char('['))
            ++depth;
        else if (c == QLatin1Char(']'))
            depth = qMax(0, depth - 1);
        if (c == QLatin1Char(':') && depth == 0) {
            out << current.trimmed();
            current.clear();
        } else {
            current += c;
        }
    }
    out << current.trimmed();
    return out;
}

QStringList listTokens(const QString &field)
{
    static const QRegularExpression sep(QStringLiteral("[\\s,]+"));
    return field.split(sep, Qt::SkipEmptyParts);
}

Parsed parseText(QStringView text)
{
    static const QRegularExpression header(QStringLiteral("^==> (.+) <==$"));
    static const QRegularExpression missing(QStringLiteral(
        "(/etc/hosts\\.(allow|deny))'?:? .*(No such file|cannot open)|cannot open '(/etc/hosts\\.(allow|deny))'"));
    Parsed p;
    File current = File::None;
    QString pending;
    int pendingLine = 0;
    int lineNumber = 0;
    const auto flush = [&](const QString &ruleText, int number) {
        const QString t = ruleText.trimmed();
        if (t.isEmpty() || t.startsWith(QLatin1Char('#')))
            return;
        ++p.meaningful;
        const QStringList fields = splitFields(t);
        if (fields.size() < 2 || fields.at(0).isEmpty()) {
            p.malformed << t;
            return;
        }
        ++p.ruleLike;
        Rule r;
        r.file = current == File::None ? File::Deny : current;
        r.lineNumber = number;
        r.text = t.simplified();
        r.daemons = listTokens(fields.at(0));
        r.clients = listTokens(fields.at(1));
        r.options = fields.mid(2);
        if (r.file != File::Other)
            p.rules << r;
    };
    for (QString line : EvidenceText::lines(text)) {
        if (line.startsWith(QLatin1String("[stderr] ")))
            line.remove(0, 9);
        if (line.startsWith(QLatin1String("$ ")) || (line.startsWith(QLatin1String("[exit code"))))
            continue;
        if (const auto m = missing.match(line); m.hasMatch()) {
            const QString name = m.captured(1).isEmpty() ? m.captured(4) : m.captured(1);
            (name.endsWith(QLatin1String("allow")) ? p.allowMissing : p.denyMissing) = true;
            p.headers = true;
            continue;
        }
        if (const auto h = header.match(line.trimmed()); h.hasMatch()) {
            if (!pending.isEmpty())
                flush(pending, pendingLine);
            pending.clear();
            const QString name = h.captured(1).trimmed();
            current = name.endsWith(QLatin1String("hosts.allow")) ? File::Allow
                : name.endsWith(QLatin1String("hosts.deny"))      ? File::Deny
                                                                  : File::Other;
            p.allowSeen |= current == File::Allow;
            p.denySeen |= current == File::Deny;
            p.headers = true;
            lineNumber = 0;
            continue;
        }
        ++lineNumber;
        if (pending.isEmpty())
            pendingLine = lineNumber;
        if (line.endsWith(QLatin1Char('\\'))) {
            pending += line.left(line.size() - 1) + QLatin1Char(' ');
            continue;
        }
        pending += line;
        flush(pending, pendingLine);
        pending.clear();
    }
    if (!pending.isEmpty())
        flush(pending, pendingLine);
    return p;
}

enum class Tri { No, Yes, Maybe };

Tri daemonMatches(const QStringList &tokens, const QString &daemon)
{
    const qsizetype except = tokens.indexOf(QStringLiteral("EXCEPT"));
    const QStringList left = except < 0 ? tokens : tokens.mid(0, except);
    Tri l = Tri::No;
    for (const QString &t : left) {
        const QString name = t.section(QLatin1Char('@'), 0, 0);
        if (t == QStringLiteral("ALL") || (!daemon.isEmpty() && name == daemon))
            l = t.contains(QLatin1Char('@')) && l != Tri::Yes ? Tri::Maybe : Tri::Yes;
    }
    if (except < 0 || l == Tri::No)
        return l;
    const Tri r = daemonMatches(tokens.mid(except + 1), daemon);
    return r == Tri::Yes ? Tri::No : r == Tri::Maybe ? Tri::Maybe : l;
}

// What a daemon whose name is unknown probably is, from the health-check port.
QString daemonForPort(quint16 port)
{
    if (port == 22)
        return QStringLiteral("sshd");
    if (port == 21)
        return QStringLiteral("vsftpd");
    return {};
}

// "100.64.0.0/10" -> "100.64.0.0/255.192.0.0"; IPv6 as "[net]/len".
QString netMask(const QString &cidr)
{
    const qsizetype slash = cidr.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return cidr;
    const QHostAddress net(cidr.left(slash));
    const int prefix = cidr.mid(slash + 1).toInt();
    if (net.protocol() == QAbstractSocket::IPv6Protocol)
        return QLatin1Char('[') + net.toString() + QStringLiteral("]/") + QString::number(prefix);
    const quint32 mask = prefix == 0 ? 0 : quint32(0xFFFFFFFFu << (32 - prefix));
    return net.toString() + QLatin1Char('/') + QHostAddress(mask).toString();
}

} // namespace

QString TcpWrappersAnalyzer::description() const
{
    return TcpWrappersAnalyzer::tr("TCP wrappers rules (/etc/hosts.allow, /etc/hosts.deny)");
}

TcpWrappersAnalyzer::Match TcpWrappersAnalyzer::matchPattern(const QString &pattern)
{
    static const QRegularExpression netPrefix(QStringLiteral("^(\\d{1,3}\\.){1,3}$"));
    static const QRegularExpression address(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}$"));
    static const QRegularExpression v6(QStringLiteral("^\\[([0-9A-Fa-f:.]+)\\](/\\d{1,3})?$"));
    Match m;
    const RangeSet everything = RangeSet::everything();
    if (pattern == QStringLiteral("ALL")) {
        m.sure = everything;
    } else if (pattern == QStringLiteral("LOCAL")) {
        m.note = TcpWrappersAnalyzer::tr(
            "LOCAL matches host names without a dot; a health-check client is known by its address, which has dots");
    } else if (pattern == QStringLiteral("KNOWN") || pattern == QStringLiteral("UNKNOWN")
               || pattern == QStringLiteral("PARANOID")) {
        m.maybe = everything;
        m.note = TcpWrappersAnalyzer::tr("%1 depends on reverse DNS for the client").arg(pattern);
    } else if (pattern.startsWith(QLatin1Char('@'))) {
        m.maybe = everything;
        m.note = TcpWrappersAnalyzer::tr("%1 is a NIS netgroup: LB Doctor cannot see its members").arg(pattern);
    } else if (pattern.startsWith(QLatin1Char('/'))) {
        m.maybe = everything;
        m.note =
            (InputChannel::commandLine() ? TcpWrappersAnalyzer::tr("%1 names a file of patterns: give that file too")
                                         : TcpWrappersAnalyzer::tr("%1 names a file of patterns: paste that file too"))
                .arg(pattern);
    } else if (netPrefix.match(pattern).hasMatch()) {
        // "100.64." matches every address whose text starts with it.
        QStringList octets = pattern.split(QLatin1Char('.'), Qt::SkipEmptyParts);
        const int bits = int(octets.size()) * 8;
        while (octets.size() < 4)
            octets << QStringLiteral("0");
        if (const auto r =
                AddressRange::parse(QString(octets.join(QLatin1Char('.')) + QLatin1Char('/') + QString::number(bits))))
            m.sure = RangeSet(*r);
    } else if (const auto v = v6.match(pattern); v.hasMatch()) {
        if (const auto r = AddressRange::parse(QString(v.captured(1) + v.captured(2)))) {
            m.sure = RangeSet(*r);
        } else {
            m.maybe = everything;
            m.note = TcpWrappersAnalyzer::tr("%1: %2").arg(pattern, r.error());
        }
    } else if (address.match(pattern).hasMatch() || (pattern.contains(QLatin1Char('/')) && pattern.at(0).isDigit())) {
        if (const auto r = AddressRange::parse(pattern)) {
            m.sure = RangeSet(*r);
        } else {
            // tcpd compares (address & mask) with the net: a net with host bits set matches nothing.
            m.note = TcpWrappersAnalyzer::tr("%1 does not match any address (%2)").arg(pattern, r.error());
        }
    } else if (pattern.contains(QLatin1Char('*')) || pattern.contains(QLatin1Char('?'))) {
        m.maybe = everything;
        m.note = TcpWrappersAnalyzer::tr("%1 is a wildcard pattern: LB Doctor does not expand it").arg(pattern);
    } else if (pattern.contains(QLatin1Char('@'))) {
        m.maybe = everything;
        m.note = TcpWrappersAnalyzer::tr("%1 needs an ident lookup of the client").arg(pattern);
    } else {
        m.maybe = everything;
        m.note = TcpWrappersAnalyzer::tr(
                     "%1 is a host name or domain: it matches only if reverse DNS of the health-check address gives it")
                     .arg(pattern);
    }
    return m;
}

TcpWrappersAnalyzer::Match TcpWrappersAnalyzer::matchList(const QStringList &patterns)
{
    const qsizetype except = patterns.indexOf(QStringLiteral("EXCEPT"));
    Match left;
    QStringList notes;
    for (const QString &p : patterns.mid(0, except < 0 ? patterns.size() : except)) {
        const Match m = matchPattern(p);
        left.sure = left.sure.united(m.sure);
        left.maybe = left.maybe.united(m.maybe);
        if (!m.note.isEmpty())
            notes << m.note;
    }
    left.maybe = left.maybe.subtracted(left.sure);
    if (except >= 0) {
        // "a EXCEPT b EXCEPT c" is "a EXCEPT (b EXCEPT c)".
        const Match right = matchList(patterns.mid(except + 1));
        const RangeSet sure = left.sure.subtracted(right.sure.united(right.maybe));
        left.maybe = left.maybe.united(left.sure.intersected(right.maybe)).subtracted(right.sure);
        left.sure = sure;
        if (!right.note.isEmpty())
            notes << right.note;
    }
    left.note = notes.join(QStringLiteral("; "));
    return left;
}

bool TcpWrappersAnalyzer::usesLibwrap(const QString &process)
{
    static const QStringList linked{QStringLiteral("sshd"),    QStringLiteral("vsftpd"),  QStringLiteral("xinetd"),
                                    QStringLiteral("tcpd"),    QStringLiteral("rpcbind"), QStringLiteral("portmap"),
                                    QStringLiteral("stunnel"), QStringLiteral("stunnel4")};
    return linked.contains(process) || process.startsWith(QLatin1String("in."));
}

int TcpWrappersAnalyzer::recognize(QStringView text) const
{
    if (EvidenceText::looksBinary(text))
        return 0;
    const Parsed p = parseText(EvidenceText::recognitionHead(text));
    if (p.headers && (p.allowSeen || p.denySeen || p.allowMissing || p.denyMissing))
        return 95;
    if (p.meaningful == 0 || p.ruleLike * 10 < p.meaningful * 8)
        return 0;
    // Without headers, require what tcpd rules look like: a daemon list and a client list.
    int typical = 0;
    for (const Rule &r : p.rules) {
        const bool daemonish = std::all_of(r.daemons.cbegin(), r.daemons.cend(), [](const QString &d) {
            static const QRegularExpression re(QStringLiteral("^(ALL|EXCEPT|[A-Za-z][A-Za-z0-9._-]*(@\\S+)?)$"));
            return re.match(d).hasMatch();
        });
        if (daemonish && !r.clients.isEmpty())
            ++typical;
    }
    return typical == p.ruleLike ? 60 : 0;
}

QString TcpWrappersAnalyzer::emptyInputSummary() const
{
    return emptySummary();
}

Finding TcpWrappersAnalyzer::analyzeText(const AnalyzerInput &input) const
{
    return evaluate(input.text, input.context, QString());
}

Finding TcpWrappersAnalyzer::evaluate(QStringView text, const RunContext &context, const QString &daemon)
{
    const QString kindId = QStringLiteral("tcpwrappers");
    const QString stepId = StepId::TcpWrappers;
    if (text.trimmed().isEmpty())
        return EvidenceText::unreadable(stepId, kindId, text, emptySummary());
    if (EvidenceText::looksBinary(text)) // before parsing: 10 MB of binary is not worth reading
        return EvidenceText::unreadable(
            stepId, kindId, text,
            TcpWrappersAnalyzer::tr("unknown, because the text is not /etc/hosts.allow or /etc/hosts.deny rules"));
    const Parsed p = parseText(text);
    if ((!p.headers && p.ruleLike == 0 && p.meaningful > 0))
        return EvidenceText::unreadable(
            stepId, kindId, text,
            TcpWrappersAnalyzer::tr("unknown, because the text is not /etc/hosts.allow or /etc/hosts.deny rules"));
    if (!p.headers && p.ruleLike > 0 && TcpWrappersAnalyzer().recognize(text) == 0) {
        if (const QString other = EvidenceText::wrongPaste(text, kindId); !other.isEmpty()) {
            Finding f = Finding::make(stepId, Status::Unknown, other);
            f.kind = kindId;
            return f;
        }
        // Text with a colon on some lines is not a rules file: no "allows everything" for it.
        return EvidenceText::unreadable(
            stepId, kindId, text,
            TcpWrappersAnalyzer::tr("unknown, because the text is not /etc/hosts.allow or /etc/hosts.deny rules"));
    }

    Finding f = Finding::make(stepId, Status::Pass, {});
    f.kind = kindId;
    const quint16 port = context.target.checkPort ? context.target.checkPort : context.target.port;
    const QString effectiveDaemon = daemon.isEmpty() ? daemonForPort(port) : daemon;
    if (!p.headers)
        f.evidence << TcpWrappersAnalyzer::tr("no \"==> file <==\" headers: the text is read as /etc/hosts.deny");
    if (p.allowMissing)
        f.evidence << TcpWrappersAnalyzer::tr("/etc/hosts.allow does not exist (no rules)");
    if (p.denyMissing)
        f.evidence << TcpWrappersAnalyzer::tr("/etc/hosts.deny does not exist (no rules)");
    for (const QString &m : p.malformed)
        f.evidence << TcpWrappersAnalyzer::tr("ignored, not a rule (tcpd ignores it too): %1").arg(m);

    RangeSet universe = RangeSet::fromCidrs(context.healthCheckCidrs());
    if (universe.isEmpty())
        universe = RangeSet::everything();
    RangeVerdicts verdicts(universe);
    QStringList otherDaemons;
    QSet<QString> otherDaemonSet; // a list's contains() made 100,000 rules quadratic
    QStringList notes;
    for (File file : {File::Allow, File::Deny}) {
        for (const Rule &r : p.rules) {
            if (r.file != file)
                continue;
            const QString where =
                TcpWrappersAnalyzer::tr("%1 line %2: %3").arg(fileName(file)).arg(r.lineNumber).arg(r.text);
            const Tri d = daemonMatches(r.daemons, effectiveDaemon);
            if (d == Tri::No) {
                for (const QString &name : r.daemons) {
                    if (name != QStringLiteral("ALL") && name != QStringLiteral("EXCEPT")
                        && !otherDaemonSet.contains(name)) {
                        otherDaemonSet.insert(name);
                        otherDaemons << name;
                    }
                }
                continue;
            }
            RangeDecision::Verdict verdict =
                file == File::Allow ? RangeDecision::Verdict::Allowed : RangeDecision::Verdict::Blocked;
            for (const QString &option : r.options) {
                const QString o = option.trimmed().toLower();
                if (o == QStringLiteral("deny") || o.startsWith(QLatin1String("twist")))
                    verdict = RangeDecision::Verdict::Blocked;
                else if (o == QStringLiteral("allow"))
                    verdict = RangeDecision::Verdict::Allowed;
            }
            const Match m = matchList(r.clients);
            const RangeSet touched = m.sure.united(m.maybe);
            if (!m.note.isEmpty() && !verdicts.undecided().isEmpty()
                && (touched.isEmpty() || touched.intersects(verdicts.undecided())))
                notes << m.note;
            if (d == Tri::Maybe) {
                verdicts.decide(m.sure.united(m.maybe), RangeDecision::Verdict::Unknown, where);
            } else {
                verdicts.decide(m.sure, verdict, where);
                verdicts.decide(m.maybe, RangeDecision::Verdict::Unknown, where);
            }
        }
    }
    verdicts.decideRest(RangeDecision::Verdict::Allowed, TcpWrappersAnalyzer::tr("no rule matches: tcpd allows"));
    verdicts.fill(f, TcpWrappersAnalyzer::tr("TCP wrappers"));
    notes.removeDuplicates();
    f.evidence << notes;
    if (!otherDaemons.isEmpty())
        f.evidence << TcpWrappersAnalyzer::tr("rules for %1 apply only to %2")
                          .arg(otherDaemons.join(QStringLiteral(", ")),
                               otherDaemons.size() == 1 ? TcpWrappersAnalyzer::tr("that program")
                                                        : TcpWrappersAnalyzer::tr("those programs"));
    if (p.rules.isEmpty())
        f.summary = (p.allowMissing && p.denyMissing)
            ? TcpWrappersAnalyzer::tr("no /etc/hosts.allow or /etc/hosts.deny: TCP wrappers allow every client")
            : TcpWrappersAnalyzer::tr("no TCP wrappers rules: every client is allowed");

    if (!daemon.isEmpty() && !usesLibwrap(daemon)) {
        if (f.status != Status::Pass)
            f.evidence.prepend(TcpWrappersAnalyzer::tr("for a libwrap program the rules would say: %1").arg(f.summary));
        f.status = Status::Pass;
        f.summary =
            TcpWrappersAnalyzer::tr(
                "TCP wrappers do not apply to %1: only programs linked with libwrap (sshd, vsftpd, xinetd services) read "
                "/etc/hosts.allow and /etc/hosts.deny")
                .arg(daemon);
        return f;
    }
    if (f.status == Status::Fail) {
        if (effectiveDaemon.isEmpty()) {
            f.status = Status::Warn;
            f.summary +=
                TcpWrappersAnalyzer::tr(
                    "; this stops the health check only if the program on port %1 is linked with libwrap (sshd, vsftpd, xinetd "
                    "services); web servers such as nginx and Apache ignore these files")
                    .arg(port);
        }
        f.fix = EvidenceText::guidanceFix(context, stepId);
        const QString service = effectiveDaemon.isEmpty() ? QStringLiteral("ALL") : effectiveDaemon;
        // net/mask is the form every tcpd version understands; /prefix is a later addition. When
        // hosts.allow itself denies (": DENY"), the allow rule must come before that rule.
        const QList<RangeDecision> decisions = verdicts.decisions();
        const bool deniedInAllow = std::any_of(decisions.cbegin(), decisions.cend(), [](const RangeDecision &d) {
            return d.verdict == RangeDecision::Verdict::Blocked
                && d.decidedBy.startsWith(QLatin1String("/etc/hosts.allow"));
        });
        for (const QString &cidr : context.healthCheckCidrs()) {
            const QString rule = service + QStringLiteral(": ") + netMask(cidr);
            f.commands << (deniedInAllow ? QStringLiteral("sed -i ")
                                   + ShellQuote::quote(Shell::Posix, QStringLiteral("1i ") + rule)
                                   + QStringLiteral(" /etc/hosts.allow")
                                         : QStringLiteral("echo ") + ShellQuote::quote(Shell::Posix, rule)
                                   + QStringLiteral(" >> /etc/hosts.allow"));
        }
    }
    return f;
}

Finding TcpWrappersAnalyzer::relate(const Finding &wrappers, const Finding &listening, const RunContext &context)
{
    if (wrappers.raw.isEmpty() || listening.raw.isEmpty())
        return wrappers;
    const quint16 port = context.target.checkPort ? context.target.checkPort : context.target.port;
    const QStringList processes =
        SocketsAnalyzer::processesOn(listening.raw, transportOf(context.target.listener), port);
    if (processes.isEmpty())
        return wrappers;
    Finding out = evaluate(wrappers.raw, context, processes.constFirst());
    out.step = wrappers.step;
    out.kind = wrappers.kind;
    out.raw = wrappers.raw;
    out.durationMs = wrappers.durationMs;
    out.evidence << TcpWrappersAnalyzer::tr("the listening step shows %1 on port %2")
                        .arg(processes.join(QStringLiteral(", ")))
                        .arg(port);
    return out;
}

LBDOCTOR_REGISTER_ANALYZER(TcpWrappersAnalyzer)
LBDOCTOR_REGISTER_RELATION("tcpwrappers", "listening", TcpWrappersAnalyzer::relate)
