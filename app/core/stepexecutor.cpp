#include "stepexecutor.h"

#include <QHash>

namespace {
QHash<QString, ExecutorRegistry::Factory> &probes()
{
    static QHash<QString, ExecutorRegistry::Factory> factories;
    return factories;
}

ExecutorRegistry::Factory &collector()
{
    static ExecutorRegistry::Factory factory;
    return factory;
}
} // namespace

bool ExecutorRegistry::addProbe(const QString &stepId, Factory factory)
{
    probes().insert(stepId, std::move(factory));
    return true;
}

bool ExecutorRegistry::setCollector(Factory factory)
{
    collector() = std::move(factory);
    return true;
}

StepExecutor *ExecutorRegistry::createProbe(const QString &stepId, QObject *parent)
{
    const auto it = probes().constFind(stepId);
    return it == probes().constEnd() ? nullptr : (*it)(parent);
}

StepExecutor *ExecutorRegistry::createCollector(QObject *parent)
{
    return collector() ? collector()(parent) : nullptr;
}

bool ExecutorRegistry::hasProbe(const QString &stepId)
{
    return probes().contains(stepId);
}
