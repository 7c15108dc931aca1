#pragma once

#include "collect/bundle/bundleanalysis.h"
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
// the user's ~/.ssh/config, agent and keys, and ssh's own host-key checks. ssh runs in BatchMode:
// an unknown host key stops it and shows the fingerprint, which the user may accept here
// (HostKeyAcceptor records exactly that key); a changed key is never accepted here; a
// password-only login is refused with a clear message (no SSH_ASKPASS prompt yet).
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

signals:
    void analyzed(const BundleResult &result);

private:
    void collect();
    void collected(const QString &output, const QString &host);
    void acceptKey();

    RunContext m_context;
    QLineEdit *m_destination = nullptr;
    QPlainTextEdit *m_options = nullptr;
    QComboBox *m_os = nullptr;
    QPushButton *m_collect = nullptr;
    QPushButton *m_acceptKey = nullptr;
    QString m_shownFingerprint; // the unknown key ssh showed, which the user may accept
    QLabel *m_message = nullptr;
    QPointer<SshCollector> m_collector;
};
