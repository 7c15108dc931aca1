#include "runner.h"

#include "evidenceanalysis.h"
#include "evidencerequest.h"
#include "relations.h"
#include "stepexecutor.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>

#include <utility>

#include <memory>

Runner::Runner(const RunContext &context, const QList<Step> &plan, QObject *parent)
    : QObject(parent),
      m_context(context),
      m_plan(plan)
{ }

Runner::~Runner()
{
    // No finished() from here: whoever listens may be half-destroyed already.
    const QStringList ids = m_active.keys();
    for (const QString &id : ids)
        stopActive(id);
}

void Runner::setEvidence(const QString &stepId, const Evidence &evidence)
{
    m_evidence.insert(stepId, evidence);
    m_given.remove(stepId); // the newest evidence for a step wins
}

void Runner::setFinding(const QString &stepId, const Finding &finding)
{
    m_given.insert(stepId, finding);
    m_evidence.remove(stepId);
}

int Runner::stepDeadlineMs(const Step &step, const RunContext &context)
{
    switch (step.source) {
    case StepSource::Probe: return context.timeoutMs * 2 + 1000; // HEAD-then-GET may use two timeouts
    case StepSource::Collect: return 30000;
    case StepSource::Paste: return 60000; // analysis of a huge paste
    }
    return 30000;
}

const Step *Runner::stepById(const QString &id) const
{
    for (const Step &s : m_plan) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

void Runner::start()
{
    cancel();
    m_clock.start();
    m_doneInRun = 0;
    m_totalInRun = int(m_plan.size());
    m_findings.clear();
    emit progress(0, m_totalInRun);
    const QList<Step> plan = m_plan; // a slot reacting to a signal may not change what we iterate
    for (const Step &step : plan)
        launch(step);
}

void Runner::runStep(const QString &stepId)
{
    const Step *step = stepById(stepId);
    if (!step)
        return;
    if (!isRunning()) {
        m_clock.start();
        m_doneInRun = 0;
        m_totalInRun = 0;
    }
    ++m_totalInRun;
    emit progress(m_doneInRun, m_totalInRun);
    launch(*step);
}

void Runner::launch(const Step &step)
{
    stopActive(step.id);
    const quint64 generation = ++m_generation;
    Active &active = m_active[step.id];
    active.generation = generation;
    active.clock.start();
    emit stepStarted(step.id);

    // Steps whose finding is known now (given, or "paste it") are reported together on the next
    // turn of the event loop, like every other result, without a deadline of their own: a group of a
    // thousand backends would otherwise arm and cancel seven thousand timers.
    if (const auto it = m_given.constFind(step.id); it != m_given.constEnd()) {
        reportSoon(step.id, generation, *it);
        return;
    }
    const auto evidence = m_evidence.constFind(step.id);
    StepExecutor *executor = nullptr;
    if (evidence == m_evidence.constEnd()) {
        if (step.source == StepSource::Probe)
            executor = ExecutorRegistry::createProbe(step.id, this);
        else if (step.source == StepSource::Collect)
            executor = ExecutorRegistry::createCollector(this);
        if (!executor) {
            reportSoon(step.id, generation, noEvidenceFinding(step));
            return;
        }
    }

    active.deadline = new QTimer(this);
    active.deadline->setSingleShot(true);
    const int deadlineMs = stepDeadlineMs(step, m_context);
    connect(active.deadline, &QTimer::timeout, this, [this, id = step.id, generation, deadlineMs] {
        Finding f = Finding::make(id, Status::Unknown,
                                  tr("unknown, because the step did not finish within %1 ms").arg(deadlineMs));
        complete(id, generation, f);
    });
    active.deadline->start(deadlineMs);

    if (!executor) {
        launchAnalysis(step, *evidence, generation);
        return;
    }
    active.executor = executor;
    connect(executor, &StepExecutor::finished, this,
            [this, id = step.id, generation](const Finding &f) { complete(id, generation, f); });
    connect(executor, &StepExecutor::output, this,
            [this, id = step.id](const QString &text) { emit stepOutput(id, text); });
    executor->start(step, m_context);
}

void Runner::reportSoon(const QString &stepId, quint64 generation, const Finding &finding)
{
    m_soon.append({stepId, generation, finding});
    if (m_soon.size() > 1)
        return; // the turn is already scheduled
    QTimer::singleShot(0, this, [this] {
        const QList<Soon> soon = std::exchange(m_soon, {});
        for (const Soon &s : soon)
            complete(s.stepId, s.generation, s.finding);
    });
}

void Runner::launchAnalysis(const Step &step, const Evidence &evidence, quint64 generation)
{
    auto promise = std::make_shared<QPromise<Finding>>();
    auto *watcher = new QFutureWatcher<Finding>(this);
    connect(watcher, &QFutureWatcher<Finding>::finished, this, [this, watcher, id = step.id, generation] {
        if (watcher->future().resultCount() > 0)
            complete(id, generation, watcher->future().result());
        watcher->deleteLater();
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, id = step.id, evidence, context = m_context] {
        promise->addResult(EvidenceAnalysis::analyze(id, evidence, context));
        promise->finish();
    });
}

Finding Runner::noEvidenceFinding(const Step &step) const
{
    Finding f = Finding::make(step.id, Status::Skip, {});
    switch (step.source) {
    case StepSource::Probe:
        f.status = Status::Unknown;
        f.summary = tr("unknown, because this LB Doctor has no %1 probe yet").arg(step.id.toUpper());
        break;
    case StepSource::Collect:
        f.status = Status::Unknown;
        f.summary =
            tr("unknown, because local collection is not built into this LB Doctor yet; paste the output instead");
        break;
    case StepSource::Paste: f = EvidenceRequest::forStep(step, m_context); break;
    }
    return f;
}

void Runner::complete(const QString &stepId, quint64 generation, Finding finding)
{
    const auto it = m_active.find(stepId);
    if (it == m_active.end() || it->generation != generation)
        return; // cancelled or superseded
    if (finding.durationMs < 0)
        finding.durationMs = it->clock.elapsed();
    if (finding.step.isEmpty())
        finding.step = stepId;
    stopActive(stepId);
    m_findings.insert(stepId, finding);
    const QList<Finding> revised = RelationRegistry::apply(m_findings, stepId, m_context);
    ++m_doneInRun;
    emit stepFinished(m_findings.value(stepId));
    for (const Finding &r : revised)
        emit stepFinished(r);
    emit progress(m_doneInRun, m_totalInRun);
    if (m_active.isEmpty())
        emit finished();
}

void Runner::stopActive(const QString &stepId)
{
    const auto it = m_active.find(stepId);
    if (it == m_active.end())
        return;
    Active active = *it;
    m_active.erase(it);
    if (active.deadline) {
        active.deadline->stop();
        active.deadline->deleteLater();
    }
    if (active.executor) {
        active.executor->disconnect(this);
        active.executor->cancel();
        active.executor->deleteLater();
    }
}

void Runner::cancel()
{
    const bool wasRunning = isRunning();
    const QStringList ids = m_active.keys();
    for (const QString &id : ids)
        stopActive(id);
    if (wasRunning)
        emit finished();
}

QList<Finding> Runner::findings() const
{
    QList<Finding> out;
    for (const Step &s : m_plan) {
        if (const auto it = m_findings.constFind(s.id); it != m_findings.constEnd())
            out << *it;
    }
    return out;
}

const Finding *Runner::finding(const QString &stepId) const
{
    const auto it = m_findings.constFind(stepId);
    return it == m_findings.constEnd() ? nullptr : &*it;
}
