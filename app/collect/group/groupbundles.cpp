#include "groupbundles.h"

#include "collect/bundle/bundleanalysis.h"
#include "collect/bundle/bundleparser.h"
#include "core/stepid.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>

#include <functional>

namespace GroupBundleMatch {

QStringList ownAddresses(const QString &routesOutput)
{
    // `local 10.0.0.5 dev eth0 table local proto kernel scope host src 10.0.0.5`: the kernel's
    // own list of this host's addresses (Linux); loopback ones say nothing about which host.
    static const QRegularExpression local(QStringLiteral("^local\\s+([0-9A-Fa-f.:]+)\\s"),
                                          QRegularExpression::MultilineOption);
    QStringList out;
    for (auto it = local.globalMatch(routesOutput); it.hasNext();) {
        const QHostAddress address(it.next().captured(1));
        if (!address.isNull() && !address.isLoopback() && !out.contains(address.toString()))
            out << address.toString();
    }
    return out;
}

namespace {
QStringList hostAddresses(const ParsedBundle &bundle)
{
    QStringList out;
    for (const BundleSection &s : bundle.sectionsFor(StepId::Route)) {
        for (const QString &a : ownAddresses(s.output)) {
            if (!out.contains(a))
                out << a;
        }
    }
    return out;
}

// The file's name without folders and extensions: "10.0.0.5", "web-3".
QString baseName(const QString &fileName)
{
    QString base = QFileInfo(fileName).fileName();
    for (const QString &ext : {QStringLiteral(".txt"), QStringLiteral(".log"), QStringLiteral(".out")}) {
        if (base.endsWith(ext, Qt::CaseInsensitive))
            base.chop(ext.size());
    }
    return base;
}

QList<int> membersWhere(const QList<GroupMember> &members, const std::function<bool(const GroupMember &)> &test)
{
    QList<int> out;
    for (int i = 0; i < members.size(); ++i) {
        if (test(members.at(i)))
            out << i;
    }
    return out;
}

struct Match
{
    QList<int> members;
    QString how; // "its addresses", "its host name", "its file name"
};

Match match(const ParsedBundle &bundle, const QString &fileName, const QList<GroupMember> &members)
{
    const QStringList owned = hostAddresses(bundle);
    if (const QList<int> byAddress =
            membersWhere(members, [&](const GroupMember &m) { return owned.contains(m.row.address.toString()); });
        !byAddress.isEmpty())
        return {byAddress, Tr::tr("the addresses its host owns")};
    if (!bundle.host.isEmpty() && bundle.host != QStringLiteral("unknown")) {
        if (const QList<int> byHost = membersWhere(members,
                                                   [&](const GroupMember &m) {
                                                       return !m.row.name.isEmpty()
                                                           && m.row.name.compare(bundle.host, Qt::CaseInsensitive) == 0;
                                                   });
            !byHost.isEmpty())
            return {byHost, Tr::tr("its host name")};
    }
    const QString base = baseName(fileName);
    const QList<int> byFile = membersWhere(members, [&](const GroupMember &m) {
        return base == m.row.address.toString()
            || (!m.row.name.isEmpty() && base.compare(m.row.name, Qt::CaseInsensitive) == 0);
    });
    return {byFile, Tr::tr("its file name")};
}

QString describe(const ParsedBundle &bundle)
{
    const QStringList owned = hostAddresses(bundle);
    return owned.isEmpty() ? Tr::tr("host \"%1\", no address in its routes").arg(bundle.host)
                           : Tr::tr("host \"%1\", addresses %2").arg(bundle.host, owned.join(QStringLiteral(", ")));
}
} // namespace

GroupBundles assign(const QList<NamedBundle> &bundles, const QList<GroupMember> &members)
{
    GroupBundleMatcher matcher(members);
    for (const NamedBundle &b : bundles)
        matcher.add(b);
    return matcher.result();
}

} // namespace GroupBundleMatch

void GroupBundleMatcher::add(const NamedBundle &b)
{
    const ParsedBundle parsed = BundleParser::parse(b.text);
    if (!parsed.hasMarkers) {
        m_result.problems << GroupBundleMatch::Tr::tr(
                                 "%1 is not the output of the collection bundle (no === LBDOCTOR markers): left out")
                                 .arg(b.name);
        return;
    }
    const auto m = GroupBundleMatch::match(parsed, b.name, m_members);
    if (m.members.isEmpty()) {
        m_result.problems << GroupBundleMatch::Tr::tr(
                                 "%1 matches no backend of the group (%2): name the file after the backend's "
                                 "address (10.0.0.5.txt) or give the backend that name in the list")
                                 .arg(b.name, GroupBundleMatch::describe(parsed));
        return;
    }
    for (int index : m.members) {
        if (m_fileOf.contains(index)) {
            m_result.problems << GroupBundleMatch::Tr::tr("%1 and %2 are both from %3: %1 is used")
                                     .arg(m_fileOf.value(index), b.name, m_members.at(index).row.endpoint());
            continue;
        }
        m_fileOf.insert(index, b.name);
        const BundleResult result =
            BundleAnalysis::analyze(parsed, m_members.at(index).context, QStringLiteral("bundle"));
        MemberEvidence e;
        e.source = GroupBundleMatch::Tr::tr("bundle %1 (matched by %2)").arg(b.name, m.how);
        e.findings = result.findings;
        e.notes = result.notes;
        m_result.members.insert(index, e);
    }
}
