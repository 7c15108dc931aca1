#pragma once

#include "core/stepexecutor.h"

#include <QElapsedTimer>

// What every network probe shares: one run at a time, a clock from start() to the finding, and
// exactly one finished() per run — the first report() wins; later ones (a late socket error after
// a timeout, say) and everything after cancel() are dropped.
class NetworkProbe : public StepExecutor
{
public:
    using StepExecutor::StepExecutor;
    void cancel() final { stop(); }

protected:
    // Start of a run: from here the probe is active and its clock runs.
    void begin()
    {
        m_active = true;
        m_clock.start();
    }
    bool isActive() const { return m_active; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    // The run's one finding, with its duration; releases the run's timers, sockets and processes.
    void report(Finding finding)
    {
        if (!m_active)
            return;
        finding.durationMs = m_clock.elapsed();
        stop();
        emit finished(finding);
    }
    void stop()
    {
        m_active = false;
        releaseWork();
    }
    // Stop timers and let go of sockets and processes; called on report, cancel and destruction.
    virtual void releaseWork() = 0;

private:
    QElapsedTimer m_clock;
    bool m_active = false;
};
