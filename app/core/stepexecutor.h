#pragma once

#include "finding.h"
#include "runcontext.h"
#include "step.h"

#include <QObject>

#include <functional>

// Runs one step asynchronously and reports exactly one Finding (unless cancelled first).
class StepExecutor : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void start(const Step &step, const RunContext &context) = 0;
    // Stop in-flight work now; no finished() follows.
    virtual void cancel() = 0;

signals:
    void finished(const Finding &finding);
    void output(const QString &text); // live raw output, for a progress view
};

// Probes register per step id; the local collector registers once for all backend steps.
// Registration happens in the executor's .cpp with LBDOCTOR_REGISTER_PROBE / _COLLECTOR.
class ExecutorRegistry
{
public:
    using Factory = std::function<StepExecutor *(QObject *parent)>;
    static bool addProbe(const QString &stepId, Factory factory);
    static bool setCollector(Factory factory);
    static StepExecutor *createProbe(const QString &stepId, QObject *parent); // nullptr: none yet
    static StepExecutor *createCollector(QObject *parent); // nullptr: none yet
    static bool hasProbe(const QString &stepId);
};

#define LBDOCTOR_REGISTER_PROBE(StepId, Class)                                                                         \
    namespace {                                                                                                        \
    [[maybe_unused]] const bool registeredProbe##Class = ExecutorRegistry::addProbe(                                   \
        QStringLiteral(StepId), [](QObject *parent) -> StepExecutor * { return new Class(parent); });                  \
    }
#define LBDOCTOR_REGISTER_COLLECTOR(Class)                                                                             \
    namespace {                                                                                                        \
    [[maybe_unused]] const bool registeredCollector##Class =                                                           \
        ExecutorRegistry::setCollector([](QObject *parent) -> StepExecutor * { return new Class(parent); });           \
    }
