#include "askpasschannel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace {

// The wire format between the helper and the channel, one line each way:
//   helper:  LBDASKPASS1 <token> <base64 prompt>\n
//   channel: OK <base64 answer>\n   or   NO\n
constexpr char magic[] = "LBDASKPASS1";

QString &helperOverride()
{
    static QString program;
    return program;
}

QByteArray randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    QByteArray hex = raw.toHex();
    wipeSecret(raw);
    return hex;
}

} // namespace

void wipeSecret(QByteArray &bytes)
{
    volatile char *p = bytes.data(); // data() detaches: another QByteArray's shared buffer is left alone
    for (qsizetype i = 0; i < bytes.size(); ++i)
        p[i] = 0;
    bytes.clear();
}

void wipeSecret(QString &text)
{
    auto *p = reinterpret_cast<volatile char16_t *>(text.data());
    for (qsizetype i = 0; i < text.size(); ++i)
        p[i] = 0;
    text.clear();
}

AskPassChannel::AskPassChannel(QObject *parent) : QObject(parent) { }

AskPassChannel::~AskPassChannel()
{
    if (m_pending)
        refuse();
    wipeSecret(m_token);
}

void AskPassChannel::setDefaultHelperProgram(const QString &program)
{
    helperOverride() = program;
}

QString AskPassChannel::defaultHelperProgram()
{
    if (!helperOverride().isEmpty())
        return helperOverride();
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("lbdoctor-askpass.exe");
#else
    const QString name = QStringLiteral("lbdoctor-askpass");
#endif
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(name);
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStandardPaths::findExecutable(QStringLiteral("lbdoctor-askpass"));
}

QString AskPassChannel::helperProgram() const
{
    return defaultHelperProgram();
}

Result<void> AskPassChannel::listen()
{
    if (m_server)
        return {};
    if (helperProgram().isEmpty())
        return Error{tr(
            "the password helper lbdoctor-askpass is missing beside LB Doctor: reinstall LB Doctor, or use a key with ssh-agent")};
    m_token = randomHex(32);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    m_server->setMaxPendingConnections(4);
    connect(m_server, &QLocalServer::newConnection, this, &AskPassChannel::connection);
    const QString name = QStringLiteral("lbdoctor-askpass-") + QString::fromLatin1(randomHex(16));
    if (!m_server->listen(name)) {
        const QString problem = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return Error{tr("cannot open the local channel for the password prompt: %1").arg(problem)};
    }
    return {};
}

QHash<QString, QString> AskPassChannel::environment() const
{
    if (!m_server)
        return {};
    return {{QStringLiteral("SSH_ASKPASS"), helperProgram()},
            {QStringLiteral("SSH_ASKPASS_REQUIRE"), QStringLiteral("force")},
            {QStringLiteral("LBDOCTOR_ASKPASS_CHANNEL"), m_server->fullServerName()},
            {QStringLiteral("LBDOCTOR_ASKPASS_TOKEN"), QString::fromLatin1(m_token)}};
}

AskPassChannel::Prompt AskPassChannel::classify(const QString &prompt)
{
    const QString p = prompt.toLower();
    if (p.contains(QStringLiteral("passphrase")))
        return Prompt::Passphrase;
    if (p.contains(QStringLiteral("password")))
        return Prompt::Password;
    return Prompt::Other;
}

void AskPassChannel::connection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { read(socket); });
    }
}

void AskPassChannel::read(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > maxPromptBytes * 2)
            socket->abort();
        return;
    }
    QByteArray line = socket->readLine(maxPromptBytes * 2).trimmed();
    const QList<QByteArray> parts = line.split(' ');
    const bool valid = parts.size() == 3 && parts.at(0) == magic && !m_token.isEmpty() && parts.at(1) == m_token;
    wipeSecret(line);
    if (!valid) {
        socket->abort(); // not our helper, or not this run's
        return;
    }
    const QString prompt = QString::fromUtf8(QByteArray::fromBase64(parts.at(2))).left(maxPromptBytes).trimmed();
    const QString lower = prompt.toLower();
    if (lower.contains(QStringLiteral("yes/no")) || lower.contains(QStringLiteral("continue connecting"))) {
        socket->write("NO\n");
        socket->disconnectFromServer();
        emit refusedQuestion(prompt);
        return;
    }
    if (m_pending) { // one question at a time: ssh asks one after the other
        socket->write("NO\n");
        socket->disconnectFromServer();
        return;
    }
    m_pending = socket;
    emit prompted(prompt, classify(prompt));
}

void AskPassChannel::reply(QByteArray &line)
{
    if (QLocalSocket *socket = m_pending) {
        m_pending = nullptr;
        socket->write(line);
        socket->flush();
        socket->disconnectFromServer();
    }
    wipeSecret(line);
}

void AskPassChannel::answer(QString &secret)
{
    QByteArray utf8 = secret.toUtf8();
    wipeSecret(secret);
    QByteArray encoded = utf8.toBase64();
    wipeSecret(utf8);
    QByteArray line = QByteArrayLiteral("OK ") + encoded + '\n';
    wipeSecret(encoded);
    if (m_pending)
        ++m_answered;
    reply(line);
}

void AskPassChannel::refuse()
{
    QByteArray line("NO\n");
    reply(line);
}
