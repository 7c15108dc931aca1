#include "nftablesjson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using Action = IptablesRule::Action;
using Kind = IptablesMatch::Kind;

struct NamedSet
{
    QJsonArray elements;
    bool usable = true; // false: a map or a concatenated type
};

using Sets = QHash<QString, NamedSet>; // by "family table name"

QString setKey(const QString &family, const QString &table, const QString &name)
{
    return family + QLatin1Char(' ') + table + QLatin1Char(' ') + name;
}

int priorityValue(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toInt();
    // Newer nft writes named priorities: "filter", "raw + 10", ...
    const QString s = v.toString().simplified();
    static const std::pair<const char *, int> names[] = {{"raw", -300}, {"mangle", -150}, {"dstnat", -100},
                                                         {"filter", 0}, {"security", 50}, {"srcnat", 100}};
    for (const auto &[name, value] : names) {
        if (s.startsWith(QLatin1StringView(name))) {
            const QString rest = s.mid(qsizetype(strlen(name))).remove(QLatin1Char(' '));
            return value + (rest.isEmpty() ? 0 : rest.toInt());
        }
    }
    return s.toInt();
}

// Renders an expression back to nft syntax, for rule descriptions of JSON input.
QString render(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isNull())
        return QString();
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue &e : v.toArray())
            parts << render(e);
        return parts.join(QLatin1Char(','));
    }
    const QJsonObject o = v.toObject();
    if (o.isEmpty())
        return QString();
    const QString key = o.begin().key();
    const QJsonValue val = o.begin().value();
    const QJsonObject vo = val.toObject();
    if (key == QLatin1String("payload"))
        return vo.value(QLatin1String("protocol")).toString() + QLatin1Char(' ')
            + vo.value(QLatin1String("field")).toString();
    if (key == QLatin1String("meta"))
        return QStringLiteral("meta ") + vo.value(QLatin1String("key")).toString();
    if (key == QLatin1String("ct"))
        return QStringLiteral("ct ") + vo.value(QLatin1String("key")).toString();
    if (key == QLatin1String("fib"))
        return QStringLiteral("fib ") + render(vo.value(QLatin1String("flags"))) + QLatin1Char(' ')
            + vo.value(QLatin1String("result")).toString();
    if (key == QLatin1String("prefix"))
        return render(vo.value(QLatin1String("addr"))) + QLatin1Char('/') + render(vo.value(QLatin1String("len")));
    if (key == QLatin1String("range")) {
        const QJsonArray a = val.toArray();
        return render(a.at(0)) + QLatin1Char('-') + render(a.at(1));
    }
    if (key == QLatin1String("set")) {
        QStringList parts;
        for (const QJsonValue &e : val.toArray())
            parts << render(e);
        return QStringLiteral("{ ") + parts.join(QStringLiteral(", ")) + QStringLiteral(" }");
    }
    if (key == QLatin1String("elem"))
        return render(vo.value(QLatin1String("val")));
    if (key == QLatin1String("&")) {
        const QJsonArray a = val.toArray();
        return render(a.at(0)) + QStringLiteral(" & ") + render(a.at(1));
    }
    if (key == QLatin1String("match")) {
        const QString op = vo.value(QLatin1String("op")).toString();
        return render(vo.value(QLatin1String("left")))
            + (op == QLatin1String("==") || op == QLatin1String("in") ? QString() : QLatin1Char(' ') + op)
            + QLatin1Char(' ') + render(vo.value(QLatin1String("right")));
    }
    if (key == QLatin1String("jump") || key == QLatin1String("goto"))
        return key + QLatin1Char(' ') + vo.value(QLatin1String("target")).toString();
    return key;
}

// The value side of a match, flattened: each element a string, number or {prefix}/{range}.
QJsonArray elementsOf(const QJsonValue &right, const QString &family, const QString &table, const Sets &sets, bool *ok)
{
    if (right.isString() && right.toString().startsWith(QLatin1Char('@'))) {
        const auto it = sets.constFind(setKey(family, table, right.toString().mid(1)));
        if (it == sets.constEnd() || !it->usable) {
            *ok = false;
            return {};
        }
        return it->elements;
    }
    if (right.isObject() && right.toObject().contains(QLatin1String("set")))
        return right.toObject().value(QLatin1String("set")).toArray();
    if (right.isArray())
        return right.toArray();
    return QJsonArray{right};
}

