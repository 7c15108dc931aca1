#pragma once
// Shared by the probe integration tests: a RunContext for a loopback backend and a way to run one
// probe to its finding with a hard bound on the wait.

#include "core/profilestore.h"
#include "core/runcontext.h"
#include "core/stepexecutor.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

namespace ProbeTesting {

inline RunContext context(const QString &profileId, const QString &variantId, const QString &listener, quint16 port,
                          const QString &path = QStringLiteral("/"), const QString &domain = {}, int timeoutMs = 1000)
{
    static ProfileStore store = [] {
        ProfileStore s;
        s.loadAll();
        return s;
    }();
    RunContext c;
    const Profile *p = store.find(profileId);
    if (!p)
        return c;
    c.profile = *p;
    c.variant = *p->variant(variantId);
    TargetInput in;
    in.listener = listener;
    in.host = QStringLiteral("127.0.0.1");
    in.port = QString::number(port);
    in.path = path;
    in.domain = domain;
    c.target = TargetValidator::validate(in).target;
    c.timeoutMs = timeoutMs;
    return c;
}

struct Outcome
{
    bool finished = false;
    Finding finding;
    qint64 elapsedMs = -1;
    int findings = 0; // how many times finished() was emitted within the wait
};

// Starts the registered probe for `stepId` and waits at most waitMs for its finding.
inline Outcome run(const QString &stepId, const RunContext &context, int waitMs)
{
    Outcome o;
    StepExecutor *probe = ExecutorRegistry::createProbe(stepId, nullptr);
    if (!probe)
        return o;
    QSignalSpy spy(probe, &StepExecutor::finished);
    Step step;
    step.id = stepId;
    QElapsedTimer clock;
    clock.start();
    probe->start(step, context);
    if (spy.isEmpty())
        spy.wait(waitMs);
    o.elapsedMs = clock.elapsed();
    if (!spy.isEmpty()) {
        o.finished = true;
        o.finding = spy.first().first().value<Finding>();
        // A second finished() would break the Runner's contract; give it a moment to show up.
        QTest::qWait(20);
    }
    o.findings = int(spy.size());
    probe->cancel();
    delete probe;
    return o;
}

} // namespace ProbeTesting
