#pragma once

#include "core/group/groupsession.h"
#include "core/group/targetlist.h"
#include "core/runcontext.h"

#include <QDateTime>
#include <QPointer>
#include <QWizardPage>

#include <functional>
#include <optional>

class GroupRunner;
class GroupTableModel;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTextBrowser;

// The steps page of a server group: every backend's steps in one table (backend x step), a detail
// pane for the selected backend, progress and Stop, and once done the group's answer: how the
// failures group, what the failing backends share, the root cause once per group. The engine's
// GroupRunner runs it all asynchronously on this thread's event loop with a bounded number of
// connections, so the wizard stays responsive.
class GroupStepsPage : public QWizardPage
{
    Q_OBJECT
public:
    using ContextProvider = std::function<RunContext()>;
    using RowsProvider = std::function<QList<TargetRow>()>;
    using EvidenceProvider = std::function<QHash<QString, Evidence>()>;
    using ProblemsProvider = std::function<QStringList()>;
    GroupStepsPage(ContextProvider context, RowsProvider rows, EvidenceProvider evidence, ProblemsProvider problems,
                   QWidget *parent = nullptr);
    ~GroupStepsPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    GroupRunner *runner() const { return m_runner; }
    // The group so far (every backend, the group's answer), for the report.
    GroupSession group() const;

public slots:
    void runAll();
    void stop();
    void saveReport();

private:
    void backendFinished(int index);
    void runFinished();
    void updateProgress();
    void updateDetail();
    void showAnswer();

    ContextProvider m_context;
    RowsProvider m_rows;
    EvidenceProvider m_evidence;
    ProblemsProvider m_problems;
    QPointer<GroupRunner> m_runner;
    QDateTime m_startedAt;
    bool m_finished = false;
    std::optional<GroupAnswer> m_groupAnswer; // worked out off the GUI thread once the run is over
    quint64 m_generation = 0;

    QLabel *m_intro = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_report = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_elapsed = nullptr;
    QTableView *m_table = nullptr;
    GroupTableModel *m_model = nullptr;
    QTextBrowser *m_detail = nullptr;
    QTextBrowser *m_answer = nullptr;
};