QJsonValue unwrapElem(const QJsonValue &e)
{
    if (e.isObject() && e.toObject().contains(QLatin1String("elem")))
        return e.toObject().value(QLatin1String("elem")).toObject().value(QLatin1String("val"));
    return e;
}

bool addressesOf(const QJsonArray &elements, RangeSet *out)
{
    for (const QJsonValue &raw : elements) {
        const QJsonValue e = unwrapElem(raw);
        std::optional<AddressRange> r;
        if (e.isString()) {
            r = AddressRange::parse(e.toString()).toOptional();
        } else if (e.toObject().contains(QLatin1String("prefix"))) {
            const QJsonObject p = e.toObject().value(QLatin1String("prefix")).toObject();
            r = AddressRange::parse(QString(p.value(QLatin1String("addr")).toString() + QLatin1Char('/')
                                            + QString::number(p.value(QLatin1String("len")).toInt())))
                    .toOptional();
        } else if (e.toObject().contains(QLatin1String("range"))) {
            const QJsonArray a = e.toObject().value(QLatin1String("range")).toArray();
            r = AddressRange::parse(QString(a.at(0).toString() + QLatin1Char('-') + a.at(1).toString())).toOptional();
        }
        if (!r)
            return false;
        *out = out->united(RangeSet(*r));
    }
    return true;
}

int serviceNumber(const QString &name)
{
    static const std::pair<const char *, int> names[] = {{"ssh", 22},  {"http", 80}, {"https", 443}, {"domain", 53},
                                                         {"smtp", 25}, {"ftp", 21},  {"telnet", 23}, {"ntp", 123}};
    for (const auto &[n, v] : names) {
        if (name == QLatin1StringView(n))
            return v;
    }
    return -1;
}

bool portsOf(const QJsonArray &elements, QList<IptablesPortRange> *out)
{
    for (const QJsonValue &raw : elements) {
        const QJsonValue e = unwrapElem(raw);
        IptablesPortRange r;
        if (e.isDouble()) {
            r.first = r.last = quint16(e.toInt());
        } else if (e.isString()) {
            const int service = serviceNumber(e.toString());
            if (service >= 0)
                r.first = r.last = quint16(service);
            else if (!IptablesNames::parsePortRange(e.toString(), &r))
                return false;
        } else if (e.toObject().contains(QLatin1String("range"))) {
            const QJsonArray a = e.toObject().value(QLatin1String("range")).toArray();
            if (!a.at(0).isDouble() || !a.at(1).isDouble())
                return false;
            r.first = quint16(a.at(0).toInt());
            r.last = quint16(a.at(1).toInt());
        } else {
            return false;
        }
        out->append(r);
    }
    return !out->isEmpty();
}

QStringList stringsOf(const QJsonArray &elements)
{
    QStringList out;
    for (const QJsonValue &raw : elements) {
        const QJsonValue e = unwrapElem(raw);
        out << (e.isDouble() ? QString::number(e.toInt()) : e.toString());
    }
    return out;
}

// TCP flags as "syn,ack": from a list, or "syn|ack" as the plain-text listing writes a combination.
QString flagText(const QJsonArray &elements)
{
    QStringList out;
    for (const QJsonValue &raw : elements) {
        const QJsonValue e = unwrapElem(raw);
        if (e.isObject() && e.toObject().contains(QLatin1String("|")))
            out << flagText(e.toObject().value(QLatin1String("|")).toArray());
        else
            out << (e.isDouble() ? QString::number(e.toInt()) : e.toString())
                       .replace(QLatin1Char('|'), QLatin1Char(','));
    }
    return out.join(QLatin1Char(','));
}

// A relational op on a port becomes a range: "tcp dport < 1024".
bool comparisonRange(const QString &op, const QJsonValue &right, IptablesPortRange *r)
{
    if (!right.isDouble())
        return false;
    const int v = right.toInt();
    if (op == QLatin1String("<"))
        *r = {0, quint16(std::max(0, v - 1))};
    else if (op == QLatin1String("<="))
        *r = {0, quint16(v)};
    else if (op == QLatin1String(">"))
        *r = {quint16(std::min(65535, v + 1)), 65535};
    else if (op == QLatin1String(">="))
        *r = {quint16(v), 65535};
    else
        return false;
    return true;
}

