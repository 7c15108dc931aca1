#include "iptablesmodel.h"

#include <QLatin1StringView>

const IptablesTable *IptablesRuleset::table(const QString &name, const QString &family) const
{
    for (const IptablesTable &t : tables) {
        if (t.name == name && t.family == family)
            return &t;
    }
    return nullptr;
}

namespace {

bool toNumber(QStringView text, int max, int *value)
{
    if (text.isEmpty() || text.size() > 6)
        return false;
    int v = 0;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
        v = v * 10 + (c.unicode() - '0');
    }
    if (v > max)
        return false;
    *value = v;
    return true;
}

struct NamedValue
{
    const char *name;
    int value;
};

bool lookup(QStringView text, const NamedValue *table, qsizetype count, int *value)
{
    for (qsizetype i = 0; i < count; ++i) {
        if (text.compare(QLatin1StringView(table[i].name), Qt::CaseInsensitive) == 0) {
            *value = table[i].value;
            return true;
        }
    }
    return false;
}

// "A,B,C": the bits of every name ORed; false when a name is not in the table.
bool parseBitList(QStringView text, const NamedValue *table, qsizetype count, quint8 *bits)
{
    quint8 out = 0;
    for (QStringView part : text.split(QLatin1Char(','))) {
        int v = 0;
        if (!lookup(part.trimmed(), table, count, &v))
            return false;
        out |= quint8(v);
    }
    *bits = out;
    return true;
}

// A type, or a type and code ("3/1"), by number.
bool parseTypeCode(QStringView text, int *type, int *codeFirst, int *codeLast)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    int t = 0;
    int c = 0;
    if (slash < 0 ? !toNumber(text, 255, &t)
                  : !toNumber(text.left(slash), 255, &t) || !toNumber(text.mid(slash + 1), 255, &c))
        return false;
    *type = t;
    if (slash >= 0)
        *codeFirst = *codeLast = c;
    return true;
}

} // namespace

