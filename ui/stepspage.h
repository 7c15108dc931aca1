#pragma once

#include "statusicons.h"

#include "core/runcontext.h"
#include "core/runner.h"
#include "core/session.h"
#include "core/step.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWizardPage>

#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;
class QTimer;
class StepDetail;
class WatchDialog;
struct BundleResult;

// Page 4: the plan's steps. Run all, run one, stop; each step's result with an icon, and for the
// selected step its detail. Every probe, collection and analysis runs asynchronously in the
// engine's Runner, so the page stays responsive.
class StepsPage : public QWizardPage
{
    Q_OBJECT
public:
    using ContextProvider = std::function<RunContext()>;
    explicit StepsPage(ContextProvider contextProvider, QWidget *parent = nullptr);
    ~StepsPage() override;

    void initializePage() override;
    // Evidence imported from the load balancer (lbconfig, lbstatus): those steps join the plan.
    void setImportedEvidenceProvider(std::function<QHash<QString, Evidence>()> provider)
    {
        m_importedProvider = std::move(provider);
    }
    bool isComplete() const override;

    // The diagnosis so far, for the summary page, reports and session files.
    Session session() const;
    // Continues a saved session: its context, its findings and its evidence.
    void restore(const Session &session);

    Runner *runner() const { return m_runner; }
    StatusIcons::State stateOf(const QString &stepId) const;
    QString stateText(const QString &stepId) const;

public slots:
    void runAll();
    void runSelected();
    void stop();
    void analyze(const QString &stepId, const Evidence &evidence);
    // Opens the Watch dialog for the current target; its finished run joins the session.
    WatchDialog *openWatch();
    // Guided mode's "Collect everything at once"; `text` pre-fills the paste (a bundle pasted into one step's box).
    void openBundle(const QString &text = {}, const QString &note = {});
    void openSsh(); // "Collect over SSH"

private:
    void rebuild(const RunContext &context);
    void applyBundle(const BundleResult &result);
    void updateItem(const QString &stepId);
    void updateDetail();
    void updateButtons();
    void updateElapsed();
    void stepStarted(const QString &stepId);
    void stepOutput(const QString &stepId, const QString &text);
    void stepFinished(const Finding &finding);
    void runFinished();
    void selectWorstStep();
    void updateProgressText();
    QString selectedStepId() const;
    QListWidgetItem *itemFor(const QString &stepId) const;
    QString contextKey(const RunContext &context) const;

    ContextProvider m_contextProvider;
    std::function<QHash<QString, Evidence>()> m_importedProvider;
    QHash<QString, Evidence> m_imported;
    QPointer<Runner> m_runner;
    QString m_contextKey;
    QHash<QString, Evidence> m_evidence; // pasted, by step
    QHash<QString, Finding> m_restored; // findings from a reopened session, until re-run
    QHash<QString, QString> m_liveOutput; // what running steps printed so far
    QSet<QString> m_running;
    QSet<QString> m_stopped;
    QDateTime m_startedAt;
    bool m_restoring = false;
    bool m_selectProblemWhenDone = false;

    QLabel *m_intro = nullptr;
    QPushButton *m_runAll = nullptr;
    QPushButton *m_collectAll = nullptr;
    QPushButton *m_collectSsh = nullptr;
    QPushButton *m_runOne = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_watchButton = nullptr;
    QPointer<WatchDialog> m_watchDialog;
    std::optional<Finding> m_watchFinding; // the last finished watch, with its picture
    QString m_watchSvg;
    QProgressBar *m_progress = nullptr;
    QLabel *m_elapsed = nullptr;
    QListWidget *m_list = nullptr;
    StepDetail *m_detail = nullptr;
    QTimer *m_clock = nullptr;
};
