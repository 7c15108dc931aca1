#include "iptableslisting.h"

#include "core/inputchannel.h"

#include "iptablesmodel.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

// Two listings of one table: which one holds is not known.
QString listedTwice(const QString &table)
{
    return (InputChannel::commandLine()
                ? IptablesListing::Tr::tr(
                    "the %1 table is listed twice; give one listing per table, or the output of iptables-save instead")
                : IptablesListing::Tr::tr(
                    "the %1 table is listed twice; paste one listing per table, or run iptables-save instead"))
        .arg(table);
}

// Each table's built-in chains, in the order `iptables -S` prints their policies.
struct TableChains
{
    const char *table;
    QStringList chains;
};

const QList<TableChains> &tableChains()
{
    static const QList<TableChains> tables{
        {"filter", {QStringLiteral("INPUT"), QStringLiteral("FORWARD"), QStringLiteral("OUTPUT")}},
        {"raw", {QStringLiteral("PREROUTING"), QStringLiteral("OUTPUT")}},
        {"mangle",
         {QStringLiteral("PREROUTING"), QStringLiteral("INPUT"), QStringLiteral("FORWARD"), QStringLiteral("OUTPUT"),
          QStringLiteral("POSTROUTING")}},
        {"nat",
         {QStringLiteral("PREROUTING"), QStringLiteral("INPUT"), QStringLiteral("OUTPUT"),
          QStringLiteral("POSTROUTING")}},
    };
    return tables;
}

const QStringList &hookOrder()
{
    static const QStringList order{QStringLiteral("PREROUTING"), QStringLiteral("INPUT"), QStringLiteral("FORWARD"),
                                   QStringLiteral("OUTPUT"), QStringLiteral("POSTROUTING")};
    return order;
}

// The table whose built-in chains were listed. A listing of some of filter's chains only
// (`iptables -nvL INPUT`) is filter, the table iptables lists by default; the rest go to `missing`.
QString tableOf(const QStringList &policies, QStringList *missing)
{
    for (const TableChains &t : tableChains()) {
        if (t.chains == policies)
            return QLatin1StringView(t.table);
    }
    const QStringList &filter = tableChains().first().chains;
    if (policies.isEmpty()
        || !std::all_of(policies.begin(), policies.end(), [&](const QString &c) { return filter.contains(c); }))
        return {};
    for (const QString &c : filter) {
        if (!policies.contains(c))
            *missing << QStringLiteral("filter ") + c;
    }
    return QStringLiteral("filter");
}

} // namespace

namespace IptablesListing {

bool isRulesListing(QStringView text)
{
    bool policy = false;
    for (QStringView line : text.left(64 * 1024).split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1String("-P ")))
            policy = true;
        else if (!line.startsWith(QLatin1String("-N ")) && !line.startsWith(QLatin1String("-A ")))
            return false;
    }
    return policy;
}

Converted rulesToSave(QStringView text)
{
    Converted out;
    struct Section
    {
        QStringList policies; // chain names in order
        QStringList declarations;
        QStringList rules;
    };
    QList<Section> sections;
    bool inPolicies = false;
    qsizetype lastRank = -1;
    for (QStringView line : text.split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QList<QStringView> words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.first() == QLatin1String("-P") && words.size() >= 3) {
            // Policies open each table's listing, in hook order.
            const qsizetype rank = hookOrder().indexOf(words[1].toString());
            if (!inPolicies || rank <= lastRank)
                sections.append(Section{});
            lastRank = rank;
            inPolicies = true;
            sections.last().policies << words[1].toString();
            sections.last().declarations
                << QStringLiteral(":%1 %2 [0:0]").arg(words[1].toString(), words[2].toString());
            continue;
        }
        inPolicies = false;
        if (sections.isEmpty()) {
            out.error = (InputChannel::commandLine()
                             ? IptablesListing::Tr::tr(
                                 "the iptables -S output starts without its -P policy lines; give all of it")
                             : IptablesListing::Tr::tr(
                                 "the iptables -S output starts without its -P policy lines; paste all of it"));
            return out;
        }
        if (words.first() == QLatin1String("-N") && words.size() >= 2)
            sections.last().declarations << QStringLiteral(":%1 - [0:0]").arg(words[1].toString());
        else
            sections.last().rules << line.toString();
    }
    QSet<QString> seen;
    for (const Section &s : std::as_const(sections)) {
        const QString table = tableOf(s.policies, &out.missingChains);
        if (table.isEmpty()) {
            out.error =
                IptablesListing::Tr::tr(
                    "the policies of chains %1 match no iptables table, so the table of these rules is not known; run iptables-save instead")
                    .arg(s.policies.join(QStringLiteral(", ")));
            out.save.clear();
            return out;
        }
        if (seen.contains(table)) {
            out.error = listedTwice(table);
            out.save.clear();
            return out;
        }
        seen.insert(table);
        out.tables << table;
        out.save +=
            QLatin1Char('*') + table + QLatin1Char('\n') + s.declarations.join(QLatin1Char('\n')) + QLatin1Char('\n');
        for (const QString &r : s.rules)
            out.save += r + QLatin1Char('\n');
        out.save += QStringLiteral("COMMIT\n");
    }
    return out;
}