class RuleLowering
{
public:
    RuleLowering(const QString &family, const QString &table, const Sets &sets, IptablesRule *rule)
        : m_family(family),
          m_table(table),
          m_sets(sets),
          r(rule)
    { }

    void expression(const QJsonValue &v)
    {
        const QJsonObject o = v.toObject();
        const QString key = o.isEmpty() ? QString() : o.begin().key();
        const QJsonValue val = o.value(key);
        if (key == QLatin1String("match"))
            match(val.toObject());
        else if (key == QLatin1String("accept"))
            verdict(Action::Accept, key);
        else if (key == QLatin1String("drop"))
            verdict(Action::Drop, key);
        else if (key == QLatin1String("reject"))
            verdict(Action::Reject, key);
        else if (key == QLatin1String("return"))
            verdict(Action::Return, key);
        else if (key == QLatin1String("continue"))
            verdict(Action::Continue, key);
        else if (key == QLatin1String("jump") || key == QLatin1String("goto")) {
            if (!m_verdictSet) {
                verdict(key == QLatin1String("jump") ? Action::Jump : Action::Goto, key);
                r->target = val.toObject().value(QLatin1String("target")).toString();
            }
        } else if (key == QLatin1String("notrack"))
            verdict(Action::NoTrack, key);
        else if (key == QLatin1String("counter") || key == QLatin1String("log") || key == QLatin1String("mangle")
                 || key == QLatin1String("set") || key == QLatin1String("map") || key == QLatin1String("comment"))
            return; // no effect on whether the packet passes
        else if (key == QLatin1String("limit") || key == QLatin1String("quota") || key == QLatin1String("xt")
                 || key == QLatin1String("meter") || key == QLatin1String("connlimit")
                 || key == QLatin1String("numgen"))
            unknown(NftablesJson::Tr::tr("%1 is not modelled").arg(key));
        else {
            // vmap, queue, fwd, dnat, tproxy, synproxy, ...: a verdict LB Doctor does not follow.
            verdict(Action::Unknown, key.isEmpty() ? QStringLiteral("?") : key);
        }
    }

private:
    QString m_family;
    QString m_table;
    const Sets &m_sets;
    IptablesRule *r;
    bool m_verdictSet = false;

    void verdict(Action a, const QString &name)
    {
        // nft evaluates statements in order; once one verdict is set the rest are unreachable.
        if (m_verdictSet)
            return;
        m_verdictSet = true;
        r->action = a;
        r->target = name;
    }
    void unknown(const QString &reason) { r->matches.append(IptablesMatch::unknown(reason)); }
    void add(IptablesMatch m, bool negated)
    {
        m.negated = negated;
        r->matches.append(std::move(m));
    }
    void protocol(int number)
    {
        IptablesMatch m;
        m.kind = Kind::Protocol;
        m.protocols = {number};
        r->matches.append(m);
    }

