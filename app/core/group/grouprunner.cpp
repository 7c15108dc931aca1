#include "grouprunner.h"

#include "grouplane.h"

#include "core/evidencerequest.h"

#include <QThread>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace {
// Each connection is a file descriptor: lift the soft limit (often 1024) towards the hard one so
// a large --concurrency does not fail with "too many open files".
// Returns how many connections fit.
int allowDescriptors(int connections)
{
#ifdef Q_OS_UNIX
    constexpr rlim_t reserve = 128; // the process's own files, the event loop, Qt
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return connections;
    const rlim_t wanted = rlim_t(connections) + reserve;
    if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < wanted) {
        limit.rlim_cur = limit.rlim_max == RLIM_INFINITY ? wanted : std::min(wanted, limit.rlim_max);
        if (setrlimit(RLIMIT_NOFILE, &limit) != 0)
            getrlimit(RLIMIT_NOFILE, &limit);
    }
    if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < wanted)
        return std::max(1, int(limit.rlim_cur > reserve * 2 ? limit.rlim_cur - reserve : limit.rlim_cur / 2));
#endif
    return connections;
}
} // namespace

GroupRunner::GroupRunner(const RunContext &base, const QList<Step> &plan, const QList<TargetRow> &rows, QObject *parent)
    : QObject(parent),
      m_base(base),
      m_plan(plan)
{
    m_members.reserve(rows.size());
    for (const TargetRow &row : rows) {
        GroupMember m;
        m.row = row;
        m.context = contextFor(base, row);
        m_members << m;
    }
    for (const Step &s : plan) {
        if (s.source == StepSource::Probe)
            m_probeSteps.insert(s.id);
    }
    m_cost = std::max(1, int(m_probeSteps.size()));
}

GroupRunner::~GroupRunner()
{
    stopLanes();
}

void GroupRunner::setThreads(int threads)
{
    m_threadCount = std::clamp(threads, 1, 16);
}

void GroupRunner::setUpLanes()
{
    const int wanted = m_threadCount;
    if (!m_lanes.isEmpty() && m_lanes.size() == wanted)
        return;
    stopLanes();
    for (int i = 0; i < wanted; ++i) {
        auto *lane = new GroupLane;
        if (wanted > 1) {
            auto *thread = new QThread(this);
            thread->setObjectName(QStringLiteral("group-lane-%1").arg(i));
            lane->moveToThread(thread);
            connect(thread, &QThread::finished, lane, &QObject::deleteLater);
            m_threads << thread;
            thread->start();
        } else {
            lane->setParent(this);
        }
        // Across threads these arrive queued, on this thread; on this thread they are direct.
        connect(lane, &GroupLane::probeFinished, this, &GroupRunner::probeFinished);
        connect(lane, &GroupLane::backendDone, this, &GroupRunner::complete);
        m_lanes << lane;
    }
}

void GroupRunner::stopLanes()
{
    for (GroupLane *lane : std::as_const(m_lanes))
        lane->disconnect(this);
    if (m_threads.isEmpty()) {
        qDeleteAll(m_lanes);
    } else {
        // Each lane goes with its thread's end (its runners with it); quitting is quick, since a
        // runner's sockets are asynchronous and nothing in a lane blocks.
        for (QThread *t : std::as_const(m_threads))
            t->quit();
        for (QThread *t : std::as_const(m_threads)) {
            t->wait();
            delete t;
        }
    }
    m_lanes.clear();
    m_threads.clear();
}

RunContext GroupRunner::contextFor(const RunContext &base, const TargetRow &row)
{
    RunContext c = base;
    c.target.address = row.address;
    c.target.host = row.address.toString();
    c.target.port = row.port;
    c.target.checkPort = row.checkPort;
    return c;
}

void GroupRunner::setConcurrency(int connections)
{
    m_concurrency = std::clamp(connections, 1, maxConcurrency);
}

void GroupRunner::setEvidence(const QString &stepId, const Evidence &evidence)
{
    m_evidence.insert(stepId, evidence);
}

void GroupRunner::setMemberEvidence(int index, const MemberEvidence &evidence)
{
    if (index < 0 || index >= m_members.size())
        return;
    m_members[index].evidence = evidence;
    // A step only a backend's own evidence brings (a bundle's capture section) joins the plan.
    for (const Finding &f : evidence.findings) {
        if (std::none_of(m_plan.cbegin(), m_plan.cend(), [&](const Step &s) { return s.id == f.step; })) {
            Step extra;
            extra.id = f.step;
            extra.side = Step::sideOf(f.step);
            extra.source = StepSource::Paste;
            m_plan << extra;
        }
    }
}

void GroupRunner::start()
{
    cancel();
    m_clock.start();
    m_concurrency = allowDescriptors(m_concurrency);
    setUpLanes();
    ++m_generation;
    m_started = true;
    m_stopped = false;
    m_next = 0;
    m_done = 0;
    m_inFlight = 0;
    m_held.clear();
    m_launchBudget = launchesPerTurn;
    for (GroupMember &m : m_members) {
        m.findings.clear();
        m.state = GroupMember::State::Waiting;
        m.elapsedMs = -1;
    }
    emit progress(0, int(m_members.size()));
    if (m_members.isEmpty()) {
        QTimer::singleShot(0, this, [this] { emit finished(); });
        return;
    }
    fill();
}

