#pragma once

#include "core/step.h"

#include <QHostAddress>
#include <QWizardPage>

class QButtonGroup;
class QLabel;
class QRadioButton;
class TargetPage;
struct RecentTarget;

// Page 3: where LB Doctor runs, which decides how each step gets its evidence. The default comes
// from detection: when the backend IP is one of this machine's addresses, LB Doctor runs on the
// backend and can collect locally.
class ModePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ModePage(const TargetPage *target, QWidget *parent = nullptr);

    RunMode mode() const;
    void setMode(RunMode mode);
    // A choice that detection does not override when the page is shown again for the same backend.
    void chooseMode(RunMode mode);
    RunMode suggestedMode() const { return m_suggested; }

    void initializePage() override;

    // True when `address` is one of this machine's own addresses.
    static bool isLocalAddress(const QHostAddress &address);

private:
    // The mode a recent target was run in, where it still makes sense.
    void recentTargetChosen(const RecentTarget &recent);
    QRadioButton *addChoice(const QString &name, const QString &text, const QString &explanation, RunMode mode);

    const TargetPage *m_target;
    QButtonGroup *m_group = nullptr;
    QLabel *m_detection = nullptr;
    RunMode m_suggested = RunMode::Probe;
    QString m_suggestedFor; // the host the suggestion was made for
    bool m_userChose = false;

    QString currentAddress() const;
};
