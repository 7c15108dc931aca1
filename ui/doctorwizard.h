#pragma once

#include "core/profilestore.h"
#include "core/runcontext.h"
#include "core/session.h"

#include <QWizard>

class GroupStepsPage;
class ModePage;
class ProviderPage;
class StepsPage;
class SummaryPage;
class TargetPage;

// LB Doctor's main window: provider, target, where it runs, the steps, the summary. Each page
// reads what the previous ones chose; the engine (app/) decides every result.
class DoctorWizard : public QWizard
{
    Q_OBJECT
public:
    // A server group goes from the target page straight to its own steps page, the last one.
    enum PageId { ProviderPageId, TargetPageId, ModePageId, StepsPageId, SummaryPageId, GroupStepsPageId };

    explicit DoctorWizard(QWidget *parent = nullptr);
    ~DoctorWizard() override;

    const ProfileStore &profiles() const { return m_profiles; }
    ProviderPage *providerPage() const { return m_provider; }
    TargetPage *targetPage() const { return m_target; }
    ModePage *modePage() const { return m_mode; }
    StepsPage *stepsPage() const { return m_steps; }
    SummaryPage *summaryPage() const { return m_summary; }
    GroupStepsPage *groupStepsPage() const { return m_groupSteps; }
    int nextId() const override;

    // What the pages describe, ready for a Runner.
    RunContext runContext() const;
    Session session() const;

    // Reopens a saved session on the Steps page, where it stopped. On failure nothing changes.
    Result<void> openSession(const QString &fileName);

public slots:
    void showAbout();
    void openSessionDialog();

protected:
    void done(int result) override;

private:
    void saveGeometrySetting();
    void updateButtons(int pageId);
    void rememberRecent();

    ProfileStore m_profiles;
    ProviderPage *m_provider = nullptr;
    TargetPage *m_target = nullptr;
    ModePage *m_mode = nullptr;
    StepsPage *m_steps = nullptr;
    SummaryPage *m_summary = nullptr;
    GroupStepsPage *m_groupSteps = nullptr;
};
