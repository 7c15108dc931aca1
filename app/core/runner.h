#pragma once

#include "finding.h"
#include "runcontext.h"
#include "step.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class QTimer;
class StepExecutor;

// Runs a plan's steps asynchronously: all steps at once (they are independent), each with its
// own timeout, cancellable, reporting progress. Never blocks the event loop: analysis of large
// evidence runs on the thread pool.
class Runner : public QObject
{
    Q_OBJECT
public:
    Runner(const RunContext &context, const QList<Step> &plan, QObject *parent = nullptr);
    ~Runner() override;

    const RunContext &context() const { return m_context; }
    const QList<Step> &plan() const { return m_plan; }

    // Evidence for a step given before or during the run (--evidence, a paste). A step with
    // evidence is analyzed instead of probed or collected.
    void setEvidence(const QString &stepId, const Evidence &evidence);
    bool hasEvidence(const QString &stepId) const { return m_evidence.contains(stepId); }
    // A finding made before the run (a bundle's sections analyzed together, an SSH collection):
    // the step reports it instead of running.
    void setFinding(const QString &stepId, const Finding &finding);

    void start(); // every step
    void runStep(const QString &stepId); // one step again (or for the first time)
    void cancel(); // everything in flight
    bool isRunning() const { return !m_active.isEmpty(); }

    // Findings in plan order; a step not run yet has none.
    QList<Finding> findings() const;
    const Finding *finding(const QString &stepId) const;
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }

    // Safety net above each executor's own timeout.
    static int stepDeadlineMs(const Step &step, const RunContext &context);

signals:
    void stepStarted(const QString &stepId);
    void stepOutput(const QString &stepId, const QString &text);
    void stepFinished(const Finding &finding);
    void progress(int done, int total);
    void finished(); // every started step has a finding (or was cancelled)

private:
    struct Active
    {
        QPointer<StepExecutor> executor;
        QTimer *deadline = nullptr;
        QElapsedTimer clock;
        quint64 generation = 0;
    };
    // A finding known at launch, reported on the next turn of the event loop.
    struct Soon
    {
        QString stepId;
        quint64 generation = 0;
        Finding finding;
    };
    const Step *stepById(const QString &id) const;
    void launch(const Step &step);
    void reportSoon(const QString &stepId, quint64 generation, const Finding &finding);
    void launchAnalysis(const Step &step, const Evidence &evidence, quint64 generation);
    void complete(const QString &stepId, quint64 generation, Finding finding);
    void stopActive(const QString &stepId);
    Finding noEvidenceFinding(const Step &step) const;

    RunContext m_context;
    QList<Step> m_plan;
    QHash<QString, Evidence> m_evidence;
    QHash<QString, Finding> m_given;
    QHash<QString, Finding> m_findings;
    QHash<QString, Active> m_active;
    quint64 m_generation = 0;
    QList<Soon> m_soon;
    int m_doneInRun = 0;
    int m_totalInRun = 0;
    QElapsedTimer m_clock;
};
