#pragma once

#include "asynccommand.h"
#include "targetoptions.h"

#include "probes/watch/watchsettings.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>

class Watch;

// `lbdoctor-cli watch`: the load balancer's check, repeated at its interval for a duration, with
// a live status line on a terminal, a summary, the timeline in the report and every check in a CSV.
class WatchCommand : public AsyncCommand
{
    Q_OBJECT
public:
    using AsyncCommand::AsyncCommand;
    int start(const QStringList &arguments) override;

    // "10m", "90s", "1h", "600" (seconds); -1 when it is none of these.
    static qint64 parseDuration(const QString &text);

private:
    void showStatus();
    void finish();

    TargetOptions m_targetOptions{TargetOptions::HostRequirement::Required};
    RunContext m_context;
    WatchSettings m_settings;
    QList<ThresholdAlternative> m_others;
    QString m_reportFile;
    QString m_csvFile;
    bool m_json = false;
    bool m_live = false;
    QPointer<Watch> m_watch;
    QTimer m_statusTimer;
    QDateTime m_startedAt;
};
