#include "iptablesparser.h"

#include "core/inputchannel.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QVarLengthArray>

namespace {

using Action = IptablesRule::Action;
using Kind = IptablesMatch::Kind;
using Tokens = QVarLengthArray<QStringView, 64>;

constexpr int maxProblems = 50;
constexpr qsizetype maxTables = 16;

// Splits a rule line on blanks; "quoted strings" (with \" escapes) stay one token, quotes kept.
bool tokenize(QStringView line, Tokens *out)
{
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n) {
        while (i < n && line[i].isSpace())
            ++i;
        if (i >= n)
            break;
        const qsizetype start = i;
        if (line[i] == QLatin1Char('"')) {
            ++i;
            while (i < n && line[i] != QLatin1Char('"')) {
                if (line[i] == QLatin1Char('\\'))
                    ++i;
                ++i;
            }
            if (i >= n)
                return false;
            ++i;
        } else {
            while (i < n && !line[i].isSpace())
                ++i;
        }
        out->append(line.mid(start, i - start));
    }
    return true;
}

bool isGenericOption(QStringView t)
{
    static const char *const names[] = {"-s",
                                        "--source",
                                        "--src",
                                        "-d",
                                        "--destination",
                                        "--dst",
                                        "-p",
                                        "--protocol",
                                        "-i",
                                        "--in-interface",
                                        "-o",
                                        "--out-interface",
                                        "-f",
                                        "--fragment",
                                        "-m",
                                        "--match",
                                        "-j",
                                        "--jump",
                                        "-g",
                                        "--goto",
                                        "-c",
                                        "--set-counters",
                                        "!"};
    for (const char *name : names) {
        if (t == QLatin1StringView(name))
            return true;
    }
    return false;
}

bool parseAddresses(QStringView value, RangeSet *set)
{
    QStringList cidrs;
    for (QStringView part : value.split(QLatin1Char(',')))
        cidrs << part.toString();
    const auto parsed = RangeSet::parseCidrs(cidrs);
    *set = parsed.valueOr(RangeSet());
    return parsed && !set->isEmpty();
}

bool parsePortList(QStringView value, QList<IptablesPortRange> *ports)
{
    for (QStringView part : value.split(QLatin1Char(','))) {
        IptablesPortRange r;
        if (!IptablesNames::parsePortRange(part, &r))
            return false;
        ports->append(r);
    }
    return !ports->isEmpty();
}

// Targets that change nothing about whether the packet passes.
bool isNonTerminating(QStringView t)
{
    static const char *const names[] = {"LOG",    "NFLOG",    "ULOG", "MARK",    "CONNMARK",    "TRACE",
                                        "AUDIT",  "CLASSIFY", "DSCP", "TOS",     "TTL",         "HL",
                                        "TCPMSS", "CHECKSUM", "SET",  "SECMARK", "CONNSECMARK", "IDLETIMER",
                                        "LED",    "RATEEST",  "TEE",  "ECN",     "HMARK",       "CT"};
    for (const char *name : names) {
        if (t == QLatin1StringView(name))
            return true;
    }
    return false;
}

bool isUnmodelledTarget(QStringView t)
{
    static const char *const names[] = {"NFQUEUE",  "QUEUE",  "TPROXY",    "SYNPROXY", "DNAT",   "SNAT", "MASQUERADE",
                                        "REDIRECT", "NETMAP", "CLUSTERIP", "TARPIT",   "DELUDE", "CHAOS"};
    for (const char *name : names) {
        if (t == QLatin1StringView(name))
            return true;
    }
    return false;
}

class RuleParser
{
public:
    RuleParser(const Tokens &tokens, IptablesRule *rule) : t(tokens), r(rule) { }