    void match(const QJsonObject &mo)
    {
        const QString op = mo.value(QLatin1String("op")).toString();
        const QJsonValue left = mo.value(QLatin1String("left"));
        const QJsonValue right = mo.value(QLatin1String("right"));
        const bool negated = op == QLatin1String("!=");
        const bool equality = op == QLatin1String("==") || op == QLatin1String("in") || negated;
        // Rendered only for a problem message: rendering every match was a fifth of the time.
        const auto what = [&mo] { return render(QJsonObject{{QStringLiteral("match"), mo}}); };
        bool ok = true;
        const QJsonArray elements = elementsOf(right, m_family, m_table, m_sets, &ok);
        if (!ok) {
            unknown(NftablesJson::Tr::tr("set %1 is a map, a concatenation or missing").arg(right.toString()));
            return;
        }
        const QJsonObject lo = left.toObject();
        IptablesMatch m;
        if (lo.contains(QLatin1String("payload"))) {
            const QJsonObject p = lo.value(QLatin1String("payload")).toObject();
            const QString proto = p.value(QLatin1String("protocol")).toString();
            const QString field = p.value(QLatin1String("field")).toString();
            if (proto == QLatin1String("ip6") || proto == QLatin1String("icmpv6")) {
                m.kind = Kind::NotIpv4;
                add(m, false);
                return;
            }
            if (proto == QLatin1String("ip") && (field == QLatin1String("saddr") || field == QLatin1String("daddr"))
                && equality) {
                m.kind = field == QLatin1String("saddr") ? Kind::Source : Kind::Destination;
                if (!addressesOf(elements, &m.addresses))
                    return unknown(NftablesJson::Tr::tr("address %1 not understood").arg(what()));
                return add(m, negated);
            }
            if (proto == QLatin1String("ip") && field == QLatin1String("protocol") && equality) {
                for (const QString &s : stringsOf(elements))
                    m.protocols << IptablesNames::protocolNumber(s);
                if (m.protocols.contains(-1))
                    return unknown(NftablesJson::Tr::tr("protocol in %1 not understood").arg(what()));
                m.kind = Kind::Protocol;
                return add(m, negated);
            }
            static const std::pair<const char *, int> l4[] = {{"tcp", 6},    {"udp", 17},  {"udplite", 136},
                                                              {"sctp", 132}, {"dccp", 33}, {"th", -1}};
            for (const auto &[name, number] : l4) {
                if (proto != QLatin1StringView(name)
                    || (field != QLatin1String("dport") && field != QLatin1String("sport")))
                    continue;
                IptablesPortRange range;
                if (equality) {
                    if (!portsOf(elements, &m.ports))
                        return unknown(NftablesJson::Tr::tr("ports in %1 not understood").arg(what()));
                } else if (comparisonRange(op, right, &range)) {
                    m.ports = {range};
                } else {
                    return unknown(NftablesJson::Tr::tr("%1 is not modelled").arg(what()));
                }
                if (number >= 0)
                    protocol(number);
                m.kind = field == QLatin1String("dport") ? Kind::DestPort : Kind::SourcePort;
                return add(m, negated);
            }
            if (proto == QLatin1String("tcp") && field == QLatin1String("flags") && equality) {
                quint8 flags = 0;
                if (!IptablesNames::parseTcpFlags(flagText(elements), &flags))
                    return unknown(NftablesJson::Tr::tr("TCP flags in %1 not understood").arg(what()));
                protocol(6);
                m.kind = Kind::TcpFlags;
                // "tcp flags syn" tests bits; "tcp flags == syn" compares all of them.
                m.flagAny = op == QLatin1String("in");
                m.flagMask = m.flagAny ? flags : quint8(0xFF);
                m.flagCompare = flags;
                return add(m, negated);
            }
            if (proto == QLatin1String("icmp") && field == QLatin1String("type") && equality) {
                protocol(1);
                // Several types: true if the packet's type is among them.
                const QStringList types = stringsOf(elements);
                m.kind = Kind::IcmpType;
                m.icmpType = -2;
                for (const QString &t : types) {
                    int type = 0;
                    int a = 0;
                    int b = 0;
                    if (!IptablesNames::parseIcmpType(t, &type, &a, &b))
                        return unknown(NftablesJson::Tr::tr("ICMP type in %1 not understood").arg(what()));
                    m.icmpTypes << type;
                }
                return add(m, negated);
            }
            return unknown(NftablesJson::Tr::tr("%1 is not modelled").arg(what()));
        }
        if (lo.contains(QLatin1String("&"))) {
            const QJsonArray a = lo.value(QLatin1String("&")).toArray();
            const QJsonObject p = a.at(0).toObject().value(QLatin1String("payload")).toObject();
            if (p.value(QLatin1String("protocol")).toString() == QLatin1String("tcp")
                && p.value(QLatin1String("field")).toString() == QLatin1String("flags")
                && (op == QLatin1String("==") || negated)
                && IptablesNames::parseTcpFlags(flagText(elementsOf(a.at(1), m_family, m_table, m_sets, &ok)),
                                                &m.flagMask)
                && IptablesNames::parseTcpFlags(right.isDouble() && right.toInt() == 0 ? QStringLiteral("NONE")
                                                                                       : flagText(elements),
                                                &m.flagCompare)) {
                protocol(6);
                m.kind = Kind::TcpFlags;
                return add(m, negated);
            }
            return unknown(NftablesJson::Tr::tr("%1 is not modelled").arg(what()));
        }
        if (lo.contains(QLatin1String("meta"))) {
            const QString key = lo.value(QLatin1String("meta")).toObject().value(QLatin1String("key")).toString();
            const QStringList values = stringsOf(elements);
            if ((key == QLatin1String("iifname") || key == QLatin1String("iif") || key == QLatin1String("oifname")
                 || key == QLatin1String("oif"))
                && equality && values.size() == 1) {
                m.kind = key.startsWith(QLatin1Char('i')) ? Kind::InInterface : Kind::OutInterface;
                QString name = values.first();
                m.interfacePrefix = name.endsWith(QLatin1Char('*')) && !name.endsWith(QLatin1String("\\*"));
                if (m.interfacePrefix)
                    name.chop(1);
                m.interfaceName = name;
                return add(m, negated);
            }
            if (key == QLatin1String("l4proto") && equality) {
                for (const QString &s : values)
                    m.protocols << IptablesNames::protocolNumber(s);
                if (m.protocols.contains(-1))
                    return unknown(NftablesJson::Tr::tr("protocol in %1 not understood").arg(what()));
                m.kind = Kind::Protocol;
                return add(m, negated);
            }
            if ((key == QLatin1String("nfproto") || key == QLatin1String("protocol")) && equality) {
                const bool v4 = values.contains(QLatin1String("ipv4")) || values.contains(QLatin1String("ip"));
                m.kind = Kind::Protocol;
                m.protocols = {0};
                if (!v4)
                    m.kind = Kind::NotIpv4;
                return add(m, m.kind == Kind::Protocol && negated);
            }
            return unknown(NftablesJson::Tr::tr("%1 is not modelled").arg(what()));
        }
        if (lo.contains(QLatin1String("ct"))) {
            const QString key = lo.value(QLatin1String("ct")).toObject().value(QLatin1String("key")).toString();
            // No NAT is modelled, so a new connection is neither DNATed nor SNATed.
            if (key == QLatin1String("status") && equality) {
                const QStringList values = stringsOf(elements);
                if (std::all_of(values.begin(), values.end(), [](const QString &v) {
                        return v == QLatin1String("dnat") || v == QLatin1String("snat");
                    })) {
                    m.kind = Kind::State;
                    m.states = IptablesMatch::Dnat;
                    return add(m, negated);
                }
            }
            if (key == QLatin1String("state") && equality
                && IptablesNames::parseStates(stringsOf(elements).join(QLatin1Char(',')), &m.states)) {
                m.kind = Kind::State;
                return add(m, negated);
            }
            return unknown(NftablesJson::Tr::tr("%1 is not modelled").arg(what()));
        }
        if (lo.contains(QLatin1String("fib"))) {
            const QJsonObject fib = lo.value(QLatin1String("fib")).toObject();
            const QStringList flags = stringsOf(fib.value(QLatin1String("flags")).toArray());
            if (fib.value(QLatin1String("result")).toString() == QLatin1String("type")
                && flags == QStringList{QStringLiteral("daddr")} && equality) {
                m.kind = Kind::DstAddrType;
                for (const QString &s : stringsOf(elements))
                    m.addrTypes |= IptablesNames::addrTypeBits(s);
                return add(m, negated);
            }
            return unknown(NftablesJson::Tr::tr("%1 is not modelled").arg(what()));
        }
        unknown(NftablesJson::Tr::tr("%1 is not modelled").arg(what()));
    }
};

} // namespace

