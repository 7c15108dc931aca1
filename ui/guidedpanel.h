#pragma once

#include "core/finding.h"
#include "core/runcontext.h"
#include "core/step.h"

#include <QWidget>

class LiveCapture;
class QComboBox;
class QLabel;
class QProgressBar;
class QSpinBox;
class QPushButton;
class QVBoxLayout;
class PasteBox;

// For a step whose evidence is pasted: the exact command for the customer's OS with Copy, a box
// for what they send back, and Analyze. The analysis itself happens in the engine (Runner).
class GuidedPanel : public QWidget
{
    Q_OBJECT
public:
    explicit GuidedPanel(QWidget *parent = nullptr);

    void showStep(const Step &step, const RunContext &context, const QString &pastedText);
    QString stepId() const { return m_step.id; }
    void forget(); // a new plan: the next step shown refills the paste box
    PasteBox *pasteBox() const { return m_paste; }
    QPushButton *analyzeButton() const { return m_analyze; }
    QComboBox *osCombo() const { return m_os; }
    QPushButton *captureNowButton() const { return m_captureNow; }
    QPushButton *captureStopButton() const { return m_captureStop; }
    QSpinBox *captureSecondsSpin() const { return m_captureSeconds; }
    QLabel *captureMessage() const { return m_captureMessage; }
    // Tests run the capture inside a namespace they create ({"ip", "netns", "exec", NAME}).
    void setCaptureCommandPrefix(const QStringList &prefix) { m_capturePrefix = prefix; }

    static constexpr qint64 maxFileBytes = 200 * 1024 * 1024;

signals:
    void analyzeRequested(const QString &stepId, const Evidence &evidence);
    // A finding made without the analyzer (LB Doctor's own capture saw nothing at all).
    void findingReady(const Finding &finding);

private:
    void rebuildCommands();
    void loadFile();
    void analyze();
    void analyzeEmpty(); // "It printed nothing"
    void fitWrappedLabels();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void updateButtons();
    void captureNow();
    void stopCapture();

    Step m_step;
    RunContext m_context;
    QLabel *m_intro = nullptr;
    QComboBox *m_os = nullptr;
    QLabel *m_osLabel = nullptr;
    QWidget *m_commands = nullptr;
    QVBoxLayout *m_commandsLayout = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_kindLabel = nullptr;
    PasteBox *m_paste = nullptr;
    QPushButton *m_load = nullptr;
    QPushButton *m_analyze = nullptr;
    // "Capture now": on the backend itself (collect mode), LB Doctor runs tcpdump for a while.
    QWidget *m_captureRow = nullptr;
    QPushButton *m_captureNow = nullptr;
    QPushButton *m_captureStop = nullptr;
    QSpinBox *m_captureSeconds = nullptr;
    QProgressBar *m_captureProgress = nullptr;
    QLabel *m_captureMessage = nullptr;
    LiveCapture *m_capture = nullptr;
    QStringList m_capturePrefix;
    QPushButton *m_nothing = nullptr;
    QWidget *m_content = nullptr;
};
