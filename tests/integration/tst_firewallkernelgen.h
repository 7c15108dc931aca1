#pragma once

// Random netfilter rulesets for the kernel differential test, rendered both as iptables-save
// input and as an nft script with the same meaning. Only features the analyzers model are drawn,
// so every sample has a decided verdict the kernel can confirm or refute. Rules on the way out
// (raw/mangle/filter OUTPUT, mangle POSTROUTING) see the replies: the health-check address is
// their destination, the server's port their source port. The IPv6 rendering (toIptablesSave with
// v6) maps each IPv4 address a.b.c.d of a rule into 2600:2d00:1:b029::a.b.c.d (prefix + 96), so
// the same random shapes cut Google Cloud's IPv6 health-check range. With `icmpOut`, rules on the
// way out also match ICMP (the port unreachable of a closed port, the echo reply).
#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <random>

class FirewallRuleGen
{
public:
    struct Rule
    {
        int src = 0; // 0 none, 1 CIDR, 2 range
        bool srcNeg = false;
        quint32 srcA = 0, srcB = 0;
        int prefix = 32;
        int proto = 0; // 0, 6, 17
        int ports = 0; // 0 none, 1 single, 2 range, 3 list
        bool portNeg = false;
        QList<std::pair<int, int>> portList;
        QString iface;
        bool ifaceNeg = false;
        int states = 0; // 0 none, else index into stateSets
        bool stateNeg = false;
        int syn = 0; // 0 none, 1 --syn, 2 ! --syn, 3 SYN,ACK SYN,ACK, 4 ACK,PSH ACK,PSH, 5 ALL ACK
        int icmp = 0; // proto ICMP only: 0 any type, 1 port unreachable, 2 destination unreachable, 3 echo reply
        bool out = false; // a rule on the way out: -d for the peer, --sport, -o
        int dst = 0; // 0 none, 1 the server, 2 another address
        bool dstNeg = false;
        QString target; // ACCEPT DROP REJECT RETURN LOG NOTRACK JUMP GOTO
        int reject = 0;
        int chain = 0; // user chain index for JUMP/GOTO
    };
    struct Ruleset
    {
        bool policyDrop = false;
        bool outputPolicyDrop = false;
        QList<Rule> raw, manglePre, mangleIn, input;
        QList<Rule> rawOut, mangleOut, output, manglePost;
        QList<QList<Rule>> user;
    };

    explicit FirewallRuleGen(quint32 seed, bool icmpOut = false) : rng(seed), withIcmpOut(icmpOut) { }

    Ruleset next()
    {
        Ruleset r;
        r.policyDrop = chance(50);
        const int userCount = pick(0, 3);
        for (int u = 0; u < userCount; ++u) {
            QList<Rule> rules;
            const int n = pick(1, 4);
            for (int i = 0; i < n; ++i)
                rules << rule(Where::User, u, userCount);
            r.user << rules;
        }
        const int n = pick(1, 7);
        for (int i = 0; i < n; ++i)
            r.input << rule(Where::Input, -1, userCount);
        if (chance(30))
            for (int i = 0, m = pick(1, 2); i < m; ++i)
                r.raw << rule(Where::Raw, -1, 0);
        if (chance(20))
            r.manglePre << rule(Where::Mangle, -1, 0);
        if (chance(20))
            r.mangleIn << rule(Where::Mangle, -1, 0);
        // The shapes of issue 12: stateless allows, ESTABLISHED accepts first, OUTPUT policies.
        r.outputPolicyDrop = chance(35);
        if (chance(35))
            r.input.prepend(established());
        if (chance(r.outputPolicyDrop ? 50 : 20))
            r.output << established(true);
        if (chance(50))
            for (int i = 0, m = pick(1, 4); i < m; ++i)
                r.output << rule(Where::Output, -1, 0);
        if (chance(15))
            for (int i = 0, m = pick(1, 2); i < m; ++i)
                r.rawOut << rule(Where::RawOut, -1, 0);
        if (chance(10))
            r.mangleOut << rule(Where::MangleOut, -1, 0);
        if (chance(10))
            r.manglePost << rule(Where::MangleOut, -1, 0);
        return r;
    }

