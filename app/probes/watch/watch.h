#pragma once

#include "watchrecord.h"
#include "watchsettings.h"

#include "core/runcontext.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QMap>
#include <QObject>
#include <QTimer>

class TargetResolver;

// Checks a backend the way its load balancer does, over and over: the variant's TCP, HTTP(S) or
// UDP check at the health-check interval with its timeout, each one sent at start + k * interval
// (never drifting with the answers' time, and overlapping when an answer takes longer than the
// interval, as the load balancer's checks do), its results fed in order to the provider's state
// machine. Runs for settings.durationMs or until stop(); memory stays bounded by the record.
class Watch : public QObject
{
    Q_OBJECT
public:
    Watch(const RunContext &context, const WatchSettings &settings, QObject *parent = nullptr);
    ~Watch() override;

    // The settings a profile gives this context: its interval, the probe timeout, its thresholds.
    static WatchSettings settingsFor(const RunContext &context);
    // The step a watch repeats for this listener ("tcp", "http", "udp").
    static QString checkStep(Listener listener);

    void start();
    void stop(); // the checks in flight are abandoned; finished() follows
    bool isRunning() const { return m_running; }

    const WatchRecord &record() const { return m_record; }
    const WatchSettings &settings() const { return m_settings; }
    const RunContext &context() const { return m_context; }
    LbState state() const { return m_machine.state(); }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    QString error() const { return m_error; }

signals:
    void sampleAdded(const WatchSample &sample);
    void stateChanged(const WatchTransition &transition);
    void finished(); // after the duration, stop(), or an error (error() says which)

private:
    struct InFlight
    {
        qint64 scheduledMs = 0;
        qint64 sentMs = 0;
        QObject *worker = nullptr;
    };
    void begin(const QHostAddress &address);
    void fire();
    void scheduleNext();
    void sendHttp(qint64 index);
    void sendProbe(qint64 index);
    void complete(qint64 index, WatchSample sample);
    void fail(const QString &message);
    void finishIfDone();
    void abandonAll();

    RunContext m_context;
    WatchSettings m_settings;
    WatchRecord m_record;
    HealthStateMachine m_machine;
    QElapsedTimer m_clock;
    QTimer m_timer;
    TargetResolver *m_resolver = nullptr;
    QByteArray m_httpRequest;
    qint64 m_nextIndex = 0; // the next check to send
    qint64 m_nextToRecord = 0; // the next check whose result the state machine takes
    QMap<qint64, InFlight> m_inFlight;
    QMap<qint64, WatchSample> m_done; // finished out of order, waiting for an earlier check
    bool m_running = false;
    bool m_sending = false;
    QString m_error;
};
