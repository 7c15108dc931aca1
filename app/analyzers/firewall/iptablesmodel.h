#pragma once

#include "core/addressrange.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The rule model both netfilter front ends are lowered to. iptables-save and nftables share the
// kernel's semantics (first match, jump/goto/return, base-chain policies, one verdict per base
// chain), so one model and one evaluator serve both parsers; only the syntax differs.

struct IptablesPortRange
{
    quint16 first = 0;
    quint16 last = 65535;
};

// One condition of a rule. `negated` inverts it; several conditions of a rule are ANDed.
struct IptablesMatch
{
    enum class Kind {
        Source, // addresses
        Destination, // addresses
        Protocol, // protocols (IP protocol numbers; 0 = any)
        InInterface, // interfaceName, interfacePrefix ("eth+" / "eth*")
        OutInterface, // interfaceName, interfacePrefix: -o / oifname, set only on the way out
        DestPort, // ports
        SourcePort, // ports
        EitherPort, // ports: multiport --ports
        State, // states
        TcpFlags, // flagMask / flagCompare
        IcmpType, // icmpType (-1 any), icmpCodeFirst..icmpCodeLast; or icmpTypes (nft sets)
        SrcAddrType, // addrTypes
        DstAddrType, // addrTypes
        Fragment, // a non-first fragment
        NotIpv4, // ip6-only match in an inet table: never true for the IPv4 packet
        Unknown // reason
    };
    enum StateBit : quint8 { New = 1, Established = 2, Related = 4, Invalid = 8, Untracked = 16, Snat = 32, Dnat = 64 };
    enum AddrTypeBit : quint16 { Unicast = 1, Local = 2, Broadcast = 4, Multicast = 8, OtherType = 0x8000 };
    enum TcpFlagBit : quint8 { Fin = 1, Syn = 2, Rst = 4, Psh = 8, Ack = 16, Urg = 32, Ece = 64, Cwr = 128 };

    Kind kind = Kind::Unknown;
    bool negated = false;
    RangeSet addresses;
    QList<IptablesPortRange> ports;
    QList<int> protocols;
    QString interfaceName;
    bool interfacePrefix = false;
    quint8 states = 0;
    quint8 flagMask = 0;
    quint8 flagCompare = 0;
    bool flagAny = false; // nft "tcp flags syn,ack": any of flagMask set, instead of (flags & mask) == compare
    int icmpType = -1;
    int icmpCodeFirst = 0;
    int icmpCodeLast = 255;
    QList<int> icmpTypes; // nft "icmp type { a, b }": any of these, any code (used when not empty)
    bool icmpv6 = false; // IcmpType of ICMPv6 (ip6tables -m icmp6 --icmpv6-type), else of ICMP
    quint16 addrTypes = 0;
    QString reason;

    static IptablesMatch unknown(const QString &reason)
    {
        IptablesMatch m;
        m.reason = reason;
        return m;
    }
};

struct IptablesRule
{
    enum class Action {
        Continue, // LOG, counter, MARK, no target: the walk goes on
        Accept,
        Drop,
        Reject,
        Return,
        Jump,
        Goto,
        NoTrack, // raw NOTRACK / CT --notrack / nft notrack: the packet becomes UNTRACKED
        Unknown // a target whose effect LB Doctor does not model (NFQUEUE, TPROXY, vmap, ...)
    };
    QList<IptablesMatch> matches;
    Action action = Action::Continue;
    QString target; // chain for Jump/Goto, the target's name otherwise
    QString text; // as written: "-A INPUT -s 10.0.0.0/8 -j DROP", "ip saddr 10.0.0.0/8 drop"
    QString handle; // nftables rule handle, empty for iptables
    int number = 0; // 1-based position in its chain (iptables -I position)
    int line = 0; // line in the input
};

struct IptablesChain
{
    QString name;
    bool base = false; // a built-in / hooked chain: falling off the end applies the policy
    IptablesRule::Action policy = IptablesRule::Action::Accept; // Unknown when the save lacks it
    QString hook; // "prerouting", "input", ... (base chains)
    QString type = QStringLiteral("filter"); // "filter", "nat", "route": only filter-like chains decide
    QString device; // netdev ingress chains: the interface they are bound to
    int priority = 0; // netfilter priority of the hook (raw -300, mangle -150, filter 0, ...)
    QList<IptablesRule> rules;
    int rulesSeen = 0; // rules in the input, including nat rules that were not kept
};

struct IptablesTable
{
    QString family; // "ip", "inet", "netdev"; empty for iptables-save
    QString name; // "filter", "raw", ...
    QHash<QString, IptablesChain> chains;
    QStringList chainOrder; // as declared, for stable output
    bool committed = false; // iptables-save: COMMIT seen

    QString displayName() const { return family.isEmpty() ? name : family + QLatin1Char(' ') + name; }
};

struct IptablesRuleset
{
    QList<IptablesTable> tables;
    QList<IptablesRule> natRedirects; // iptables nat DNAT/REDIRECT rules, for the port-redirect warning
    QStringList problems; // lines that were not understood, with their line numbers
    bool truncated = false; // a table without COMMIT, an unclosed block
    qsizetype ignoredLines = 0;
    qsizetype ruleCount = 0;

    const IptablesTable *table(const QString &name, const QString &family = QString()) const;
};

namespace IptablesNames {
// IP protocol number for "tcp", "6", "all" (0), ...; -1 when unknown.
int protocolNumber(QStringView name);
// Parses "80", "1000:2000", ":1024", "1024:" (iptables) or "80-90" (nft) into a range.
bool parsePortRange(QStringView text, IptablesPortRange *range);
// ICMP type (and code range) by number ("8", "3/1") or name ("echo-request").
bool parseIcmpType(QStringView text, int *type, int *codeFirst, int *codeLast);
// ICMPv6 type (and code range) by number ("128", "1/4") or ip6tables name ("port-unreachable").
bool parseIcmpv6Type(QStringView text, int *type, int *codeFirst, int *codeLast);
// "NEW,ESTABLISHED" / "new" -> state bits; false on an unknown name.
bool parseStates(QStringView text, quint8 *states);
// "SYN,RST,ACK" -> flag bits; "ALL", "NONE" too.
bool parseTcpFlags(QStringView text, quint8 *flags);
// "LOCAL", "UNICAST", ... -> address-type bits.
quint16 addrTypeBits(QStringView text);
} // namespace IptablesNames