    void run(qsizetype start)
    {
        i = start;
        while (i < t.size()) {
            const QStringView opt = t[i];
            if (opt == QLatin1String("!")) {
                negate = true;
                ++i;
                continue;
            }
            ++i;
            if (!option(opt))
                return;
            negate = false;
        }
    }

private:
    const Tokens &t;
    IptablesRule *r;
    qsizetype i = 0;
    bool negate = false;
    QString module;

    bool hasValue() const { return i < t.size(); }
    QStringView take() { return t[i++]; }

    void add(IptablesMatch m)
    {
        m.negated = negate;
        r->matches.append(std::move(m));
    }
    void unknown(const QString &reason) { r->matches.append(IptablesMatch::unknown(reason)); }
    bool missingValue(QStringView opt)
    {
        unknown(IptablesParser::Tr::tr("option %1 has no value").arg(opt.toString()));
        return false;
    }
    // Skips an unmodelled module's options up to the next generic option.
    void skipModuleOptions()
    {
        while (i < t.size() && !isGenericOption(t[i]))
            ++i;
    }

    bool option(QStringView opt)
    {
        IptablesMatch m;
        if (opt == QLatin1String("-s") || opt == QLatin1String("--source") || opt == QLatin1String("--src")
            || opt == QLatin1String("-d") || opt == QLatin1String("--destination") || opt == QLatin1String("--dst")) {
            if (!hasValue())
                return missingValue(opt);
            const QStringView value = take();
            m.kind = opt.startsWith(QLatin1String("-s")) || opt.startsWith(QLatin1String("--s")) ? Kind::Source
                                                                                                 : Kind::Destination;
            if (!parseAddresses(value, &m.addresses)) {
                unknown(IptablesParser::Tr::tr("address %1 not understood").arg(value.left(80).toString()));
                return true;
            }
            add(m);
        } else if (opt == QLatin1String("-p") || opt == QLatin1String("--protocol")) {
            if (!hasValue())
                return missingValue(opt);
            const QStringView value = take();
            const int n = IptablesNames::protocolNumber(value);
            if (n < 0) {
                unknown(IptablesParser::Tr::tr("protocol %1 not understood").arg(value.left(40).toString()));
                return true;
            }
            m.kind = Kind::Protocol;
            m.protocols = {n};
            add(m);
        } else if (opt == QLatin1String("-i") || opt == QLatin1String("--in-interface")) {
            if (!hasValue())
                return missingValue(opt);
            QStringView value = take();
            m.kind = Kind::InInterface;
            m.interfacePrefix = value.endsWith(QLatin1Char('+'));
            m.interfaceName = (m.interfacePrefix ? value.chopped(1) : value).toString();
            add(m);
        } else if (opt == QLatin1String("-o") || opt == QLatin1String("--out-interface")) {
            if (!hasValue())
                return missingValue(opt);
            QStringView value = take();
            m.kind = Kind::OutInterface;
            m.interfacePrefix = value.endsWith(QLatin1Char('+'));
            m.interfaceName = (m.interfacePrefix ? value.chopped(1) : value).toString();
            add(m);
        } else if (opt == QLatin1String("-f") || opt == QLatin1String("--fragment")) {
            m.kind = Kind::Fragment;
            add(m);
        } else if (opt == QLatin1String("-c") || opt == QLatin1String("--set-counters")) {
            i += 2;
        } else if (opt == QLatin1String("-m") || opt == QLatin1String("--match")) {
            if (!hasValue())
                return missingValue(opt);
            module = take().toString();
            // iptableslisting.cpp marks what a list form hides this way.
            if (module == QLatin1String("lbdoctor-listing")) {
                QString what = (hasValue() && t[i] == QLatin1String("--hides") && i + 1 < t.size())
                    ? t[i + 1].toString()
                    : QString();
                if (what.startsWith(QLatin1Char('"')) && what.endsWith(QLatin1Char('"')) && what.size() >= 2)
                    what = what.mid(1, what.size() - 2);
                i = std::min<qsizetype>(i + 2, t.size());
                QString tool = QStringLiteral("iptables");
                if (i + 1 < t.size() && t[i] == QLatin1String("--tool")) {
                    tool = t[i + 1].toString();
                    i += 2;
                }
                unknown(
                    (InputChannel::commandLine()
                         ? IptablesParser::Tr::tr(
                             "the %1 -L listing does not show %2; give the output of %1-save instead")
                         : IptablesParser::Tr::tr("the %1 -L listing does not show %2; paste %1-save output instead"))
                        .arg(tool.left(20), what));
                return true;
            }
            static const char *const known[] = {"tcp",     "udp",       "icmp",  "icmp6",   "multiport",
                                                "iprange", "conntrack", "state", "comment", "addrtype"};
            bool isKnown = false;
            for (const char *k : known)
                isKnown = isKnown || module == QLatin1StringView(k);
            if (!isKnown) {
                unknown(IptablesParser::Tr::tr("match -m %1 is not modelled").arg(module.left(40)));
                skipModuleOptions();
            }
        } else if (opt == QLatin1String("-j") || opt == QLatin1String("--jump") || opt == QLatin1String("-g")
                   || opt == QLatin1String("--goto")) {
            if (!hasValue())
                return missingValue(opt);
            target(opt, take());
            return false;
        } else {
            return moduleOption(opt);
        }
        return true;
    }

