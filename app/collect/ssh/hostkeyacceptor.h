#pragma once

#include "sshcollector.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QProcess;

// Accepts a host key the user has seen and approved in the wizard, the way a terminal's "yes"
// would: ssh-keyscan fetches the server's keys, ssh-keygen fingerprints them, and only the key
// whose fingerprint is exactly the one shown is appended to the known_hosts file ssh uses
// (UserKnownHostsFile from the options, else ~/.ssh/known_hosts). A server that now shows another
// key is refused. Through a ProxyJump/ProxyCommand the key cannot be fetched the same way: the
// user is sent to the terminal.
class HostKeyAcceptor : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~HostKeyAcceptor() override;

    // `fingerprint` as SshCollector::Result shows it: "ssh-ed25519 SHA256:...".
    void accept(const SshDestination &destination, const QStringList &options, const QString &fingerprint);
    static QString knownHostsFile(const QStringList &options);

signals:
    void finished(bool accepted, const QString &message);

private:
    void scanned(const QByteArray &lines);
    void fingerprinted(const QByteArray &lines);
    void done(bool accepted, const QString &message);

    SshDestination m_destination;
    QStringList m_options;
    QString m_fingerprint;
    QStringList m_keyLines;
    QPointer<QProcess> m_process;
    bool m_done = false;
};
