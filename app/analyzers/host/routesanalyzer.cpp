#include "routesanalyzer.h"

#include "analyzers/evidencetext.h"
#include "analyzers/firewall/rangeverdicts.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace {

const QSet<QString> &routeTypes()
{
    static const QSet<QString> types{QStringLiteral("unicast"),   QStringLiteral("local"),
                                     QStringLiteral("broadcast"), QStringLiteral("multicast"),
                                     QStringLiteral("blackhole"), QStringLiteral("unreachable"),
                                     QStringLiteral("prohibit"),  QStringLiteral("throw"),
                                     QStringLiteral("nat"),       QStringLiteral("anycast")};
    return types;
}

std::optional<AddressRange> destination(const QString &text, IpFamily hint)
{
    if (text == QStringLiteral("default"))
        return AddressRange::everything(hint);
    if (text.contains(QLatin1Char('/')))
        return AddressRange::parse(text).toOptional();
    const QHostAddress a(text);
    if (a.isNull())
        return std::nullopt;
    return AddressRange::fromAddress(a);
}

// One line of `ip route` / `ip -6 route` / `ip route show table all`, already split into `t`
// (the caller has the fields: splitting each line twice was a third of the time of a long table).
std::optional<RouteEntry> parseIpRoute(const QStringList &t, const QString &line)
{
    if (t.isEmpty())
        return std::nullopt;
    RouteEntry r;
    r.line = line.trimmed();
    qsizetype i = 0;
    if (routeTypes().contains(t.at(0))) {
        r.type = t.at(0);
        ++i;
    }
    if (i >= t.size())
        return std::nullopt;
    const QString dest = t.at(i++);
    IpFamily family = dest.contains(QLatin1Char(':')) ? IpFamily::V6 : IpFamily::V4;
    bool hasDevOrVia = false;
    for (; i < t.size(); ++i) {
        const QString &key = t.at(i);
        const QString value = t.value(i + 1);
        if (key == QStringLiteral("via")) {
            QString gw = value;
            if (gw == QStringLiteral("inet") || gw == QStringLiteral("inet6")) {
                gw = t.value(i + 2);
                ++i;
            }
            // A long table repeats one gateway on every line: parse its text once.
            thread_local QString lastText;
            thread_local QHostAddress lastAddress;
            if (gw != lastText) {
                lastAddress = QHostAddress(gw);
                lastText = gw;
            }
            r.gateway = lastAddress;
            if (r.gateway.isNull())
                return std::nullopt;
            if (r.gateway.protocol() == QAbstractSocket::IPv6Protocol)
                family = IpFamily::V6;
            hasDevOrVia = true;
            ++i;
        } else if (key == QStringLiteral("dev")) {
            r.device = value;
            hasDevOrVia = true;
            ++i;
        } else if (key == QStringLiteral("src")) {
            r.source = QHostAddress(value);
            ++i;
        } else if (key == QStringLiteral("metric")) {
            r.metric = value.toInt();
            ++i;
        } else if (key == QStringLiteral("table")) {
            r.table = value;
            ++i;
        } else if (key == QStringLiteral("onlink")) {
            r.onlink = true;
        } else if (key == QStringLiteral("proto") || key == QStringLiteral("scope") || key == QStringLiteral("pref")
                   || key == QStringLiteral("expires") || key == QStringLiteral("mtu")
                   || key == QStringLiteral("advmss") || key == QStringLiteral("linkdown")
                   || key == QStringLiteral("weight") || key == QStringLiteral("realm")) {
            if (key != QStringLiteral("linkdown"))
                ++i;
        }
    }
    if (!hasDevOrVia && r.type == QStringLiteral("unicast"))
        return std::nullopt;
    const auto d = destination(dest, family);
    if (!d)
        return std::nullopt;
    r.destination = *d;
    return r;
}

