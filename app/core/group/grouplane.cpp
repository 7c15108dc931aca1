#include "grouplane.h"

#include "core/runner.h"

GroupLane::~GroupLane()
{
    for (const Running &r : std::as_const(m_running)) {
        r.runner->disconnect(this);
        delete r.runner;
    }
}

void GroupLane::launch(const MemberRun &run)
{
    auto *runner = new Runner(run.context, run.plan, this);
    for (auto it = run.evidence.constBegin(); it != run.evidence.constEnd(); ++it)
        runner->setEvidence(it.key(), it.value());
    for (const Finding &f : run.given)
        runner->setFinding(f.step, f);
    m_running.insert(run.index, {runner, run.generation});
    connect(runner, &Runner::stepFinished, this,
            [this, index = run.index, generation = run.generation, probes = run.probeSteps](const Finding &f) {
                if (probes.contains(f.step))
                    emit probeFinished(index, generation);
            });
    connect(runner, &Runner::finished, this, [this, index = run.index] { finish(index, true); });
    runner->start();
}

void GroupLane::finish(int index, bool completed)
{
    const Running running = m_running.take(index);
    Runner *runner = running.runner;
    if (!runner)
        return;
    runner->disconnect(this);
    const QList<Finding> findings = runner->findings();
    const qint64 elapsed = runner->elapsedMs();
    if (!completed)
        runner->cancel();
    runner->deleteLater();
    emit backendDone(index, running.generation, findings, elapsed, completed);
}

void GroupLane::cancelAll()
{
    const QList<int> indexes = m_running.keys();
    for (int index : indexes)
        finish(index, false);
}
