#pragma once

#include "collect/group/groupsshcollection.h"
#include "core/group/groupsession.h"
#include "core/group/targetlist.h"
#include "core/runcontext.h"

#include <QDateTime>
#include <QPointer>
#include <QWizardPage>

#include <functional>
#include <optional>

class GroupRunner;
class GroupSshCollection;
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
    // Shows a saved group when the page opens next, instead of running it.
    void restore(const GroupSession &group);
    // Each backend's own evidence, by endpoint ("10.0.0.5:80"): kept for every run of this list.
    const QHash<QString, MemberEvidence> &memberEvidence() const { return m_memberEvidence; }

public slots:
    void runAll();
    void stop();
    void saveReport();
    void loadBundles(const QStringList &paths); // reads them off the GUI thread, then runs again
    void collectOverSsh(const GroupSshCollection::Settings &settings); // then runs again
    Result<void> saveSession(const QString &fileName) const;

private:
    void showRestored(const GroupSession &group); // a saved group's table and answer, nothing run
    void chooseBundles();
    void chooseSsh();
    void chooseSessionFile();
    QList<GroupMember> plannedMembers() const; // the list's backends with their contexts, before a run
    void attach(GroupRunner *runner, const QHash<QString, Evidence> &evidence);
    void setBusy(bool busy);
    QString evidenceSummary() const;
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
    QHash<QString, MemberEvidence> m_memberEvidence;
    QStringList m_evidenceProblems;
    QPointer<GroupSshCollection> m_ssh;
    std::optional<GroupSession> m_restored; // a saved group shown instead of a run
    bool m_showRestored = false;
    QString m_evidenceKey; // the settings the backends' evidence was analyzed for

    QLabel *m_intro = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_report = nullptr;
    QPushButton *m_bundles = nullptr;
    QPushButton *m_sshButton = nullptr;
    QPushButton *m_saveSession = nullptr;
    QLabel *m_evidenceLabel = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_elapsed = nullptr;
    QTableView *m_table = nullptr;
    GroupTableModel *m_model = nullptr;
    QTextBrowser *m_detail = nullptr;
    QTextBrowser *m_answer = nullptr;
};
