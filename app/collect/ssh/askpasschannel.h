#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

class QLocalServer;
class QLocalSocket;

// The way ssh asks LB Doctor's user for a password or a key's passphrase without a terminal and
// without storing anything: ssh runs SSH_ASKPASS (the small `lbdoctor-askpass` helper installed
// beside lbdoctor) with SSH_ASKPASS_REQUIRE=force; the helper connects to this channel, a local
// socket whose random name and token only this run knows (and only this user may open), and
// passes ssh's prompt on. The front end shows the prompt and answers with what the user typed, or
// refuses. The answer is sent once and the copies this class made are overwritten; nothing is
// written to disk, settings or logs. A host-key question ("yes/no") is always refused here: host
// keys are accepted only through the fingerprint the wizard shows.
class AskPassChannel : public QObject
{
    Q_OBJECT
public:
    enum class Prompt { Password, Passphrase, Other };

    explicit AskPassChannel(QObject *parent = nullptr);
    ~AskPassChannel() override;

    Result<void> listen();
    // The variables ssh needs: SSH_ASKPASS, SSH_ASKPASS_REQUIRE and the channel's name and token.
    QHash<QString, QString> environment() const;
    QString helperProgram() const;
    bool isWaiting() const { return !m_pending.isNull(); }
    int promptsAnswered() const { return m_answered; }

    // Answers the waiting prompt; `secret` is overwritten and cleared.
    void answer(QString &secret);
    void refuse();

    static Prompt classify(const QString &prompt);
    // Where the helper is: beside the running executable unless set (tests set the build's).
    static void setDefaultHelperProgram(const QString &program);
    static QString defaultHelperProgram();

    static constexpr int maxPromptBytes = 4096;

signals:
    void prompted(const QString &prompt, AskPassChannel::Prompt kind);
    // A prompt LB Doctor never answers (a host-key question): refused at once.
    void refusedQuestion(const QString &prompt);

private:
    void connection();
    void read(QLocalSocket *socket);
    void reply(QByteArray &line);

    QLocalServer *m_server = nullptr;
    QByteArray m_token;
    QPointer<QLocalSocket> m_pending;
    int m_answered = 0;
};

// Overwrites the bytes of a secret before they are released.
void wipeSecret(QByteArray &bytes);
void wipeSecret(QString &text);
