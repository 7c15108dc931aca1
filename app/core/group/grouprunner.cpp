#include "grouprunner.h"

#include "core/runner.h"

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
    for (Runner *r : std::as_const(m_running)) {
        r->disconnect(this);
        delete r;
    }
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
    auto *runner = new Runner(m.context, m_plan, this);
    for (auto it = m_evidence.constBegin(); it != m_evidence.constEnd(); ++it)
        runner->setEvidence(it.key(), it.value());
    for (const Finding &f : std::as_const(m.evidence.findings)) {
        if (!m_evidence.contains(f.step) && !m_probeSteps.contains(f.step))
            runner->setFinding(f.step, f);
    }
    m_running.insert(index, runner);
    m_held.insert(index, m_cost);
    m_inFlight += m_cost;
    connect(runner, &Runner::stepFinished, this, [this, index](const Finding &f) {
        if (m_probeSteps.contains(f.step))
            probeFinished(index);
    });
    connect(runner, &Runner::finished, this, [this, index] { complete(index); });
    emit backendStarted(index);
    runner->start();
}

void GroupRunner::probeFinished(int index)
{
    const auto held = m_held.find(index);
    if (held == m_held.end() || *held <= 1)
        return; // the last one is given back with the backend
    --*held;
    --m_inFlight;
    fill();
}

void GroupRunner::complete(int index)
{
    Runner *runner = m_running.take(index);
    if (!runner)
        return;
    GroupMember &m = m_members[index];
    m.findings = runner->findings();
    m.elapsedMs = runner->elapsedMs();
    m.state = GroupMember::State::Done;
    runner->disconnect(this);
    runner->deleteLater();
    m_inFlight -= m_held.take(index);
    ++m_done;
    emit backendFinished(index);
    emit progress(m_done, int(m_members.size()));
    fill();
    if (m_running.isEmpty() && m_next >= m_members.size())
        emit finished();
}

void GroupRunner::cancel()
{
    const bool wasRunning = isRunning();
    m_stopped = true;
    const QList<int> indexes = m_running.keys();
    for (int index : indexes) {
        Runner *runner = m_running.take(index);
        runner->disconnect(this);
        GroupMember &m = m_members[index];
        m.findings = runner->findings();
        m.state = GroupMember::State::Stopped;
        runner->cancel();
        runner->deleteLater();
    }
    for (int i = m_next; i < m_members.size(); ++i)
        m_members[i].state = GroupMember::State::Stopped;
    m_next = int(m_members.size());
    m_inFlight = 0;
    m_held.clear();
    if (wasRunning)
        emit finished();
}
