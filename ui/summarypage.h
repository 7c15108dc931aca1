#pragma once

#include "core/session.h"

#include <QWizardPage>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
class QVBoxLayout;

// Page 5: the answer first (verdict and root cause, and what it explains), then the fixes in the
// order to apply them, then the rest. Export the report and save the session from here.
class SummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    using SessionProvider = std::function<Session()>;
    explicit SummaryPage(SessionProvider sessionProvider, QWidget *parent = nullptr);

    void initializePage() override;

    // Writing, without dialogs (the buttons ask for the file name first). Return an error or empty.
    QString exportReport(const QString &fileName) const;
    QString saveSession(const QString &fileName) const;

    static QStringList missingReportFormats(); // of html, md, json, pdf: what this build lacks

private:
    void exportClicked();
    void saveClicked();
    void addFix(const QString &heading, const QStringList &commands, const QString &text);

    SessionProvider m_sessionProvider;
    Session m_session;
    QLabel *m_verdictIcon = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_rootCause = nullptr;
    QWidget *m_fixes = nullptr;
    QVBoxLayout *m_fixesLayout = nullptr;
    QListWidget *m_results = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_saveNote = nullptr;
    QLabel *m_outcome = nullptr;
};
