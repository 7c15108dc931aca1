#pragma once

#include "commandcatalogue.h"

#include "core/stepexecutor.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QPointer>

class QProcess;
class QTimer;

// Collects a backend-side step's evidence on this machine (`check --local`, the wizard's "this
// machine is the backend"): runs the step's read-only catalogue commands for this OS through
// QProcess argument lists, each with a timeout, all at once; keeps stdout, stderr and exit codes as
// the raw output; then analyzes the output with the analyzer of each command's kind. It never
// changes the system and never goes through a shell.
class LocalCollector : public StepExecutor
{
    Q_OBJECT
public:
    explicit LocalCollector(QObject *parent = nullptr);
    ~LocalCollector() override;

    void start(const Step &step, const RunContext &context) override;
    void cancel() override;

    // Tests and callers with special needs: run these instead of the catalogue's commands.
    void setCommands(const QList<CatalogueCommand> &commands)
    {
        m_override = commands;
        m_hasOverride = true;
    }
    void setCommandTimeoutMs(int ms) { m_timeoutMs = ms; }

    // The catalogue's commands for `stepId` on this host, with net-tools stand-ins where an
    // iproute2 program is missing.
    static QList<CatalogueCommand> plan(const QString &stepId, const RunContext &context);
    // The absolute path of `program`, also searching the sbin folders a normal user's PATH lacks.
    static QString resolveProgram(const QString &program);

    static constexpr int defaultTimeoutMs = 10000;
    static constexpr qsizetype maxOutputBytes = 64 * 1024 * 1024;

private:
    enum class Outcome { Running, Finished, Missing, TimedOut, Crashed };
    struct Run
    {
        CatalogueCommand command;
        QString path;
        QPointer<QProcess> process;
        QTimer *timer = nullptr;
        QByteArray out;
        QByteArray err;
        int exitCode = -1;
        Outcome outcome = Outcome::Running;
        QElapsedTimer clock;
    };
    void launch(qsizetype index);
    void settle(qsizetype index, Outcome outcome);
    void analyzeAll();
    void stopAll();
    QString transcript() const;

    Step m_step;
    RunContext m_context;
    QList<Run> m_runs;
    QList<CatalogueCommand> m_override;
    bool m_hasOverride = false;
    int m_timeoutMs = defaultTimeoutMs;
    int m_pending = 0;
    bool m_cancelled = false;
};
