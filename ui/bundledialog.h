#pragma once

#include "collect/bundle/bundleanalysis.h"
#include "core/runcontext.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class PasteBox;

// Guided mode's "Collect everything at once": the bundle script for the customer's system with
// Copy and Save, one box for everything it printed, and Analyze. Splitting and analysis run in the
// engine on the thread pool; a paste that is no bundle changes nothing and says why.
class BundleDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BundleDialog(const RunContext &context, QWidget *parent = nullptr);

    // A bundle pasted into a single step's box arrives here instead, with a word about it.
    void setPaste(const QString &text, const QString &note);

    QComboBox *osCombo() const { return m_os; }
    QCheckBox *captureCheck() const { return m_capture; }
    QPlainTextEdit *scriptView() const { return m_script; }
    PasteBox *pasteBox() const { return m_paste; }
    QPushButton *analyzeButton() const { return m_analyze; }
    QLabel *messageLabel() const { return m_message; }

signals:
    void analyzed(const BundleResult &result);

private:
    void rebuildScript();
    void copyScript();
    void saveScript();
    void loadFile();
    void analyze();

    RunContext m_context;
    QComboBox *m_os = nullptr;
    QCheckBox *m_capture = nullptr;
    QPlainTextEdit *m_script = nullptr;
    QLabel *m_runLine = nullptr;
    PasteBox *m_paste = nullptr;
    QPushButton *m_analyze = nullptr;
    QLabel *m_message = nullptr;
    bool m_busy = false;
};