// One line of net-tools `route -n`: Destination Gateway Genmask Flags Metric Ref Use Iface.
std::optional<RouteEntry> parseRouteN(const QStringList &t, const QString &line)
{
    if (t.size() < 8)
        return std::nullopt;
    const auto range = AddressRange::parse(QString(t.at(0) + QLatin1Char('/') + t.at(2)));
    const QHostAddress gw(t.at(1));
    if (!range || gw.isNull())
        return std::nullopt;
    RouteEntry r;
    r.line = line.trimmed();
    r.destination = *range;
    if (t.at(3).contains(QLatin1Char('G')))
        r.gateway = gw;
    if (t.at(3).contains(QLatin1Char('!')))
        r.type = QStringLiteral("unreachable");
    r.metric = t.at(4).toInt();
    r.device = t.at(7);
    return r;
}

// One line of Windows `route print` (IPv4 "Active Routes"): destination, mask, gateway, interface, metric.
std::optional<RouteEntry> parseRoutePrint(const QStringList &t, const QString &line)
{
    if (t.size() != 5)
        return std::nullopt;
    const auto range = AddressRange::parse(QString(t.at(0) + QLatin1Char('/') + t.at(1)));
    if (!range || QHostAddress(t.at(3)).isNull())
        return std::nullopt;
    RouteEntry r;
    r.line = line.trimmed();
    r.destination = *range;
    const QHostAddress gw(t.at(2));
    if (!gw.isNull())
        r.gateway = gw;
    else if (t.at(2).compare(QStringLiteral("On-link"), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    r.device = t.at(3);
    r.metric = t.at(4).toInt();
    return r;
}

QString prefixLength(const AddressRange &r)
{
    const QStringList cidrs = r.toCidrs();
    return cidrs.size() == 1 ? cidrs.constFirst() : r.toString();
}

int prefixOf(const AddressRange &r)
{
    const QString c = prefixLength(r);
    const qsizetype slash = c.indexOf(QLatin1Char('/'));
    return slash < 0 ? (r.family() == IpFamily::V4 ? 32 : 128) : c.mid(slash + 1).toInt();
}

} // namespace

bool RouteEntry::isDefault() const
{
    return destination == AddressRange::everything(destination.family());
}

bool RouteEntry::inMainTable() const
{
    return table.isEmpty() || table == QStringLiteral("main") || table == QStringLiteral("254");
}

bool RouteEntry::discards() const
{
    return type == QStringLiteral("blackhole") || type == QStringLiteral("unreachable")
        || type == QStringLiteral("prohibit");
}

QString RoutesAnalyzer::description() const
{
    return RoutesAnalyzer::tr("the routing table (ip route, route -n or route print)");
}

RoutesAnalyzer::Parsed RoutesAnalyzer::parse(QStringView text)
{
    Parsed p;
    bool routeN = false;
    bool windows = false;
    bool windowsActive = false;
    for (const QString &line : EvidenceText::lines(text)) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || EvidenceText::isCollectorNote(line) || trimmed.startsWith(QLatin1String("[stderr]"))
            || EvidenceText::isComment(line))
            continue;
        ++p.lines;
        if (trimmed.startsWith(QLatin1String("Kernel IP routing table"))
            || trimmed.startsWith(QLatin1String("Destination "))) {
            routeN = true;
            --p.lines;
            continue;
        }
        if (trimmed.startsWith(QLatin1String("IPv4 Route Table"))
            || trimmed.startsWith(QLatin1String("Interface List"))) {
            windows = true;
            --p.lines;
            continue;
        }
        if (windows) {
            if (trimmed.startsWith(QLatin1String("Active Routes")))
                windowsActive = true;
            else if (trimmed.startsWith(QLatin1String("Persistent Routes"))
                     || trimmed.startsWith(QLatin1String("IPv6 Route Table")))
                windowsActive = false;
            --p.lines; // Windows prints many lines that are not routes
            if (windowsActive) {
                if (auto r = parseRoutePrint(EvidenceText::fields(trimmed), trimmed)) {
                    p.routes << *r;
                    ++p.lines;
                }
            }
            continue;
        }
        const QStringList t = EvidenceText::fields(trimmed);
        if (routeN) {
            if (auto r = parseRouteN(t, trimmed)) {
                p.routes << *r;
                continue;
            }
        }
        if (t.value(0) == QStringLiteral("nexthop") && !p.routes.isEmpty()) {
            // A multipath route's first hop stands for the route.
            const QString hopLine = QStringLiteral("0.0.0.0/0 ") + trimmed.mid(8);
            if (auto hop = parseIpRoute(EvidenceText::fields(hopLine), hopLine);
                hop && p.routes.last().gateway.isNull()) {
                p.routes.last().gateway = hop->gateway;
                if (p.routes.last().device.isEmpty())
                    p.routes.last().device = hop->device;
            }
            --p.lines;
            continue;
        }
        if (auto r = parseIpRoute(t, trimmed))
            p.routes << std::move(*r);
    }
    p.format = windows ? QStringLiteral("route print")
        : routeN       ? QStringLiteral("route -n")
                       : QStringLiteral("ip route");
    return p;
}