    bool moduleOption(QStringView opt)
    {
        IptablesMatch m;
        const auto value = [&]() { return hasValue() ? take() : QStringView(); };
        if (opt == QLatin1String("--dport") || opt == QLatin1String("--destination-port")
            || opt == QLatin1String("--sport") || opt == QLatin1String("--source-port")) {
            const QStringView v = value();
            IptablesPortRange range;
            if (!IptablesNames::parsePortRange(v, &range)) {
                unknown(IptablesParser::Tr::tr("port %1 not understood").arg(v.left(40).toString()));
                return true;
            }
            m.kind = opt.contains(QLatin1String("-d")) ? Kind::DestPort : Kind::SourcePort;
            m.ports = {range};
        } else if (opt == QLatin1String("--dports") || opt == QLatin1String("--destination-ports")
                   || opt == QLatin1String("--sports") || opt == QLatin1String("--source-ports")
                   || opt == QLatin1String("--ports")) {
            const QStringView v = value();
            if (!parsePortList(v, &m.ports)) {
                unknown(IptablesParser::Tr::tr("port list %1 not understood").arg(v.left(80).toString()));
                return true;
            }
            m.kind = opt == QLatin1String("--ports") ? Kind::EitherPort
                : opt.contains(QLatin1String("-d"))  ? Kind::DestPort
                                                     : Kind::SourcePort;
        } else if (opt == QLatin1String("--syn")) {
            m.kind = Kind::TcpFlags;
            m.flagMask = IptablesMatch::Syn | IptablesMatch::Rst | IptablesMatch::Ack | IptablesMatch::Fin;
            m.flagCompare = IptablesMatch::Syn;
        } else if (opt == QLatin1String("--tcp-flags")) {
            const QStringView mask = value();
            const QStringView comp = value();
            if (!IptablesNames::parseTcpFlags(mask, &m.flagMask)
                || !IptablesNames::parseTcpFlags(comp, &m.flagCompare)) {
                unknown(IptablesParser::Tr::tr("TCP flags %1 %2 not understood")
                            .arg(mask.left(40).toString(), comp.left(40).toString()));
                return true;
            }
            m.kind = Kind::TcpFlags;
        } else if (opt == QLatin1String("--icmp-type")) {
            const QStringView v = value();
            if (!IptablesNames::parseIcmpType(v, &m.icmpType, &m.icmpCodeFirst, &m.icmpCodeLast)) {
                unknown(IptablesParser::Tr::tr("ICMP type %1 not understood").arg(v.left(40).toString()));
                return true;
            }
            m.kind = Kind::IcmpType;
        } else if (opt == QLatin1String("--icmpv6-type")) {
            const QStringView v = value();
            if (!IptablesNames::parseIcmpv6Type(v, &m.icmpType, &m.icmpCodeFirst, &m.icmpCodeLast)) {
                unknown(IptablesParser::Tr::tr("ICMPv6 type %1 not understood").arg(v.left(40).toString()));
                return true;
            }
            m.kind = Kind::IcmpType;
            m.icmpv6 = true;
        } else if (opt == QLatin1String("--src-range") || opt == QLatin1String("--dst-range")) {
            const QStringView v = value();
            const auto range = AddressRange::parse(v);
            if (!range) {
                unknown(IptablesParser::Tr::tr("address range %1 not understood").arg(v.left(80).toString()));
                return true;
            }
            m.kind = opt == QLatin1String("--src-range") ? Kind::Source : Kind::Destination;
            m.addresses = RangeSet(*range);
        } else if (opt == QLatin1String("--ctstate") || opt == QLatin1String("--state")) {
            const QStringView v = value();
            if (!IptablesNames::parseStates(v, &m.states)) {
                unknown(IptablesParser::Tr::tr("state %1 not understood").arg(v.left(40).toString()));
                return true;
            }
            m.kind = Kind::State;
        } else if (opt == QLatin1String("--comment")) {
            value();
            return true;
        } else if (opt == QLatin1String("--src-type") || opt == QLatin1String("--dst-type")) {
            m.kind = opt == QLatin1String("--src-type") ? Kind::SrcAddrType : Kind::DstAddrType;
            m.addrTypes = IptablesNames::addrTypeBits(value());
        } else if (opt == QLatin1String("--limit-iface-in") || opt == QLatin1String("--limit-iface-out")) {
            return true;
        } else {
            unknown(IptablesParser::Tr::tr("option %1 of -m %2 is not modelled")
                        .arg(opt.left(40).toString(), module.left(40)));
            // Its value, if any, is not an option: skip to the next one.
            while (i < t.size() && !t[i].startsWith(QLatin1Char('-')) && t[i] != QLatin1String("!"))
                ++i;
            return true;
        }
        add(m);
        return true;
    }

