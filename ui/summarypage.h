#pragma once

#include "core/session.h"

#include <QWizardPage>

#include <functional>

class QLabel;
class QListWidget;
class QScrollArea;
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
    // Finish (or Enter) with work that was neither saved nor exported asks first, without blocking.
    bool validatePage() override;
    bool hasUnsavedWork() const { return m_unsaved; }

    // Writing, without dialogs (the buttons ask for the file name first). Return an error or empty.
    QString exportReport(const QString &fileName) const;
    QString saveSession(const QString &fileName) const;

    static QStringList missingReportFormats(); // of html, md, json, pdf: what this build lacks
    // "lbdoctor-10-0-0-5-80-20261203-1301": the backend, its port and when it was checked.
    static QString defaultFileBase(const Session &session);
    static QStringList exportFilters(); // "HTML report (*.html)", ...

private:
    void exportClicked();
    void saveClicked();
    void askToSave();
    void addFix(const QString &heading, const QStringList &commands, const QString &text);

    SessionProvider m_sessionProvider;
    Session m_session;
    QLabel *m_verdictIcon = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_rootCause = nullptr;
    QLabel *m_coverage = nullptr;
    bool m_unsaved = false;
    bool m_closeConfirmed = false;
    QWidget *m_fixes = nullptr;
    QScrollArea *m_fixScroll = nullptr;
    QVBoxLayout *m_fixesLayout = nullptr;
    QListWidget *m_results = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_saveNote = nullptr;
    QLabel *m_outcome = nullptr;
};
