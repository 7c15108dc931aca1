#pragma once

#include "core/runcontext.h"
#include "core/step.h"

#include <QWidget>

class QComboBox;
class QLabel;
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

    static constexpr qint64 maxFileBytes = 200 * 1024 * 1024;

signals:
    void analyzeRequested(const QString &stepId, const Evidence &evidence);

private:
    void rebuildCommands();
    void loadFile();
    void analyze();
    void analyzeEmpty(); // "It printed nothing"
    void fitWrappedLabels();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void updateButtons();

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
    QPushButton *m_nothing = nullptr;
    QWidget *m_content = nullptr;
};