    void target(QStringView opt, QStringView name)
    {
        r->target = name.toString();
        const bool isGoto = opt == QLatin1String("-g") || opt == QLatin1String("--goto");
        if (isGoto)
            r->action = Action::Goto;
        else if (name == QLatin1String("ACCEPT"))
            r->action = Action::Accept;
        else if (name == QLatin1String("DROP"))
            r->action = Action::Drop;
        else if (name == QLatin1String("REJECT"))
            r->action = Action::Reject;
        else if (name == QLatin1String("RETURN"))
            r->action = Action::Return;
        else if (name == QLatin1String("NOTRACK"))
            r->action = Action::NoTrack;
        else if (name == QLatin1String("CT")) {
            r->action = Action::Continue;
            for (qsizetype k = i; k < t.size(); ++k) {
                if (t[k] == QLatin1String("--notrack"))
                    r->action = Action::NoTrack;
            }
        } else if (isNonTerminating(name))
            r->action = Action::Continue;
        else if (isUnmodelledTarget(name))
            r->action = Action::Unknown;
        else
            r->action = Action::Jump;
    }
};

struct BuiltinHook
{
    const char *table;
    const char *chain;
    const char *hook;
    int priority;
};

void setHook(const QString &table, IptablesChain *chain)
{
    static const BuiltinHook hooks[] = {
        {"raw", "PREROUTING", "prerouting", -300},
        {"mangle", "PREROUTING", "prerouting", -150},
        {"mangle", "INPUT", "input", -150},
        {"nat", "PREROUTING", "prerouting", -100},
        {"nat", "INPUT", "input", 100},
        {"filter", "INPUT", "input", 0},
        {"security", "INPUT", "input", 50},
        {"raw", "OUTPUT", "output", -300},
        {"mangle", "OUTPUT", "output", -150},
        {"nat", "OUTPUT", "output", -100},
        {"filter", "OUTPUT", "output", 0},
        {"security", "OUTPUT", "output", 50},
        {"mangle", "POSTROUTING", "postrouting", -150},
        {"nat", "POSTROUTING", "postrouting", 100},
    };
    for (const BuiltinHook &h : hooks) {
        if (table == QLatin1StringView(h.table) && chain->name == QLatin1StringView(h.chain)) {
            chain->hook = QLatin1StringView(h.hook);
            chain->priority = h.priority;
        }
    }
    if (table == QLatin1String("nat"))
        chain->type = QStringLiteral("nat");
}