namespace IptablesNames {

int protocolNumber(QStringView name)
{
    static const NamedValue names[] = {
        {"tcp", 6},   {"udp", 17}, {"icmp", 1},    {"all", 0},   {"udplite", 136},  {"sctp", 132},
        {"dccp", 33}, {"esp", 50}, {"ah", 51},     {"gre", 47},  {"ipv6-icmp", 58}, {"icmpv6", 58},
        {"igmp", 2},  {"ipip", 4}, {"ipencap", 4}, {"ospf", 89}, {"vrrp", 112},     {"pim", 103},
    };
    int v = -1;
    if (lookup(name, names, std::size(names), &v))
        return v;
    if (toNumber(name, 255, &v))
        return v;
    return -1;
}

bool parsePortRange(QStringView text, IptablesPortRange *range)
{
    qsizetype sep = text.indexOf(QLatin1Char(':'));
    if (sep < 0)
        sep = text.indexOf(QLatin1Char('-'));
    int a = 0;
    int b = 65535;
    if (sep < 0) {
        if (!toNumber(text, 65535, &a))
            return false;
        b = a;
    } else {
        const QStringView left = text.left(sep);
        const QStringView right = text.mid(sep + 1);
        if (!left.isEmpty() && !toNumber(left, 65535, &a))
            return false;
        if (!right.isEmpty() && !toNumber(right, 65535, &b))
            return false;
        // iptables swaps a reversed range ("2000:1000"); nft refuses it at load time.
        if (a > b)
            std::swap(a, b);
    }
    range->first = quint16(a);
    range->last = quint16(b);
    return true;
}

bool parseIcmpType(QStringView text, int *type, int *codeFirst, int *codeLast)
{
    static const NamedValue names[] = {
        {"any", -1},
        {"echo-reply", 0},
        {"pong", 0},
        {"destination-unreachable", 3},
        {"source-quench", 4},
        {"redirect", 5},
        {"echo-request", 8},
        {"ping", 8},
        {"router-advertisement", 9},
        {"router-solicitation", 10},
        {"time-exceeded", 11},
        {"ttl-exceeded", 11},
        {"parameter-problem", 12},
        {"timestamp-request", 13},
        {"timestamp-reply", 14},
        {"info-request", 15},
        {"info-reply", 16},
        {"address-mask-request", 17},
        {"address-mask-reply", 18},
    };
    *codeFirst = 0;
    *codeLast = 255;
    int v = 0;
    if (parseTypeCode(text, type, codeFirst, codeLast))
        return true;
    if (lookup(text, names, std::size(names), &v)) {
        *type = v;
        return true;
    }
    return false;
}

bool parseIcmpv6Type(QStringView text, int *type, int *codeFirst, int *codeLast)
{
    // ip6tables' names (ip6tables -p icmpv6 --help); a name with a code stands for that code only.
    struct TypeCode
    {
        const char *name;
        int type;
        int code; // -1: any code
    };
    static const TypeCode names[] = {
        {"destination-unreachable", 1, -1},
        {"no-route", 1, 0},
        {"communication-prohibited", 1, 1},
        {"beyond-scope", 1, 2},
        {"address-unreachable", 1, 3},
        {"port-unreachable", 1, 4},
        {"failed-policy", 1, 5},
        {"reject-route", 1, 6},
        {"packet-too-big", 2, -1},
        {"time-exceeded", 3, -1},
        {"ttl-exceeded", 3, -1},
        {"ttl-zero-during-transit", 3, 0},
        {"ttl-zero-during-reassembly", 3, 1},
        {"parameter-problem", 4, -1},
        {"bad-header", 4, 0},
        {"unknown-header-type", 4, 1},
        {"unknown-option", 4, 2},
        {"echo-request", 128, -1},
        {"ping", 128, -1},
        {"echo-reply", 129, -1},
        {"pong", 129, -1},
        {"router-solicitation", 133, -1},
        {"router-advertisement", 134, -1},
        {"neighbour-solicitation", 135, -1},
        {"neighbor-solicitation", 135, -1},
        {"neighbour-advertisement", 136, -1},
        {"neighbor-advertisement", 136, -1},
        {"redirect", 137, -1},
    };
    *codeFirst = 0;
    *codeLast = 255;
    if (parseTypeCode(text, type, codeFirst, codeLast))
        return true;
    for (const TypeCode &n : names) {
        if (text.compare(QLatin1StringView(n.name), Qt::CaseInsensitive) == 0) {
            *type = n.type;
            if (n.code >= 0)
                *codeFirst = *codeLast = n.code;
            return true;
        }
    }
    return false;
}

bool parseStates(QStringView text, quint8 *states)
{
    static const NamedValue names[] = {
        {"NEW", IptablesMatch::New},
        {"ESTABLISHED", IptablesMatch::Established},
        {"RELATED", IptablesMatch::Related},
        {"INVALID", IptablesMatch::Invalid},
        {"UNTRACKED", IptablesMatch::Untracked},
        {"SNAT", IptablesMatch::Snat},
        {"DNAT", IptablesMatch::Dnat},
    };
    return parseBitList(text, names, std::size(names), states);
}

bool parseTcpFlags(QStringView text, quint8 *flags)
{
    static const NamedValue names[] = {
        {"FIN", IptablesMatch::Fin},
        {"SYN", IptablesMatch::Syn},
        {"RST", IptablesMatch::Rst},
        {"PSH", IptablesMatch::Psh},
        {"ACK", IptablesMatch::Ack},
        {"URG", IptablesMatch::Urg},
        {"ECE", IptablesMatch::Ece},
        {"ECN", IptablesMatch::Ece},
        {"CWR", IptablesMatch::Cwr},
        {"ALL", 0xFF},
        {"NONE", 0},
    };
    return parseBitList(text, names, std::size(names), flags);
}

quint16 addrTypeBits(QStringView text)
{
    static const NamedValue names[] = {
        {"UNICAST", IptablesMatch::Unicast},
        {"LOCAL", IptablesMatch::Local},
        {"BROADCAST", IptablesMatch::Broadcast},
        {"MULTICAST", IptablesMatch::Multicast},
    };
    quint16 out = 0;
    for (QStringView part : text.split(QLatin1Char(','))) {
        int v = 0;
        out |= lookup(part.trimmed(), names, std::size(names), &v) ? quint16(v) : quint16(IptablesMatch::OtherType);
    }
    return out;
}

} // namespace IptablesNames