    static QString toIptablesSave(const Ruleset &r, bool v6 = false)
    {
        QString s = "*raw\n:PREROUTING ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n";
        for (const Rule &x : r.raw)
            s += iptRule("PREROUTING", x, v6);
        for (const Rule &x : r.rawOut)
            s += iptRule("OUTPUT", x, v6);
        s +=
            "COMMIT\n*mangle\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n:POSTROUTING ACCEPT [0:0]\n";
        for (const Rule &x : r.manglePre)
            s += iptRule("PREROUTING", x, v6);
        for (const Rule &x : r.mangleIn)
            s += iptRule("INPUT", x, v6);
        for (const Rule &x : r.mangleOut)
            s += iptRule("OUTPUT", x, v6);
        for (const Rule &x : r.manglePost)
            s += iptRule("POSTROUTING", x, v6);
        s += QString("COMMIT\n*filter\n:INPUT %1 [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT %2 [0:0]\n")
                 .arg(r.policyDrop ? "DROP" : "ACCEPT", r.outputPolicyDrop ? "DROP" : "ACCEPT");
        for (int u = 0; u < r.user.size(); ++u)
            s += QString(":U%1 - [0:0]\n").arg(u);
        for (const Rule &x : r.input)
            s += iptRule("INPUT", x, v6);
        for (const Rule &x : r.output)
            s += iptRule("OUTPUT", x, v6);
        for (int u = 0; u < r.user.size(); ++u)
            for (const Rule &x : r.user[u])
                s += iptRule(QString("U%1").arg(u), x, v6);
        return s + "COMMIT\n";
    }

    static QString toNft(const Ruleset &r)
    {
        QString s = "table ip lbd {\n";
        const auto chain = [&](const QString &name, const QString &head, const QList<Rule> &rules) {
            s += "  chain " + name + " {\n";
            if (!head.isEmpty())
                s += "    " + head + "\n";
            for (const Rule &x : rules)
                s += "    " + nftRule(x) + "\n";
            s += "  }\n";
        };
        chain("rawpre", "type filter hook prerouting priority -300; policy accept;", r.raw);
        chain("manglepre", "type filter hook prerouting priority -150; policy accept;", r.manglePre);
        chain("manglein", "type filter hook input priority -150; policy accept;", r.mangleIn);
        chain("input", QString("type filter hook input priority 0; policy %1;").arg(r.policyDrop ? "drop" : "accept"),
              r.input);
        chain("rawout", "type filter hook output priority -300; policy accept;", r.rawOut);
        chain("mangleout", "type route hook output priority -150; policy accept;", r.mangleOut);
        chain("output",
              QString("type filter hook output priority 0; policy %1;").arg(r.outputPolicyDrop ? "drop" : "accept"),
              r.output);
        chain("manglepost", "type filter hook postrouting priority -150; policy accept;", r.manglePost);
        for (int u = 0; u < r.user.size(); ++u)
            chain(QString("U%1").arg(u), {}, r.user[u]);
        return s + "}\n";
    }

private:
    enum class Where { Raw, Mangle, Input, User, RawOut, MangleOut, Output };
    std::mt19937 rng;
    bool withIcmpOut = false;

    int pick(int a, int b) { return a + int(rng() % quint32(b - a + 1)); }
    bool chance(int percent) { return pick(1, 100) <= percent; }

    static const QStringList &stateSets()
    {
        static const QStringList sets{"",        "NEW",       "ESTABLISHED,RELATED", "NEW,UNTRACKED",
                                      "INVALID", "UNTRACKED", "NEW,ESTABLISHED"};
        return sets;
    }