bool isBuiltinName(QStringView name)
{
    return name == QLatin1String("INPUT") || name == QLatin1String("OUTPUT") || name == QLatin1String("FORWARD")
        || name == QLatin1String("PREROUTING") || name == QLatin1String("POSTROUTING");
}

class SaveParser
{
public:
    IptablesRuleset rs;

    void line(QStringView l, int number)
    {
        if (l.isEmpty() || l.front() == QLatin1Char('#'))
            return;
        // `iptables-save -c` prefixes rules with "[packets:bytes]".
        if (l.front() == QLatin1Char('[')) {
            const qsizetype close = l.indexOf(QLatin1Char(']'));
            if (close > 0)
                l = l.mid(close + 1).trimmed();
            if (l.isEmpty())
                return;
        }
        const QChar c = l.front();
        if (c == QLatin1Char('-') && current && l.size() > 3 && (l[1] == QLatin1Char('A') || l[1] == QLatin1Char('I'))
            && l[2] == QLatin1Char(' ')) {
            rule(l, number);
        } else if (c == QLatin1Char(':') && current) {
            declareChain(l.mid(1), number);
        } else if (c == QLatin1Char('*')) {
            startTable(l.mid(1).trimmed().toString(), number);
        } else if (c == QLatin1Char('C') && l == QLatin1String("COMMIT") && current) {
            current->committed = true;
            current = nullptr;
        } else {
            ++rs.ignoredLines;
            problem(number, IptablesParser::Tr::tr("line not understood: %1").arg(l.left(80).toString()));
        }
    }

    void finish(int lastLine)
    {
        for (IptablesTable &t : rs.tables) {
            if (!t.committed) {
                rs.truncated = true;
                problem(lastLine, IptablesParser::Tr::tr("table %1 has no COMMIT: the save is truncated").arg(t.name));
            }
            for (IptablesChain &chain : t.chains) {
                for (qsizetype k = 0; k < chain.rules.size(); ++k) {
                    if (chain.rules[k].number == 0)
                        chain.rules[k].number = int(k + 1);
                }
            }
        }
    }

private:
    IptablesTable *current = nullptr;
    IptablesChain *lastChain = nullptr; // rules of one chain come together: skip the lookup
    bool currentIsNat = false;

    void problem(int line, const QString &text)
    {
        if (rs.problems.size() < maxProblems)
            rs.problems << IptablesParser::Tr::tr("line %1: %2").arg(line).arg(text);
    }

    void startTable(const QString &name, int number)
    {
        if (current && !current->committed) {
            rs.truncated = true;
            problem(number, IptablesParser::Tr::tr("table %1 ends without COMMIT").arg(current->name));
        }
        // Netfilter has five tables; hundreds of "*" lines mean this is not a save at all.
        if (rs.tables.size() >= maxTables) {
            ++rs.ignoredLines;
            problem(number, IptablesParser::Tr::tr("more than %1 tables; the rest is ignored").arg(maxTables));
            current = nullptr;
            return;
        }
        // A second section of the same table replaces the first, as iptables-restore does.
        rs.tables.removeIf([&](const IptablesTable &t) { return t.name == name; });
        rs.tables.append(IptablesTable{});
        current = &rs.tables.last();
        current->name = name.left(64);
        currentIsNat = current->name == QLatin1String("nat");
        lastChain = nullptr;
    }

