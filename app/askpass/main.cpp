// lbdoctor-askpass: the SSH_ASKPASS program LB Doctor gives ssh when the user chose to sign in
// with a password (or a key's passphrase). ssh runs it with its prompt as the one argument and
// reads the answer from its standard output. It asks the LB Doctor window that started ssh,
// through the local channel named in LBDOCTOR_ASKPASS_CHANNEL with that run's token, and prints
// the answer. It stores nothing. Exit status 1 when refused, cancelled or started any other way.
#include <QByteArray>
#include <QCoreApplication>
#include <QLocalSocket>

#include <cstdio>

namespace {

void wipe(QByteArray &bytes)
{
    volatile char *p = bytes.data();
    for (qsizetype i = 0; i < bytes.size(); ++i)
        p[i] = 0;
    bytes.clear();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QByteArray channel = qgetenv("LBDOCTOR_ASKPASS_CHANNEL");
    QByteArray token = qgetenv("LBDOCTOR_ASKPASS_TOKEN");
    if (channel.isEmpty() || token.isEmpty()) {
        std::fputs("lbdoctor-askpass: LB Doctor's SSH password helper; ssh runs it from the LB Doctor wizard only\n",
                   stderr);
        return 1;
    }
    const QByteArray prompt = argc > 1 ? QByteArray(argv[1]) : QByteArray("Password:");
    QLocalSocket socket;
    socket.connectToServer(QString::fromLocal8Bit(channel));
    // A helper process of its own: blocking is what ssh expects of it.
    if (!socket.waitForConnected(5000)) {
        std::fputs("lbdoctor-askpass: LB Doctor is not waiting for a password\n", stderr);
        return 1;
    }
    QByteArray request = QByteArrayLiteral("LBDASKPASS1 ") + token + ' ' + prompt.left(4096).toBase64() + '\n';
    wipe(token);
    socket.write(request);
    wipe(request);
    socket.flush();
    QByteArray line;
    // The user may take their time typing; LB Doctor refuses or stops ssh when they give up.
    while (!line.contains('\n') && socket.state() == QLocalSocket::ConnectedState) {
        if (!socket.waitForReadyRead(30 * 60 * 1000))
            break;
        line += socket.readAll();
    }
    line += socket.readAll();
    if (!line.startsWith("OK ")) {
        wipe(line);
        return 1;
    }
    QByteArray encoded = line.mid(3).trimmed();
    wipe(line);
    QByteArray answer = QByteArray::fromBase64(encoded);
    wipe(encoded);
    answer += '\n';
    std::fwrite(answer.constData(), 1, size_t(answer.size()), stdout);
    std::fflush(stdout);
    wipe(answer);
    return 0;
}