    // "-m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT", now and then limited to the port.
    Rule established(bool out = false)
    {
        Rule x;
        x.out = out;
        x.states = 2;
        x.target = "ACCEPT";
        if (chance(25)) {
            x.proto = 6;
            x.ports = 1;
            x.portList = {{8080, 0}};
        }
        return x;
    }

    Rule rule(Where where, int userIndex, int userCount)
    {
        Rule x;
        x.out = where == Where::RawOut || where == Where::MangleOut || where == Where::Output;
        const quint32 base = QHostAddress("100.64.0.0").toIPv4Address();
        const int s = pick(0, 9);
        if (s <= 5) {
            x.src = 1;
            x.prefix = chance(15) ? 8 : pick(10, 30);
            const quint32 mask = x.prefix == 0 ? 0 : ~quint32(0) << (32 - x.prefix);
            const quint32 addr = x.prefix == 8 ? QHostAddress(chance(50) ? "100.0.0.0" : "10.0.0.0").toIPv4Address()
                                               : (base + (rng() & 0x003FFFFF)) & mask;
            x.srcA = addr;
        } else if (s <= 7) {
            x.src = 2;
            quint32 a = base + (rng() & 0x003FFFFF), b = base + (rng() & 0x003FFFFF);
            if (a > b)
                std::swap(a, b);
            x.srcA = a;
            x.srcB = b;
        }
        x.srcNeg = x.src && chance(25);
        x.proto = chance(55) ? (chance(85) ? 6 : 17) : 0;
        if (withIcmpOut && x.out && chance(30)) {
            x.proto = 1;
            x.icmp = pick(0, 3);
        }
        if (x.proto == 6 || x.proto == 17) {
            x.ports = pick(0, 3);
            static const int singles[] = {8080, 22, 8081, 80};
            static const std::pair<int, int> ranges[] = {
                {8000, 8100}, {1, 1024}, {8081, 9000}, {8079, 8080}, {7000, 8080}};
            if (x.ports == 1)
                x.portList = {{singles[pick(0, 3)], 0}};
            else if (x.ports == 2)
                x.portList = {ranges[pick(0, 4)]};
            else if (x.ports == 3)
                for (int i = 0, n = pick(2, 4); i < n; ++i)
                    x.portList << (chance(50) ? std::pair<int, int>{singles[pick(0, 3)], 0} : ranges[pick(0, 4)]);
            x.portNeg = x.ports && chance(20);
            if (x.proto == 6 && chance(x.out ? 25 : 20))
                x.syn = pick(1, 5);
        }
        if (chance(20)) {
            static const char *const names[] = {"eth0", "eth+", "lo", "docker0"};
            x.iface = names[pick(0, 3)];
            x.ifaceNeg = chance(40);
        }
        if (where != Where::Raw && where != Where::RawOut && chance(25)) {
            x.states = pick(1, int(stateSets().size()) - 1);
            x.stateNeg = chance(20);
        }
        if (chance(10)) {
            x.dst = pick(1, 2);
            x.dstNeg = chance(30);
        }
        QStringList targets{"ACCEPT", "DROP", "RETURN", "LOG"};
        if (where == Where::Input || where == Where::User || where == Where::Output)
            targets << "REJECT"
                    << "REJECT"
                    << "DROP";
        if (where == Where::Raw || where == Where::RawOut)
            targets << "NOTRACK"
                    << "NOTRACK";
        const int firstUser = where == Where::User ? userIndex + 1 : 0;
        if ((where == Where::Input || where == Where::User) && firstUser < userCount)
            targets << "JUMP"
                    << "JUMP"
                    << "GOTO";
        x.target = targets[pick(0, int(targets.size()) - 1)];
        x.reject = pick(0, 3);
        if (x.target == "JUMP" || x.target == "GOTO")
            x.chain = pick(firstUser, userCount - 1);
        return x;
    }