int RoutesAnalyzer::recognize(QStringView text) const
{
    if (EvidenceText::looksBinary(text))
        return 0;
    const Parsed p = parse(EvidenceText::recognitionHead(text));
    if (p.routes.isEmpty() || p.lines == 0)
        return 0;
    if (p.format != QStringLiteral("ip route"))
        return 95;
    return p.routes.size() * 10 >= p.lines * 7 ? 85 : 20;
}

namespace {

// The IPv4 routes of the main table that decide where a health-check reply goes, and what the
// checks below find about them.
struct ReturnPath
{
    bool windows = false;
    QList<RouteEntry> main; // unicast and discarding routes of the main table
    QStringList otherTables; // policy routing: tables besides main with unicast routes
    QList<RouteEntry> defaults; // lowest metric first
    QString primary; // the NIC replies should leave through
    QString primaryWhy;
    QList<QPair<Status, QString>> problems;
    QStringList removals; // commands deleting specific routes that send replies astray
    qsizetype specificProblems = 0;
    bool coveredWithoutDefault = false; // specific routes on the primary NIC cover the whole health-check range

    const RouteEntry *defaultRoute() const { return defaults.isEmpty() ? nullptr : &defaults.constFirst(); }

    const RouteEntry *connectedTo(const QHostAddress &a, const QString &device) const
    {
        for (const RouteEntry &r : main) {
            if (r.isConnected() && !r.isDefault() && r.destination.contains(a)
                && (device.isEmpty() || r.device == device))
                return &r;
        }
        return nullptr;
    }
};

ReturnPath mainTable(const QList<RouteEntry> &routes, bool windows)
{
    ReturnPath rp;
    rp.windows = windows;
    for (const RouteEntry &r : routes) {
        if (r.destination.family() != IpFamily::V4)
            continue; // health checks arrive over IPv4
        if (!r.inMainTable()) {
            if (r.type == QStringLiteral("unicast") && !rp.otherTables.contains(r.table))
                rp.otherTables << r.table;
            continue;
        }
        if (r.type == QStringLiteral("unicast") || r.discards())
            rp.main << r;
    }
    for (const RouteEntry &r : std::as_const(rp.main)) {
        if (r.isDefault())
            rp.defaults << r;
    }
    std::stable_sort(rp.defaults.begin(), rp.defaults.end(),
                     [](const RouteEntry &a, const RouteEntry &b) { return a.metric < b.metric; });
    return rp;
}

// The primary NIC: the one holding the backend's address, else the target's interface name,
// else whatever the default route uses.
void findPrimaryNic(ReturnPath &rp, const Target &target)
{
    const QHostAddress backend = target.address;
    if (!backend.isNull() && !backend.isLoopback()) {
        if (rp.windows && std::any_of(rp.main.cbegin(), rp.main.cend(), [&](const RouteEntry &r) {
                return QHostAddress(r.device) == backend;
            })) {
            rp.primary = backend.toString();
            rp.primaryWhy = RoutesAnalyzer::tr("the interface with the backend address");
        } else {
            for (const RouteEntry &r : std::as_const(rp.main)) {
                if (r.isConnected() && r.source == backend)
                    rp.primary = r.device;
            }
            if (rp.primary.isEmpty())
                if (const RouteEntry *r = rp.connectedTo(backend, {}))
                    rp.primary = r->device;
        }
        if (!rp.primary.isEmpty() && rp.primaryWhy.isEmpty())
            rp.primaryWhy = RoutesAnalyzer::tr("%1 holds the backend address %2").arg(rp.primary, backend.toString());
    }
    if (rp.primary.isEmpty() && !rp.windows && std::any_of(rp.main.cbegin(), rp.main.cend(), [&](const RouteEntry &r) {
            return r.device == target.interfaceName;
        })) {
        rp.primary = target.interfaceName;
        rp.primaryWhy = RoutesAnalyzer::tr("%1 is the primary NIC given for this check").arg(rp.primary);
    }
    if (rp.primary.isEmpty() && rp.defaultRoute()) {
        rp.primary = rp.defaultRoute()->device;
        rp.primaryWhy = RoutesAnalyzer::tr("taken from the default route");
    }
}

void checkDefaultRoute(ReturnPath &rp, QStringList *evidence)
{
    const RouteEntry *def = rp.defaultRoute();
    if (!def)
        return;
    *evidence << def->line;
    if (def->discards())
        rp.problems << qMakePair(
            Status::Fail, RoutesAnalyzer::tr("the default route is a %1 route: replies are discarded").arg(def->type));
    else if (def->gateway.isNull())
        rp.problems << qMakePair(
            Status::Warn,
            RoutesAnalyzer::tr("the default route has no gateway (%1): in a VPC it should point to the subnet gateway")
                .arg(def->line));
    else if (!def->onlink && !rp.connectedTo(def->gateway, rp.windows ? QString() : def->device))
        rp.problems << qMakePair(
            Status::Fail,
            RoutesAnalyzer::tr("the default gateway %1 is not on a connected subnet of %2: the route cannot work")
                .arg(def->gateway.toString(), def->device));
    if (!rp.primary.isEmpty() && def->device != rp.primary)
        rp.problems << qMakePair(
            Status::Fail,
            RoutesAnalyzer::tr(
                "the default route leaves through %1, not the primary NIC %2: replies to the health check take another path")
                .arg(def->device, rp.primary));
    if (rp.defaults.size() > 1)
        *evidence
            << RoutesAnalyzer::tr("%1 default routes; the one with the lowest metric wins").arg(rp.defaults.size());
}

// The return path for every address of the health-check CIDRs: the most specific route wins.
void checkHealthCheckRanges(ReturnPath &rp, const RangeSet &universe, QStringList *evidence)
{
    if (universe.isEmpty())
        return;
    QList<RouteEntry> specific;
    for (const RouteEntry &r : std::as_const(rp.main)) {
        // overlaps() per range instead of a RangeSet intersection: no allocation per route.
        if (!r.isDefault()
            && std::any_of(universe.ranges().cbegin(), universe.ranges().cend(),
                           [&](const AddressRange &u) { return u.overlaps(r.destination); }))
            specific << r;
    }
    std::stable_sort(specific.begin(), specific.end(), [](const RouteEntry &a, const RouteEntry &b) {
        return prefixOf(a.destination) > prefixOf(b.destination);
    });
    RangeVerdicts path(universe);
    for (const RouteEntry &r : std::as_const(specific)) {
        const bool wrong = r.discards() || (!rp.primary.isEmpty() && r.device != rp.primary);
        const RangeSet decided = path.decide(
            RangeSet(r.destination), wrong ? RangeDecision::Verdict::Blocked : RangeDecision::Verdict::Allowed, r.line);
        if (decided.isEmpty())
            continue;
        if (wrong && !rp.windows)
            rp.removals << QStringLiteral("ip route del ") + (r.discards() ? r.type + QLatin1Char(' ') : QString())
                    + ShellQuote::quote(Shell::Posix, prefixLength(r.destination))
                    + (r.device.isEmpty() ? QString()
                                          : QStringLiteral(" dev ") + ShellQuote::quote(Shell::Posix, r.device));
        if (wrong)
            ++rp.specificProblems;
        if (r.discards())
            rp.problems << qMakePair(Status::Fail,
                                     RoutesAnalyzer::tr("replies to %1 of the health-check range are discarded (%2)")
                                         .arg(decided.toString(), r.line));
        else if (wrong)
            rp.problems << qMakePair(
                Status::Fail,
                RoutesAnalyzer::tr(
                    "replies to %1 of the health-check range leave through %2, not the primary NIC %3 (%4): an asymmetric return path")
                    .arg(decided.toString(), r.device, rp.primary, r.line));
        else
            *evidence << RoutesAnalyzer::tr("%1 of the health-check range returns through %2 (%3)")
                             .arg(decided.toString(), r.device, r.line);
    }
    if (!rp.defaultRoute() && !path.undecided().isEmpty())
        *evidence
            << RoutesAnalyzer::tr("no route at all for %1 of the health-check range").arg(path.undecided().toString());
    rp.coveredWithoutDefault = !rp.defaultRoute() && path.undecided().isEmpty();
}

// Notes that do not change the verdict but point at the next thing to check.
QStringList policyNotes(const ReturnPath &rp)
{
    QStringList notes;
    if (!rp.otherTables.isEmpty())
        notes
            << RoutesAnalyzer::tr(
                   "routing tables besides main: %1 (policy routing: check `ip rule` if health checks arrive on another NIC)")
                   .arg(rp.otherTables.join(QStringLiteral(", ")));
    QStringList nics;
    for (const RouteEntry &r : rp.main) {
        if (r.isConnected() && !nics.contains(r.device) && r.device != QStringLiteral("lo")
            && !QHostAddress(r.device).isLoopback())
            nics << r.device;
    }
    if (nics.size() > 1)
        notes
            << RoutesAnalyzer::tr(
                   "%1 NICs with connected subnets (%2): with strict rp_filter, checks arriving on the other NIC are dropped (see the kernel settings step)")
                   .arg(nics.size())
                   .arg(nics.join(QStringLiteral(", ")));
    return notes;
}

} // namespace