bool isListListing(QStringView text)
{
    static const QRegularExpression chain(QStringLiteral("^Chain \\S+ \\((policy \\S+|\\d+ references)"),
                                          QRegularExpression::MultilineOption);
    return chain.match(text.left(64 * 1024)).hasMatch();
}

namespace {

// A marker the iptables-save parser turns into an undecidable match with `what` as the reason.
QString hidden(const QString &what, const QString &tool)
{
    QString quoted = what;
    quoted.replace(QLatin1Char('"'), QLatin1Char('\''));
    return QStringLiteral(" -m lbdoctor-listing --hides \"%1\" --tool %2").arg(quoted.left(120), tool);
}

bool isAnyAddress(const QString &value)
{
    return value == QLatin1String("0.0.0.0/0") || value == QLatin1String("::/0") || value == QLatin1String("anywhere");
}

// An address column, possibly negated ("!2600:2d00:1:1::/64").
bool isAddressColumn(QString value)
{
    if (value.startsWith(QLatin1Char('!')))
        value = value.mid(1);
    return isAnyAddress(value) || bool(AddressRange::parse(value));
}

QString flagNames(uint bits)
{
    static const char *const names[] = {"FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR"};
    QStringList out;
    for (int i = 0; i < 8; ++i) {
        if (bits & (1u << i))
            out << QLatin1StringView(names[i]);
    }
    return out.isEmpty() ? QStringLiteral("NONE") : out.join(QLatin1Char(','));
}

// An address column: "0.0.0.0/0", "100.64.0.0/10", "10.0.0.1", "!10.0.0.0/8"; "anywhere" (no -n).
QString addressOption(const QString &option, QString value, const QString &tool)
{
    QString neg;
    if (value.startsWith(QLatin1Char('!'))) {
        neg = QStringLiteral(" !");
        value = value.mid(1);
    }
    if (isAnyAddress(value))
        return neg.isEmpty() ? QString() : hidden(value, tool);
    if (!AddressRange::parse(value))
        return hidden(IptablesListing::Tr::tr("the addresses as numbers (iptables -L without -n prints names)"), tool);
    return neg + QLatin1Char(' ') + option + QLatin1Char(' ') + value;
}

QString portOption(const QString &option, const QString &value)
{
    // "dpt:80", "dpt:!80", "dpts:1000:2000"
    QString v = value.section(QLatin1Char(':'), 1);
    QString neg;
    if (v.startsWith(QLatin1Char('!'))) {
        neg = QStringLiteral(" !");
        v = v.mid(1);
    }
    return neg + QLatin1Char(' ') + option + QLatin1Char(' ') + v;
}

// The extra column: the matches in their list form, then the target's options.
QString extrasToSave(const QStringList &w, const QString &target, bool *isGoto, const QString &tool)
{
    QString out;
    QStringList unread;
    qsizetype i = 0;
    bool neg = false;
    const auto negation = [&]() {
        const QString n = neg ? QStringLiteral(" !") : QString();
        neg = false;
        return n;
    };
    while (i < w.size()) {
        const QString t = w[i];
        if (t == QLatin1String("!")) {
            neg = true;
            ++i;
        } else if (t == QLatin1String("[goto]")) {
            *isGoto = true;
            ++i;
        } else if (t == QLatin1String("/*")) {
            while (i < w.size() && w[i] != QLatin1String("*/"))
                ++i;
            ++i;
        } else if ((t == QLatin1String("tcp") || t == QLatin1String("udp")) && i + 1 < w.size()) {
            out += QStringLiteral(" -m ") + t;
            ++i;
            while (i < w.size()) {
                const QString o = w[i];
                if (o.startsWith(QLatin1String("dpt:")) || o.startsWith(QLatin1String("dpts:")))
                    out += portOption(QStringLiteral("--dport"), o);
                else if (o.startsWith(QLatin1String("spt:")) || o.startsWith(QLatin1String("spts:")))
                    out += portOption(QStringLiteral("--sport"), o);
                else if (t == QLatin1String("tcp") && o.startsWith(QLatin1String("flags:"))) {
                    QString v = o.mid(6);
                    QString n;
                    if (v.startsWith(QLatin1Char('!'))) {
                        n = QStringLiteral(" !");
                        v = v.mid(1);
                    }
                    bool ok1 = false, ok2 = false;
                    const uint mask = v.section(QLatin1Char('/'), 0, 0).toUInt(&ok1, 16);
                    const uint comp = v.section(QLatin1Char('/'), 1).toUInt(&ok2, 16);
                    if (!ok1 || !ok2)
                        unread << o;
                    else
                        out +=
                            n + QStringLiteral(" --tcp-flags ") + flagNames(mask) + QLatin1Char(' ') + flagNames(comp);
                } else
                    break;
                ++i;
            }
        } else if (t == QLatin1String("multiport") && i + 2 < w.size()) {
            const QString which = w[i + 1];
            i += 2;
            QString n = negation();
            if (w[i] == QLatin1String("!")) {
                n = QStringLiteral(" !");
                ++i;
            }
            QString list = i < w.size() ? w[i] : QString();
            // "multiport dports  !80,443": the negation sticks to the list.
            if (list.startsWith(QLatin1Char('!'))) {
                n = QStringLiteral(" !");
                list = list.mid(1);
            }
            if (!list.isEmpty()
                && (which == QLatin1String("dports") || which == QLatin1String("sports")
                    || which == QLatin1String("ports")))
                out += QStringLiteral(" -m multiport") + n + QStringLiteral(" --") + which + QLatin1Char(' ') + list;
            else
                unread << QStringLiteral("multiport ") + which;
            ++i;
        } else if ((t == QLatin1String("ctstate") || t == QLatin1String("state")) && i + 1 < w.size()) {
            out += t == QLatin1String("state")
                ? QStringLiteral(" -m state") + negation() + QStringLiteral(" --state ") + w[i + 1]
                : QStringLiteral(" -m conntrack") + negation() + QStringLiteral(" --ctstate ") + w[i + 1];
            i += 2;
        } else if ((t == QLatin1String("source") || t == QLatin1String("destination")) && i + 3 < w.size()
                   && w[i + 1] == QLatin1String("IP") && w[i + 2] == QLatin1String("range")) {
            i += 3;
            QString n;
            if (w[i] == QLatin1String("!")) {
                n = QStringLiteral(" !");
                ++i;
            }
            if (i < w.size())
                out += QStringLiteral(" -m iprange") + n
                    + (t == QLatin1String("source") ? QStringLiteral(" --src-range ") : QStringLiteral(" --dst-range "))
                    + w[i];
            ++i;
        } else if (t == QLatin1String("icmptype") && i + 1 < w.size()) {
            QString type = w[i + 1];
            i += 2;
            if (i + 1 < w.size() && w[i] == QLatin1String("code")) {
                type += QLatin1Char('/') + w[i + 1];
                i += 2;
            }
            out += QStringLiteral(" -m icmp") + negation() + QStringLiteral(" --icmp-type ") + type;
        } else if (t == QLatin1String("ipv6-icmptype") && i + 1 < w.size()) {
            // ip6tables: "ipv6-icmptype 128", "ipv6-icmptype 1 code 4"
            QString type = w[i + 1];
            i += 2;
            if (i + 1 < w.size() && w[i] == QLatin1String("code")) {
                type += QLatin1Char('/') + w[i + 1];
                i += 2;
            }
            out += QStringLiteral(" -m icmp6") + negation() + QStringLiteral(" --icmpv6-type ") + type;
        } else if (t == QLatin1String("ADDRTYPE") && i + 2 < w.size() && w[i + 1] == QLatin1String("match")) {
            i += 2;
            out += QStringLiteral(" -m addrtype");
            while (i < w.size()
                   && (w[i].startsWith(QLatin1String("src-type")) || w[i].startsWith(QLatin1String("dst-type"))
                       || w[i] == QLatin1String("!"))) {
                if (w[i] == QLatin1String("!")) {
                    out += QStringLiteral(" !");
                    ++i;
                    continue;
                }
                const QString opt = w[i].left(8);
                out += QStringLiteral(" --") + opt + QLatin1Char(' ') + w[i + 1 < w.size() ? i + 1 : i];
                i += 2;
            }
        } else if ((target == QLatin1String("REJECT") && t == QLatin1String("reject-with")) || t == target
                   || (target == QLatin1String("CT") && t == QLatin1String("CT"))) {
            // The target's own options close the line.
            if (target == QLatin1String("CT") && w.mid(i).contains(QLatin1String("notrack")))
                out += QStringLiteral(" -j CT --notrack");
            break;
        } else {
            unread << w.mid(i).join(QLatin1Char(' '));
            break;
        }
    }
    if (!unread.isEmpty())
        out += hidden(IptablesListing::Tr::tr("a match exactly (it prints \"%1\")").arg(unread.join(QLatin1Char(' '))),
                      tool);
    return out;
}

} // namespace

