#pragma once

#include "collect/bundleanalysis.h"
#include "core/runcontext.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class SshCollector;

// "Collect over SSH": the bundle runs on the backend over one connection of the system's ssh, with
// the user's ~/.ssh/config, agent and keys, and ssh's own host-key checks. This first version runs
// ssh in BatchMode: an unknown or changed host key stops it and shows the fingerprint with the
// command that accepts it in a terminal; a password-only login is refused with a clear message.
class SshDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SshDialog(const RunContext &context, QWidget *parent = nullptr);
    ~SshDialog() override;

    QLineEdit *destinationEdit() const { return m_destination; }
    QPlainTextEdit *optionsEdit() const { return m_options; }
    QPushButton *collectButton() const { return m_collect; }
    QLabel *messageLabel() const { return m_message; }

signals:
    void analyzed(const BundleResult &result);

private:
    void collect();
    void collected(const QString &output, const QString &host);

    RunContext m_context;
    QLineEdit *m_destination = nullptr;
    QPlainTextEdit *m_options = nullptr;
    QComboBox *m_os = nullptr;
    QPushButton *m_collect = nullptr;
    QLabel *m_message = nullptr;
    QPointer<SshCollector> m_collector;
};