    void declareChain(QStringView rest, int number)
    {
        const QList<QStringView> parts = rest.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.isEmpty()) {
            problem(number, IptablesParser::Tr::tr("chain line without a name"));
            return;
        }
        const QStringView policy = parts.value(1);
        // nat user chains are never walked (see rule()); kube-proxy declares tens of thousands.
        if (currentIsNat && policy == QLatin1String("-"))
            return;
        IptablesChain chain;
        chain.name = parts[0].toString();
        chain.base = policy != QLatin1String("-") && !policy.isEmpty();
        chain.policy = policy == QLatin1String("ACCEPT") ? Action::Accept
            : policy == QLatin1String("DROP")            ? Action::Drop
                                                         : Action::Unknown;
        if (chain.base)
            setHook(current->name, &chain);
        lastChain = nullptr;
        auto it = current->chains.find(chain.name);
        if (it == current->chains.end()) {
            current->chainOrder << chain.name;
            current->chains.emplace(chain.name, std::move(chain));
        } else {
            *it = std::move(chain);
        }
    }

    IptablesChain *chainFor(const QString &name, int number)
    {
        auto it = current->chains.find(name);
        if (it == current->chains.end()) {
            if (!currentIsNat)
                problem(number, IptablesParser::Tr::tr("rule for chain %1, which is not declared").arg(name.left(64)));
            IptablesChain chain;
            chain.name = name;
            chain.base = isBuiltinName(name);
            chain.policy = Action::Unknown;
            if (chain.base)
                setHook(current->name, &chain);
            current->chainOrder << name;
            it = current->chains.insert(name, chain);
            lastChain = nullptr;
        }
        return &*it;
    }

    // "-j DNAT" / "-j REDIRECT" anywhere in the line; a plain scan, as this runs on every nat rule.
    static bool redirects(QStringView l)
    {
        const QChar *p = l.data();
        for (qsizetype k = 0, n = l.size() - 4; k < n; ++k) {
            if (p[k] == QLatin1Char('-') && p[k + 1] == QLatin1Char('j') && p[k + 2] == QLatin1Char(' ')) {
                const QStringView target = l.mid(k + 3);
                if (target.startsWith(QLatin1String("DNAT")) || target.startsWith(QLatin1String("REDIRECT")))
                    return true;
            }
        }
        return false;
    }

    void rule(QStringView l, int number)
    {
        ++rs.ruleCount;
        const QStringView rest = l.mid(3).trimmed();
        const qsizetype space = rest.indexOf(QLatin1Char(' '));
        const QStringView chainName = space < 0 ? rest : rest.left(space);
        if (chainName.isEmpty()) {
            problem(number, IptablesParser::Tr::tr("rule without a chain"));
            return;
        }
        // nat only matters for a port redirect warning: keep just those rules (numbered by line),
        // and skip everything else about it, chain bookkeeping included.
        if (currentIsNat) {
            if (redirects(l)) {
                Tokens tokens;
                IptablesRule rule;
                rule.text = l.toString();
                rule.line = number;
                if (tokenize(l, &tokens))
                    RuleParser(tokens, &rule).run(2);
                rs.natRedirects.append(std::move(rule));
            }
            return;
        }
        IptablesChain *chain =
            lastChain && lastChain->name == chainName ? lastChain : chainFor(chainName.toString(), number);
        lastChain = chain;
        ++chain->rulesSeen;
        Tokens tokens;
        const bool quotesOk = tokenize(l, &tokens);
        IptablesRule rule;
        rule.text = l.toString();
        rule.line = number;
        qsizetype start = 2;
        qsizetype insertAt = -1;
        if (tokens[0] == QLatin1String("-I")) {
            insertAt = 0;
            bool ok = false;
            const int position = tokens.size() > 2 ? tokens[2].toInt(&ok) : 0;
            if (ok) {
                insertAt = position - 1;
                start = 3;
            }
        } else {
            rule.number = chain->rulesSeen;
        }
        RuleParser(tokens, &rule).run(start);
        // A quote that never closes hides the rest of the line, target included.
        if (!quotesOk) {
            rule.matches.append(IptablesMatch::unknown(IptablesParser::Tr::tr("unbalanced quotes")));
            rule.action = Action::Unknown;
            rule.target = IptablesParser::Tr::tr("(cut off by an unbalanced quote)");
        }
        if (insertAt >= 0) {
            for (IptablesRule &r : chain->rules)
                r.number = 0;
            chain->rules.insert(std::clamp<qsizetype>(insertAt, 0, chain->rules.size()), std::move(rule));
        } else {
            chain->rules.append(std::move(rule));
        }
    }
};

} // namespace

