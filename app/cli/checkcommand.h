#pragma once

#include "asynccommand.h"
#include "targetoptions.h"

#include "core/session.h"

#include <QPointer>

class Runner;

// `lbdoctor-cli check`: validates, runs the plan asynchronously, prints, writes the report.
class CheckCommand : public AsyncCommand
{
    Q_OBJECT
public:
    using AsyncCommand::AsyncCommand;
    int start(const QStringList &arguments) override;

private:
    void resolveThenRun();
    void run();
    void finish();

    TargetOptions m_targetOptions{TargetOptions::HostRequirement::Required};
    RunContext m_context;
    QHash<QString, Evidence> m_evidence;
    QString m_reportFile;
    bool m_json = false;
    QPointer<Runner> m_runner;
    QDateTime m_startedAt;
};