Finding RoutesAnalyzer::analyzeText(const AnalyzerInput &input) const
{
    const Parsed p = parse(input.text);
    if (p.routes.isEmpty())
        return EvidenceText::unreadable(
            step(), kind(), input.text,
            RoutesAnalyzer::tr("unknown, because the text is not a routing table (ip route, route -n or route print)"));
    const RunContext &c = input.context;
    Finding f = Finding::make(step(), Status::Pass, {});
    f.kind = kind();

    ReturnPath rp = mainTable(p.routes, p.format == QStringLiteral("route print"));
    findPrimaryNic(rp, c.target);
    if (!rp.primaryWhy.isEmpty())
        f.evidence << RoutesAnalyzer::tr("primary NIC: %1 (%2)").arg(rp.primary, rp.primaryWhy);
    checkDefaultRoute(rp, &f.evidence);
    checkHealthCheckRanges(rp, RangeSet::fromCidrs(c.healthCheckCidrs()), &f.evidence);
    const RouteEntry *def = rp.defaultRoute();
    if (!def && !rp.coveredWithoutDefault)
        rp.problems.prepend(qMakePair(
            Status::Fail,
            RoutesAnalyzer::tr(
                "there is no default route: replies to health-check addresses outside the local subnets have no way back")));
    f.evidence << policyNotes(rp);

    Status worst = Status::Pass;
    QStringList texts;
    for (const auto &pr : std::as_const(rp.problems)) {
        worst = qMax(worst, pr.first);
        texts << pr.second;
    }
    f.status = worst;
    if (texts.isEmpty()) {
        f.summary = def
            ? RoutesAnalyzer::tr(
                  "the default route points to %1 on %2, a gateway on a connected subnet; health-check replies leave the way they came")
                  .arg(def->gateway.toString(), def->device)
            : RoutesAnalyzer::tr("no default route, but routes on the primary NIC cover the whole health-check range");
        return f;
    }
    f.summary = texts.join(QStringLiteral("; "));
    f.fix = EvidenceText::guidanceFix(c, step());
    const bool defaultProblem = rp.problems.size() > rp.specificProblems;
    if (!rp.windows && defaultProblem)
        f.commands = EvidenceText::guidanceCommands(c, step(), Shell::Posix);
    f.commands << rp.removals;
    return f;
}

LBDOCTOR_REGISTER_ANALYZER(RoutesAnalyzer)