    static QString ip(quint32 a, bool v6 = false)
    {
        if (!v6)
            return QHostAddress(a).toString();
        return QString("2600:2d00:1:b029::%1:%2").arg(a >> 16, 0, 16).arg(a & 0xFFFF, 0, 16);
    }
    static QString portText(const std::pair<int, int> &p, const char *sep)
    {
        return p.second ? QString("%1%2%3").arg(p.first).arg(sep).arg(p.second) : QString::number(p.first);
    }

    static QString iptRule(const QString &chain, const Rule &x, bool v6)
    {
        QString s = "-A " + chain;
        const QString peer = x.out ? "-d" : "-s", host = x.out ? "-s" : "-d";
        if (x.src == 1)
            s += QString(x.srcNeg ? " ! %3 %1/%2" : " %3 %1/%2")
                     .arg(ip(x.srcA, v6))
                     .arg(x.prefix + (v6 ? 96 : 0))
                     .arg(peer);
        if (x.dst)
            s += v6 ? QString(x.dstNeg ? " ! %2 %1/128" : " %2 %1/128").arg(x.dst == 1 ? "fd31::1" : "fd31::9", host)
                    : QString(x.dstNeg ? " ! %2 %1/32" : " %2 %1/32").arg(x.dst == 1 ? "10.231.0.1" : "10.9.9.9", host);
        if (!x.iface.isEmpty())
            s += QString(x.ifaceNeg ? " ! %2 %1" : " %2 %1").arg(x.iface, x.out ? "-o" : "-i");
        if (x.proto == 1) {
            static const char *const v4Types[] = {"", " -m icmp --icmp-type 3/3", " -m icmp --icmp-type 3",
                                                  " -m icmp --icmp-type 0"};
            static const char *const v6Types[] = {"", " -m icmp6 --icmpv6-type 1/4", " -m icmp6 --icmpv6-type 1",
                                                  " -m icmp6 --icmpv6-type 129"};
            s += QString(v6 ? " -p ipv6-icmp" : " -p icmp") + (v6 ? v6Types : v4Types)[x.icmp];
        } else if (x.proto)
            s += x.proto == 6 ? " -p tcp" : " -p udp";
        if (x.src == 2)
            s += QString(" -m iprange%1 %4 %2-%3")
                     .arg(x.srcNeg ? " !" : "", ip(x.srcA, v6), ip(x.srcB, v6), x.out ? "--dst-range" : "--src-range");
        const QString l4 = x.proto == 6 ? "tcp" : "udp";
        if (x.ports == 1 || x.ports == 2 || x.syn) {
            s += " -m " + l4;
            if (x.ports == 1 || x.ports == 2)
                s += QString(x.portNeg ? " ! %2 %1" : " %2 %1")
                         .arg(portText(x.portList.first(), ":"), x.out ? "--sport" : "--dport");
            static const char *const flags[] = {"",
                                                " --syn",
                                                " ! --syn",
                                                " --tcp-flags SYN,ACK SYN,ACK",
                                                " --tcp-flags ACK,PSH ACK,PSH",
                                                " --tcp-flags ALL ACK"};
            s += flags[x.syn];
        }
        if (x.ports == 3) {
            QStringList parts;
            for (const auto &p : x.portList)
                parts << portText(p, ":");
            s += QString(" -m multiport%1 %3 %2")
                     .arg(x.portNeg ? " !" : "", parts.join(','), x.out ? "--sports" : "--dports");
        }
        if (x.states)
            s += QString(" -m conntrack%1 --ctstate %2").arg(x.stateNeg ? " !" : "", stateSets()[x.states]);
        static const char *const rejects4[] = {"tcp-reset", "icmp-port-unreachable", "icmp-host-unreachable",
                                               "icmp-admin-prohibited"};
        static const char *const rejects6[] = {"tcp-reset", "icmp6-port-unreachable", "icmp6-addr-unreachable",
                                               "icmp6-adm-prohibited"};
        const char *const *rejects = v6 ? rejects6 : rejects4;
        if (x.target == "JUMP")
            s += QString(" -j U%1").arg(x.chain);
        else if (x.target == "GOTO")
            s += QString(" -g U%1").arg(x.chain);
        else if (x.target == "REJECT")
            s += QString(" -j REJECT --reject-with %1")
                     .arg(x.proto == 6 || x.reject ? rejects[x.proto == 6 ? x.reject : x.reject] : rejects[1]);
        else if (x.target == "LOG")
            s += " -j LOG --log-prefix \"lbd \"";
        else if (x.target == "NOTRACK")
            s += " -j CT --notrack";
        else
            s += " -j " + x.target;
        // tcp-reset is only valid with -p tcp.
        if (x.target == "REJECT" && x.proto != 6)
            s.replace("tcp-reset", v6 ? "icmp6-port-unreachable" : "icmp-port-unreachable");
        return s + "\n";
    }

