#pragma once

#include "core/group/grouprunner.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// A collection bundle's output as one file among many: its name as the user gave it, its text.
struct NamedBundle
{
    QString name;
    QString text;
};

// Which backend each bundle came from, and what it says about that backend.
struct GroupBundles
{
    QHash<int, MemberEvidence> members; // by the member's index in the group
    QStringList problems; // one sentence each: a file that is no bundle, matches no backend, ...
};

// Gives each backend of a group the bundle collected on it. A bundle belongs to the backends
// whose address the host itself owns (the `local` routes of `ip route show table all`), else to
// the backends whose name is the host name the script saw (uname -n), else to those whose
// address or name is the file's name ("10.0.0.5.txt", "web-3.txt"). Several backends on one
// address (other ports) share that host's bundle, each analyzed for its own port. Pure: no I/O.
namespace GroupBundleMatch {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GroupBundleMatch)
};

GroupBundles assign(const QList<NamedBundle> &bundles, const QList<GroupMember> &members);
// The addresses the host of a bundle owns, from its route section (empty when it has none).
QStringList ownAddresses(const QString &routesOutput);
} // namespace GroupBundleMatch

// The same, one bundle at a time, so a folder of a thousand bundles is never all in memory.
class GroupBundleMatcher
{
public:
    explicit GroupBundleMatcher(const QList<GroupMember> &members) : m_members(members) { }
    void add(const NamedBundle &bundle);
    void addProblem(const QString &problem) { m_result.problems << problem; }
    const GroupBundles &result() const { return m_result; }

private:
    QList<GroupMember> m_members;
    GroupBundles m_result;
    QHash<int, QString> m_fileOf; // the bundle each member got, to name a second one
};
