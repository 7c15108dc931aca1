#pragma once

#include "asynccommand.h"

#include "core/listener.h"
#include "core/profilestore.h"
#include "core/runcontext.h"
#include "core/session.h"

#include <QDateTime>
#include <QList>
#include <QPointer>

class DemoBackend;
class Runner;

// `lbdoctor-cli demo [--report FILE] [--json]`: starts DemoBackend in this process and runs the
// real plan and probes against each of its faults at once, so a new user sees every kind of result
// in about one health-check timeout. Exit codes as for `check`: the demo's faults are real
// findings, so it exits 1.
class DemoCommand : public AsyncCommand
{
    Q_OBJECT
public:
    using AsyncCommand::AsyncCommand;
    int start(const QStringList &arguments) override;

    // Shorter than any provider's so the demo finishes quickly; the slow page sits between half
    // of it (warn) and all of it (fail).
    static constexpr int timeoutMs = 1000;
    static constexpr int slowPageMs = 700;

private:
    struct Scenario
    {
        QString id;
        QString title;
        QString explanation;
        Status expected = Status::Pass; // of the listener's main probe step
        Session session;
        QPointer<Runner> runner;
    };
    Result<void> addScenario(const QString &id, const QString &title, const QString &explanation, Status expected,
                             const QString &profileId, const QString &variantId, Listener listener, quint16 port,
                             const QString &path, const QString &domain);
    void onRunnerFinished();
    // The listener's main probe step showed the status the case was built to show.
    static bool asDesigned(const Scenario &scenario);
    void finish();
    QString text() const;
    QString reportFileFor(const Scenario &scenario) const;

    ProfileStore m_profiles;
    DemoBackend *m_backend = nullptr;
    QList<Scenario> m_scenarios;
    QString m_reportFile;
    bool m_json = false;
    int m_running = 0;
    bool m_finished = false;
};