void GroupRunner::restore(const QList<GroupMember> &members, qint64 elapsedMs)
{
    cancel();
    m_members = members;
    m_started = true;
    m_stopped = false;
    m_next = int(m_members.size());
    m_done = int(std::count_if(m_members.cbegin(), m_members.cend(),
                               [](const GroupMember &m) { return m.state == GroupMember::State::Done; }));
    m_clock.invalidate();
    m_restoredElapsedMs = elapsedMs;
}

void GroupRunner::fill()
{
    if (m_filling)
        return; // a runner that finishes inside launch() comes back here
    m_filling = true;
    // At least one backend runs even when its probes alone exceed the limit. A few at a time, so
    // that starting hundreds of backends never holds the event loop (the wizard's GUI thread) for
    // long: the rest follow on the next turns of the loop.
    while (!m_stopped && m_next < m_members.size() && (m_inFlight == 0 || m_inFlight + m_cost <= m_concurrency)) {
        if (m_launchBudget <= 0) {
            if (!m_fillQueued) {
                m_fillQueued = true;
                QTimer::singleShot(0, this, [this] {
                    m_fillQueued = false;
                    m_launchBudget = launchesPerTurn;
                    fill();
                });
            }
            break;
        }
        --m_launchBudget;
        launch(m_next++);
    }
    m_filling = false;
}

void GroupRunner::launch(int index)
{
    GroupMember &m = m_members[index];
    m.state = GroupMember::State::Running;
    MemberRun run;
    run.index = index;
    run.generation = m_generation;
    run.context = m.context;
    run.plan = m_plan;
    run.evidence = m_evidence;
    run.probeSteps = m_probeSteps;
    QSet<QString> given;
    for (const Finding &f : std::as_const(m.evidence.findings)) {
        if (!m_evidence.contains(f.step) && !m_probeSteps.contains(f.step)) {
            run.given << f;
            given.insert(f.step);
        }
    }
    for (const Step &step : std::as_const(m_plan)) {
        if (step.source == StepSource::Paste && !given.contains(step.id) && !m_evidence.contains(step.id)) {
            if (const std::optional<Finding> request = evidenceRequest(step, m.context))
                run.given << *request;
        }
    }
    m_held.insert(index, m_cost);
    m_inFlight += m_cost;
    emit backendStarted(index);
    GroupLane *lane = m_lanes.at(index % m_lanes.size());
    if (lane->thread() == thread())
        lane->launch(run);
    else
        QMetaObject::invokeMethod(
            lane, [lane, run] { lane->launch(run); }, Qt::QueuedConnection);
}

std::optional<Finding> GroupRunner::evidenceRequest(const Step &step, const RunContext &context)
{
    // A thousand backends ask for the same evidence in the same words: work them out once per
    // port and family. A request that names the backend's own address is never shared.
    const QString key = QStringLiteral("%1|%2|%3|%4")
                            .arg(step.id)
                            .arg(context.target.port)
                            .arg(context.target.checkPort)
                            .arg(int(context.target.address.protocol()));
    if (const auto it = m_requests.constFind(key); it != m_requests.constEnd())
        return *it;
    const Finding f = EvidenceRequest::forStep(step, context);
    const QString address = context.target.address.toString();
    const bool namesAddress = !address.isEmpty()
        && (f.summary.contains(address) || f.fix.contains(address) || f.raw.contains(address)
            || std::any_of(f.evidence.cbegin(), f.evidence.cend(),
                           [&](const QString &e) { return e.contains(address); })
            || std::any_of(f.commands.cbegin(), f.commands.cend(),
                           [&](const QString &c) { return c.contains(address); }));
    if (namesAddress)
        return std::nullopt; // the Runner asks for it itself
    m_requests.insert(key, f);
    return f;
}

void GroupRunner::probeFinished(int index, quint64 generation)
{
    if (generation != m_generation)
        return;
    const auto held = m_held.find(index);
    if (held == m_held.end() || *held <= 1)
        return; // the last one is given back with the backend
    --*held;
    --m_inFlight;
    fill();
}

void GroupRunner::complete(int index, quint64 generation, const QList<Finding> &findings, qint64 elapsedMs,
                           bool completed)
{
    if (generation != m_generation)
        return; // a report of an earlier run, arriving late from a worker thread
    GroupMember &m = m_members[index];
    if (!completed || !m_held.contains(index)) {
        // Stopped: what it found before the stop still shows.
        m.findings = findings;
        return;
    }
    m.findings = findings;
    m.elapsedMs = elapsedMs;
    m.state = GroupMember::State::Done;
    m_inFlight -= m_held.take(index);
    ++m_done;
    emit backendFinished(index);
    emit progress(m_done, int(m_members.size()));
    fill();
    if (m_held.isEmpty() && m_next >= m_members.size())
        emit finished();
}

void GroupRunner::cancel()
{
    const bool wasRunning = isRunning();
    m_stopped = true;
    for (auto it = m_held.constBegin(); it != m_held.constEnd(); ++it)
        m_members[it.key()].state = GroupMember::State::Stopped;
    m_held.clear();
    for (GroupLane *lane : std::as_const(m_lanes)) {
        if (lane->thread() == thread())
            lane->cancelAll(); // reports each backend's findings so far, before this returns
        else
            QMetaObject::invokeMethod(lane, &GroupLane::cancelAll, Qt::QueuedConnection);
    }
    for (int i = m_next; i < m_members.size(); ++i)
        m_members[i].state = GroupMember::State::Stopped;
    m_next = int(m_members.size());
    m_inFlight = 0;
    if (wasRunning)
        emit finished();
}
