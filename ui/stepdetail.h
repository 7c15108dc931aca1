#pragma once

#include "statusicons.h"

#include "core/finding.h"
#include "core/runcontext.h"
#include "core/step.h"

#include <QWidget>

class GuidedPanel;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QVBoxLayout;

// The selected step: its result at the top, then tabs for pasting evidence (where the step needs
// it), what the step checks, the raw output, and how to fix it.
class StepDetail : public QWidget
{
    Q_OBJECT
public:
    explicit StepDetail(QWidget *parent = nullptr);

    // `finding` may be null (not run yet); `liveOutput` is what a running step printed so far.
    void showStep(const Step &step, const RunContext &context, const Finding *finding, StatusIcons::State state,
                  const QString &stateText, const QString &liveOutput, const QString &pastedText);
    void clear();

    GuidedPanel *guidedPanel() const { return m_guided; }
    QTabWidget *tabs() const { return m_tabs; }
    QPlainTextEdit *rawView() const { return m_raw; }
    QWidget *fixTab() const { return m_fixTab; }

    // Raw output above this is cut in the view (the report and the session keep all of it).
    static constexpr qsizetype maxRawDisplayChars = 512 * 1024;

private:
    static QString pasteTabText();
    void setPasteTabShown(bool shown);
    void showRaw(const QString &raw);
    void fillRawView();
    void findInRaw(bool backwards);
    void fillFix(const Step &step, const RunContext &context, const Finding *finding);

    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_evidence = nullptr;
    QLabel *m_otherHost = nullptr; // "this output seems to come from another host"
    QTabWidget *m_tabs = nullptr;
    GuidedPanel *m_guided = nullptr;
    QTextBrowser *m_checks = nullptr;
    QWidget *m_rawTab = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_findNext = nullptr;
    QLabel *m_searchStatus = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    QWidget *m_fixTab = nullptr;
    QVBoxLayout *m_fixLayout = nullptr;
    QString m_shownRaw; // what the raw view should show
    bool m_rawViewStale = false; // filled when its tab is opened: laying out megabytes costs time
};
