#pragma once

#include "targetlist.h"

#include "core/finding.h"
#include "core/runcontext.h"
#include "core/step.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <optional>

class GroupLane;
class QThread;

// What one backend's own evidence (its bundle, or what SSH collected from it) said, before the
// probes ran: a finding per backend-side step, and what the collection wants the user to know.
struct MemberEvidence
{
    QString source; // "bundle web-3.txt", "ssh admin@10.0.0.5"; empty: none given
    QList<Finding> findings;
    QStringList notes; // problems of the collection ("ssh: permission denied", a cut bundle)
    bool isEmpty() const { return source.isEmpty() && findings.isEmpty() && notes.isEmpty(); }
};

// One backend of a group run: its row, its own context (the run's, with this backend's address
// and ports), its own evidence, and once checked its findings in plan order.
struct GroupMember
{
    enum class State { Waiting, Running, Done, Stopped };
    TargetRow row;
    RunContext context;
    MemberEvidence evidence;
    QList<Finding> findings;
    State state = State::Waiting;
    qint64 elapsedMs = -1;
};

// Checks a whole server group: each backend runs the plan through its own Runner, as a single
// check would, but no more than `concurrency` probe connections are in flight at once (a
// backend's TCP and HTTP probes run together and count two; each is given back as soon as its
// probe is over, so a backend that only hangs in HTTP holds one). No thread per backend: the
// Runners run on this thread's event loop (asynchronous sockets), or with setThreads(n) on n
// worker threads (GroupLane), while the bound and the members stay here; a backend's runner is
// deleted as soon as it is done, so memory grows with the findings only.
class GroupRunner : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultConcurrency = 256;
    static constexpr int maxConcurrency = 10000;
    static constexpr int launchesPerTurn = 16; // backends started per turn of the event loop

    GroupRunner(const RunContext &base, const QList<Step> &plan, const QList<TargetRow> &rows,
                QObject *parent = nullptr);
    ~GroupRunner() override;

    // The run's context with the row's address and ports.
    static RunContext contextFor(const RunContext &base, const TargetRow &row);

    void setConcurrency(int connections);
    // Worker threads for the backends' runners (1: this thread only, the default). More than one
    // spreads a large group's CPU over the cores; takes effect at the next start().
    void setThreads(int threads);
    int concurrency() const { return m_concurrency; }
    // Connections one backend uses at once: its probe steps (at least one).
    int costPerBackend() const { return m_cost; }
    int connectionsInFlight() const { return m_inFlight; }
    // Evidence every backend analyzes for itself (the imported load balancer status).
    void setEvidence(const QString &stepId, const Evidence &evidence);
    // Evidence of one backend only (its bundle, its SSH collection); shared evidence of the same
    // step outranks it.
    void setMemberEvidence(int index, const MemberEvidence &evidence);

    void start();
    void cancel(); // stops what is in flight; the rest stays unchecked
    // The members of a finished run (a saved group reopened): shown, not run again until start().
    void restore(const QList<GroupMember> &members, qint64 elapsedMs);
    bool isRunning() const { return !m_held.isEmpty() || (m_started && m_next < m_members.size() && !m_stopped); }

    const QList<Step> &plan() const { return m_plan; }
    const RunContext &baseContext() const { return m_base; }
    const QList<GroupMember> &members() const { return m_members; }
    int doneCount() const { return m_done; }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : m_restoredElapsedMs; }

signals:
    void backendStarted(int index);
    void backendFinished(int index);
    void progress(int done, int total);
    void finished();

private:
    void fill();
    void launch(int index);
    void probeFinished(int index, quint64 generation);
    void complete(int index, quint64 generation, const QList<Finding> &findings, qint64 elapsedMs, bool completed);
    std::optional<Finding> evidenceRequest(const Step &step, const RunContext &context);
    void setUpLanes();
    void stopLanes();

    RunContext m_base;
    QList<Step> m_plan;
    QList<GroupMember> m_members;
    QHash<QString, Evidence> m_evidence;
    QList<GroupLane *> m_lanes; // the first lives on this thread, or one per worker thread
    QList<QThread *> m_threads;
    int m_threadCount = 1;
    quint64 m_generation = 0; // one per start()
    QHash<int, int> m_held; // the running backends: connections each still holds
    QHash<QString, Finding> m_requests; // "run this and paste it", by step, ports and family
    QSet<QString> m_probeSteps;
    int m_concurrency = defaultConcurrency;
    int m_cost = 1;
    int m_inFlight = 0;
    int m_next = 0;
    int m_done = 0;
    bool m_started = false;
    bool m_stopped = false;
    bool m_filling = false;
    bool m_fillQueued = false;
    int m_launchBudget = launchesPerTurn; // launches left until the event loop turns
    QElapsedTimer m_clock;
    qint64 m_restoredElapsedMs = 0;
};
