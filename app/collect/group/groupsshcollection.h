#pragma once

#include "collect/ssh/sshcollector.h"
#include "core/group/grouprunner.h"

#include <QList>
#include <QObject>
#include <QPointer>

// Collects the bundle of every backend of a group over SSH with the system's OpenSSH client,
// a few connections at a time, in batch mode (keys and ssh-agent; no prompt can appear for a
// hundred hosts). The destination is a template: `admin@{ip}`, `{name}`, `ops@{ip}:2222`.
// Backends on one address (other ports) share one connection; each is analyzed for its own port.
class GroupSshCollection : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QString destination; // a template with {ip} or {name}
        QStringList options; // -o KEY=VALUE for every connection
        BundleOs os = BundleOs::Linux;
        int timeLimitMs = SshCollector::defaultTimeLimitMs;
        int captureSeconds = 0;
        int parallel = defaultParallel;
    };
    static constexpr int defaultParallel = 8;

    GroupSshCollection(const QList<GroupMember> &members, const Settings &settings, QObject *parent = nullptr);

    // The template names every backend ({ip} or {name}) and yields a valid destination.
    static Result<void> validTemplate(const QString &destination);
    // The destination of one backend, or why there is none (no name for {name}).
    static Result<SshDestination> destinationFor(const QString &destination, const TargetRow &row);

    void start();
    void cancel();
    bool isRunning() const { return !m_active.isEmpty() || m_next < m_hosts.size(); }

signals:
    void memberCollected(int index, const MemberEvidence &evidence);
    void progress(int hostsDone, int hostsTotal);
    void finished();

private:
    struct Host
    {
        SshDestination destination;
        QList<int> members;
    };
    void fill();
    void collected(int host, const SshCollector::Result &result);

    QList<GroupMember> m_members;
    Settings m_settings;
    QList<Host> m_hosts;
    QList<QPointer<SshCollector>> m_active;
    int m_next = 0;
    int m_done = 0;
    bool m_cancelled = false;
};
