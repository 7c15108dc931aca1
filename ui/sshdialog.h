#pragma once

#include "collect/bundle/bundleanalysis.h"
#include "core/runcontext.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class AskPassChannel;
class SshCollector;

// "Collect over SSH": the bundle runs on the backend over one connection of the system's ssh, with
// the user's ~/.ssh/config, agent and keys, and ssh's own host-key checks. By default ssh runs in
// BatchMode: an unknown host key stops it and shows the fingerprint, which the user may accept here
// (HostKeyAcceptor records exactly that key); a changed key is never accepted here. When the user
// chooses "password" for this run, ssh asks through LB Doctor's askpass helper (AskPassChannel):
// each password or passphrase prompt appears here, what the user types is sent once and cleared,
// and nothing is stored; Cancel refuses the prompt and stops ssh.
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
    QPushButton *acceptKeyButton() const { return m_acceptKey; }
    QComboBox *authCombo() const { return m_auth; }
    QCheckBox *captureCheck() const { return m_capture; }
    QWidget *promptRow() const { return m_promptRow; }
    QLabel *promptLabel() const { return m_promptLabel; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *sendPasswordButton() const { return m_sendPassword; }
    QPushButton *stopButton() const { return m_stop; }

signals:
    void analyzed(const BundleResult &result);

private:
    void collect();
    void collected(const QString &output, const QString &host);
    void acceptKey();
    void prompted(const QString &prompt);
    void sendPassword();
    void stop();
    void finishPrompt();

    RunContext m_context;
    QLineEdit *m_destination = nullptr;
    QPlainTextEdit *m_options = nullptr;
    QComboBox *m_os = nullptr;
    QComboBox *m_auth = nullptr;
    QCheckBox *m_capture = nullptr;
    QWidget *m_promptRow = nullptr;
    QLabel *m_promptLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_sendPassword = nullptr;
    QPushButton *m_stop = nullptr;
    QPointer<AskPassChannel> m_askPass;
    QPushButton *m_collect = nullptr;
    QPushButton *m_acceptKey = nullptr;
    QString m_shownFingerprint; // the unknown key ssh showed, which the user may accept
    QLabel *m_message = nullptr;
    QPointer<SshCollector> m_collector;
};