namespace IptablesParser {

IptablesRuleset parse(QStringView text)
{
    SaveParser p;
    qsizetype pos = 0;
    int number = 0;
    const qsizetype n = text.size();
    while (pos < n) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), pos);
        if (end < 0)
            end = n;
        ++number;
        p.line(text.mid(pos, end - pos).trimmed(), number);
        pos = end + 1;
    }
    p.finish(number);
    return std::move(p.rs);
}

int recognize(QStringView text)
{
    const QStringView head = text.left(64 * 1024);
    int score = 0;
    if (head.contains(QLatin1String("\n*filter")) || head.startsWith(QLatin1String("*filter"))
        || head.contains(QLatin1String("\n*raw")) || head.contains(QLatin1String("\n*mangle"))
        || head.contains(QLatin1String("\n*nat")) || head.startsWith(QLatin1Char('*')))
        score += 35;
    if (head.contains(QLatin1String("\n:INPUT ")) || head.contains(QLatin1String("\n:PREROUTING "))
        || head.contains(QLatin1String("\n:OUTPUT ")))
        score += 25;
    if (head.contains(QLatin1String("\nCOMMIT")))
        score += 20;
    if (head.contains(QLatin1String("\n-A ")) || head.contains(QLatin1String("] -A ")))
        score += 15;
    if (head.contains(QLatin1String("iptables-save")))
        score += 5;
    return std::min(score, 100);
}

bool isIp6tables(QStringView text)
{
    const QStringView head = text.left(256 * 1024);
    for (const char *mark : {"ip6tables", "ipv6-icmp", "icmpv6", "icmp6", "::/0"}) {
        if (head.contains(QLatin1StringView(mark), Qt::CaseInsensitive))
            return true;
    }
    // An IPv6 address in -s / -d or in an address column: a word with "::" or seven colons.
    qsizetype start = 0;
    for (qsizetype i = 0; i <= head.size(); ++i) {
        if (i < head.size() && !head[i].isSpace())
            continue;
        QStringView word = head.mid(start, i - start);
        start = i + 1;
        if (word.startsWith(QLatin1Char('!')))
            word = word.mid(1);
        if (word.size() < 3 || word.count(QLatin1Char(':')) < 2 || word.startsWith(QLatin1Char('-')))
            continue;
        if (word.contains(QLatin1String("::")) || word.count(QLatin1Char(':')) == 7) {
            const qsizetype slash = word.indexOf(QLatin1Char('/'));
            const QStringView address = slash < 0 ? word : word.left(slash);
            const qsizetype dash = address.indexOf(QLatin1Char('-'));
            if (QHostAddress(address.left(dash < 0 ? address.size() : dash).toString()).protocol()
                == QAbstractSocket::IPv6Protocol)
                return true;
        }
    }
    return false;
}

bool looksLikeListing(QStringView text)
{
    const QStringView head = text.left(64 * 1024);
    return head.contains(QLatin1String("Chain INPUT (policy")) || head.contains(QLatin1String("-P INPUT "));
}

} // namespace IptablesParser