    static QString nftRule(const Rule &x)
    {
        QStringList s;
        const QString peer = x.out ? "daddr" : "saddr", host = x.out ? "saddr" : "daddr";
        if (x.src == 1)
            s << QString("ip %3 %1%2/%4").arg(x.srcNeg ? "!= " : "", ip(x.srcA), peer).arg(x.prefix);
        if (x.src == 2)
            s << QString("ip %4 %1%2-%3").arg(x.srcNeg ? "!= " : "", ip(x.srcA), ip(x.srcB), peer);
        if (x.dst)
            s << QString("ip %3 %1%2").arg(x.dstNeg ? "!= " : "", x.dst == 1 ? "10.231.0.1" : "10.9.9.9", host);
        if (!x.iface.isEmpty())
            s << QString("%3 %1\"%2\"")
                     .arg(x.ifaceNeg ? "!= " : "", QString(x.iface).replace('+', '*'), x.out ? "oifname" : "iifname");
        const QString l4 = x.proto == 6 ? "tcp" : "udp";
        if (x.proto && !x.ports)
            s << "meta l4proto " + l4;
        const QString port = x.out ? "sport" : "dport";
        if (x.ports == 1 || x.ports == 2)
            s << QString("%1 %4 %2%3").arg(l4, x.portNeg ? "!= " : "", portText(x.portList.first(), "-"), port);
        if (x.ports == 3) {
            QStringList parts;
            for (const auto &p : x.portList)
                parts << portText(p, "-");
            parts.removeDuplicates();
            s << QString("%1 %4 %2{ %3 }").arg(l4, x.portNeg ? "!= " : "", parts.join(", "), port);
        }
        static const char *const flags[] = {"",
                                            "tcp flags & (fin|syn|rst|ack) == syn",
                                            "tcp flags & (fin|syn|rst|ack) != syn",
                                            "tcp flags & (syn|ack) == syn|ack",
                                            "tcp flags & (ack|psh) == ack|psh",
                                            "tcp flags == ack"};
        if (x.syn)
            s << flags[x.syn];
        if (x.states) {
            const QString st = stateSets()[x.states].toLower();
            if (x.stateNeg)
                s << "ct state != " + st.section(',', 0, 0);
            else
                s << "ct state " + st;
        }
        static const char *const rejects[] = {"with tcp reset", "with icmp type port-unreachable",
                                              "with icmp type host-unreachable", "with icmp type admin-prohibited"};
        if (x.target == "JUMP")
            s << QString("jump U%1").arg(x.chain);
        else if (x.target == "GOTO")
            s << QString("goto U%1").arg(x.chain);
        else if (x.target == "REJECT")
            s << QString("reject %1").arg(x.proto == 6 ? rejects[x.reject] : rejects[std::max(1, x.reject)]);
        else if (x.target == "LOG")
            s << "log prefix \"lbd \"";
        else if (x.target == "NOTRACK")
            s << "notrack";
        else
            s << x.target.toLower();
        return s.join(' ');
    }
};