Converted listToSave(QStringView text, const QString &tool)
{
    Converted out;
    struct Chain
    {
        QString name;
        QString policy; // empty for a user chain
        QStringList rules;
    };
    QList<QList<Chain>> tables; // a table's listing starts with a built-in chain after a user chain
    QList<int> columns; // header: index of target, prot, opt, in, out, source, destination
    bool verbose = false;
    bool numbered = false;
    bool lastWasUser = true;
    qsizetype lastRank = -1;
    static const QRegularExpression chainLine(QStringLiteral("^Chain (\\S+) \\((?:policy (\\S+)|\\d+ references)"));
    for (QStringView lineView : text.split(QLatin1Char('\n'))) {
        const QString line = lineView.trimmed().toString();
        // Comments, and the "# Warning: iptables-legacy tables present" lines of iptables-nft.
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QRegularExpressionMatch m = chainLine.match(line);
        if (m.hasMatch()) {
            const bool builtin = !m.captured(2).isEmpty();
            // iptables lists a table's built-in chains in hook order, then its user chains.
            const qsizetype rank = hookOrder().indexOf(m.captured(1));
            if (tables.isEmpty() || (builtin && (lastWasUser || rank <= lastRank)))
                tables.append(QList<Chain>{});
            lastWasUser = !builtin;
            if (builtin)
                lastRank = rank;
            tables.last().append({m.captured(1), m.captured(2), {}});
            continue;
        }
        QStringList w = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (w.contains(QLatin1String("target")) && w.contains(QLatin1String("prot"))) {
            verbose = w.contains(QLatin1String("in"));
            numbered = w.first() == QLatin1String("num");
            continue;
        }
        if (tables.isEmpty()) {
            out.error = InputChannel::commandLine()
                ? IptablesListing::Tr::tr("the iptables -L output starts without a Chain line; give all of it")
                : IptablesListing::Tr::tr("the iptables -L output starts without a Chain line; paste all of it");
            return out;
        }
        // num pkts bytes target prot opt in out source destination extras; target may be blank.
        qsizetype k = (numbered ? 1 : 0) + (verbose ? 2 : 0);
        const auto isOpt = [](const QString &o) {
            return o == QLatin1String("--") || o == QLatin1String("-f") || o == QLatin1String("!f");
        };
        // ip6tables before 1.8.9 leaves the opt column blank: put it back where the source column
        // is found ([target] prot [in out] source).
        const qsizetype beforeSource = verbose ? 3 : 1;
        if (!(k + 2 < w.size() && isOpt(w[k + 2])) && !(k + 1 < w.size() && isOpt(w[k + 1]))) {
            for (const qsizetype protAt : {k + 1, k}) {
                if (protAt + beforeSource < w.size() && isAddressColumn(w[protAt + beforeSource])
                    && protAt + beforeSource + 1 < w.size() && isAddressColumn(w[protAt + beforeSource + 1])) {
                    w.insert(protAt + 1, QStringLiteral("--"));
                    break;
                }
            }
        }
        QString target;
        if (k + 2 < w.size() && isOpt(w[k + 2]))
            target = w[k++];
        else if (!(k + 1 < w.size() && isOpt(w[k + 1]))) {
            out.error = IptablesListing::Tr::tr("line not understood as iptables -L output: %1").arg(line.left(80));
            return out;
        }
        const qsizetype need = k + 4 + (verbose ? 2 : 0);
        if (w.size() < need) {
            out.error = IptablesListing::Tr::tr("line not understood as iptables -L output: %1").arg(line.left(80));
            return out;
        }
        Chain &chain = tables.last().last();
        QString rule = QStringLiteral("-A ") + chain.name;
        QString prot = w[k++];
        const QString opt = w[k++];
        QString in, outIf;
        if (verbose) {
            in = w[k++];
            outIf = w[k++];
        }
        const QString source = w[k++];
        const QString destination = w[k++];
        rule +=
            addressOption(QStringLiteral("-s"), source, tool) + addressOption(QStringLiteral("-d"), destination, tool);
        if (!verbose)
            rule += hidden(IptablesListing::Tr::tr("the rule's interfaces (iptables -L without -v prints none)"), tool);
        for (const auto &[option, value] :
             {std::pair{QStringLiteral("-i"), in}, std::pair{QStringLiteral("-o"), outIf}}) {
            if (value.isEmpty() || value == QLatin1String("*"))
                continue;
            rule += value.startsWith(QLatin1Char('!'))
                ? QString(QStringLiteral(" ! ") + option + QLatin1Char(' ') + value.mid(1))
                : QString(QLatin1Char(' ') + option + QLatin1Char(' ') + value);
        }
        if (prot != QLatin1String("0") && prot != QLatin1String("all"))
            rule += prot.startsWith(QLatin1Char('!')) ? QStringLiteral(" ! -p ") + prot.mid(1)
                                                      : QStringLiteral(" -p ") + prot;
        if (opt == QLatin1String("-f"))
            rule += QStringLiteral(" -f");
        else if (opt == QLatin1String("!f"))
            rule += QStringLiteral(" ! -f");
        bool isGoto = false;
        rule += extrasToSave(w.mid(k), target, &isGoto, tool);
        if (!target.isEmpty() && !rule.contains(QLatin1String(" -j CT ")))
            rule += (isGoto ? QStringLiteral(" -g ") : QStringLiteral(" -j ")) + target;
        chain.rules << rule;
    }
    QSet<QString> seen;
    for (const QList<Chain> &chains : std::as_const(tables)) {
        QStringList builtins;
        for (const Chain &c : chains) {
            if (!c.policy.isEmpty())
                builtins << c.name;
        }
        const QString table = tableOf(builtins, &out.missingChains);
        if (table.isEmpty() || seen.contains(table)) {
            out.error = table.isEmpty()
                ? IptablesListing::Tr::tr(
                      "the built-in chains %1 match no iptables table (a listing of one chain?), so the table of these rules is not known; run iptables-save instead")
                      .arg(builtins.join(QStringLiteral(", ")))
                : listedTwice(table);
            out.save.clear();
            return out;
        }
        seen.insert(table);
        out.tables << table;
        out.save += QLatin1Char('*') + table + QLatin1Char('\n');
        for (const Chain &c : chains)
            out.save +=
                QStringLiteral(":%1 %2 [0:0]\n").arg(c.name, c.policy.isEmpty() ? QStringLiteral("-") : c.policy);
        for (const Chain &c : chains) {
            for (const QString &r : c.rules)
                out.save += r + QLatin1Char('\n');
        }
        out.save += QStringLiteral("COMMIT\n");
    }
    return out;
}

} // namespace IptablesListing