namespace NftablesJson {

IptablesRuleset fromArray(const QJsonArray &objects)
{
    IptablesRuleset rs;
    Sets sets;
    const auto findTable = [&](const QString &family, const QString &name) -> IptablesTable * {
        for (IptablesTable &t : rs.tables) {
            if (t.family == family && t.name == name)
                return &t;
        }
        IptablesTable t;
        t.family = family;
        t.name = name;
        t.committed = true;
        rs.tables.append(t);
        return &rs.tables.last();
    };
    // Sets first: rules may refer to a set listed after them.
    for (const QJsonValue &v : objects) {
        const QJsonObject o = v.toObject();
        const bool isMap = o.contains(QLatin1String("map"));
        if (!o.contains(QLatin1String("set")) && !isMap)
            continue;
        const QJsonObject s = o.value(isMap ? QLatin1String("map") : QLatin1String("set")).toObject();
        NamedSet set;
        set.elements = s.value(QLatin1String("elem")).toArray();
        set.usable = !isMap && s.value(QLatin1String("type")).isString();
        sets.insert(setKey(s.value(QLatin1String("family")).toString(), s.value(QLatin1String("table")).toString(),
                           s.value(QLatin1String("name")).toString()),
                    set);
    }
    for (const QJsonValue &v : objects) {
        const QJsonObject o = v.toObject();
        if (o.contains(QLatin1String("truncated"))) {
            rs.truncated = true;
            rs.problems << NftablesJson::Tr::tr("the listing is cut off: %1")
                               .arg(o.value(QLatin1String("truncated")).toString());
        } else if (o.contains(QLatin1String("table"))) {
            const QJsonObject t = o.value(QLatin1String("table")).toObject();
            findTable(t.value(QLatin1String("family")).toString(), t.value(QLatin1String("name")).toString());
        } else if (o.contains(QLatin1String("chain"))) {
            const QJsonObject c = o.value(QLatin1String("chain")).toObject();
            IptablesTable *table =
                findTable(c.value(QLatin1String("family")).toString(), c.value(QLatin1String("table")).toString());
            IptablesChain chain;
            chain.name = c.value(QLatin1String("name")).toString();
            chain.hook = c.value(QLatin1String("hook")).toString();
            chain.base = !chain.hook.isEmpty();
            chain.type = c.value(QLatin1String("type")).toString(QStringLiteral("filter"));
            chain.priority = priorityValue(c.value(QLatin1String("prio")));
            chain.device = c.value(QLatin1String("dev")).toString();
            const QString policy = c.value(QLatin1String("policy")).toString(QStringLiteral("accept"));
            chain.policy = policy == QLatin1String("drop") ? Action::Drop
                : policy == QLatin1String("accept")        ? Action::Accept
                                                           : Action::Unknown;
            if (!table->chains.contains(chain.name))
                table->chainOrder << chain.name;
            table->chains.insert(chain.name, chain);
        } else if (o.contains(QLatin1String("rule"))) {
            const QJsonObject ro = o.value(QLatin1String("rule")).toObject();
            const QString family = ro.value(QLatin1String("family")).toString();
            const QString tableName = ro.value(QLatin1String("table")).toString();
            IptablesTable *table = findTable(family, tableName);
            const QString chainName = ro.value(QLatin1String("chain")).toString();
            auto it = table->chains.find(chainName);
            if (it == table->chains.end()) {
                rs.problems << NftablesJson::Tr::tr("rule for chain %1, which is not listed").arg(chainName.left(64));
                IptablesChain chain;
                chain.name = chainName;
                table->chainOrder << chainName;
                it = table->chains.insert(chainName, chain);
            }
            IptablesRule rule;
            rule.handle = ro.value(QLatin1String("handle")).isDouble()
                ? QString::number(ro.value(QLatin1String("handle")).toInteger())
                : QString();
            rule.number = int(it->rules.size() + 1);
            const QJsonArray exprs = ro.value(QLatin1String("expr")).toArray();
            RuleLowering lowering(family, tableName, sets, &rule);
            // The nft text parser passes the rule as written; only JSON input needs it rendered.
            const bool hasText = ro.contains(QLatin1String("text"));
            QStringList parts;
            for (const QJsonValue &e : exprs) {
                lowering.expression(e);
                if (!hasText)
                    parts << render(e);
            }
            rule.text =
                hasText ? ro.value(QLatin1String("text")).toString() : parts.join(QLatin1Char(' ')).simplified();
            for (const QJsonValue &u : ro.value(QLatin1String("unknown")).toArray())
                rule.matches.append(IptablesMatch::unknown(u.toString()));
            if (ro.value(QLatin1String("unknownVerdict")).toBool() && rule.action == Action::Continue)
                rule.action = Action::Unknown;
            it->rules.append(rule);
            ++rs.ruleCount;
        }
    }
    return rs;
}

Result<IptablesRuleset> parse(QStringView text)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error{NftablesJson::Tr::tr("not valid JSON (%1 at offset %2)").arg(pe.errorString()).arg(pe.offset)};
    const QJsonValue list = doc.object().value(QLatin1String("nftables"));
    if (!list.isArray())
        return Error{
            NftablesJson::Tr::tr("JSON without an \"nftables\" array, so not the output of nft -j list ruleset")};
    return fromArray(list.toArray());
}

int recognize(QStringView text)
{
    const QStringView head = text.left(4096).trimmed();
    if (!head.startsWith(QLatin1Char('{')))
        return 0;
    if (head.contains(QLatin1String("\"nftables\"")))
        return head.contains(QLatin1String("\"metainfo\"")) || head.contains(QLatin1String("\"table\"")) ? 95 : 70;
    return 0;
}

} // namespace NftablesJson
