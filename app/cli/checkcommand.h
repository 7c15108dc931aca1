#pragma once

#include "asynccommand.h"
#include "targetoptions.h"

#include "collect/bundle/bundleanalysis.h"
#include "collect/ssh/sshcollector.h"
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
    void collectOverSsh();
    void captureLocally(); // --local --capture: LB Doctor's own tcpdump run first
    // The listener's plan, plus the steps that only evidence given for them brings (capture, lbconfig, lbstatus).
    QList<Step> plan() const;
    void useBundle(const QString &text, const QString &source);
    void finish();

    TargetOptions m_targetOptions{TargetOptions::HostRequirement::Required};
    RunContext m_context;
    QHash<QString, Evidence> m_evidence;
    QString m_reportFile;
    bool m_json = false;
    QPointer<Runner> m_runner;
    std::optional<BundleResult> m_bundle; // --evidence bundle=FILE or --ssh
    std::optional<SshDestination> m_ssh;
    QString m_sshTemplate; // --ssh with --targets: admin@{ip}
    QStringList m_sshOptions;
    BundleOs m_sshOs = BundleOs::Linux;
    int m_sshTimeLimitMs = SshCollector::defaultTimeLimitMs;
    QPointer<SshCollector> m_collector;
    int m_captureSeconds = 0; // --capture: with --local a live capture, with --ssh the bundle's section
    bool m_captured = false;
    std::optional<Finding> m_captureFinding; // --local --capture when the capture itself gave the answer
    QDateTime m_startedAt;
};
