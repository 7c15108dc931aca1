#pragma once

#include "targetlist.h"

#include "core/finding.h"
#include "core/runcontext.h"
#include "core/step.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>

class Runner;

// One backend of a group run: its row, its own context (the run's, with this backend's address
// and ports) and, once checked, its findings in plan order.
struct GroupMember
{
    enum class State { Waiting, Running, Done, Stopped };
    TargetRow row;
    RunContext context;
    QList<Finding> findings;
    State state = State::Waiting;
    qint64 elapsedMs = -1;
};

// Checks a whole server group: each backend runs the plan through its own Runner, as a single
// check would, but no more than `concurrency` probe connections are in flight at once (a
// backend's TCP and HTTP probes count two). No thread per backend: everything is asynchronous
// sockets on this thread's event loop; a backend's runner is deleted as soon as it is done, so
// memory grows with the findings only.
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
    int concurrency() const { return m_concurrency; }
    // Connections one backend uses at once: its probe steps (at least one).
    int costPerBackend() const { return m_cost; }
    // Evidence every backend analyzes for itself (the imported load balancer status).
    void setEvidence(const QString &stepId, const Evidence &evidence);

    void start();
    void cancel(); // stops what is in flight; the rest stays unchecked
    bool isRunning() const { return !m_running.isEmpty() || (m_started && m_next < m_members.size() && !m_stopped); }

    const QList<Step> &plan() const { return m_plan; }
    const RunContext &baseContext() const { return m_base; }
    const QList<GroupMember> &members() const { return m_members; }
    int doneCount() const { return m_done; }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }

signals:
    void backendStarted(int index);
    void backendFinished(int index);
    void progress(int done, int total);
    void finished();

private:
    void fill();
    void launch(int index);
    void complete(int index);

    RunContext m_base;
    QList<Step> m_plan;
    QList<GroupMember> m_members;
    QHash<QString, Evidence> m_evidence;
    QHash<int, Runner *> m_running;
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
};
