// The wizard's "Collect over SSH": what it refuses before ssh starts, and ssh's own failure shown
// as a message (a refused loopback port; the real sshd cases are in tests/integration/tst_sshcollector).
#include "backendfixtures.h"

#include "sshdialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

class TestSshDialog : public QObject
{
    Q_OBJECT
private slots:
    void refusals_data();
    void refusals();
    void sshFailureIsShown();
};

void TestSshDialog::refusals_data()
{
    QTest::addColumn<QString>("destination");
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << "" << "" << "--ssh needs [USER@]HOST[:PORT]";
    QTest::newRow("option injection") << "-oProxyCommand=x" << "" << "is not a host name or address";
    QTest::newRow("bad port") << "web-1:99999" << "" << "port must be 1-65535";
    QTest::newRow("bad option") << "web-1" << "IdentityFile" << "--ssh-option takes KEY=VALUE";
}

void TestSshDialog::refusals()
{
    QFETCH(QString, destination);
    QFETCH(QString, options);
    QFETCH(QString, message);
    SshDialog dialog(BackendFixtures::context("alibaba", "tcp", "10.0.0.5", "8080"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.destinationEdit()->setText(destination);
    dialog.optionsEdit()->setPlainText(options);
    dialog.collectButton()->click();
    QVERIFY2(dialog.messageLabel()->text().contains(message), qPrintable(dialog.messageLabel()->text()));
    QVERIFY(dialog.collectButton()->isEnabled());
}

void TestSshDialog::sshFailureIsShown()
{
    if (QStandardPaths::findExecutable("ssh").isEmpty())
        QSKIP("needs the OpenSSH client (Debian: openssh-client)");
    QTcpServer probe; // a loopback port nobody listens on
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    SshDialog dialog(BackendFixtures::context("alibaba", "tcp", "10.0.0.5", "8080"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.destinationEdit()->setText(QStringLiteral("root@127.0.0.1:%1").arg(port));
    dialog.optionsEdit()->setPlainText("UserKnownHostsFile=/dev/null\nGlobalKnownHostsFile=/dev/null");
    dialog.collectButton()->click();
    QVERIFY(!dialog.collectButton()->isEnabled()); // the GUI stays live while ssh runs
    QTRY_VERIFY_WITH_TIMEOUT(dialog.collectButton()->isEnabled(), 20000);
    QVERIFY2(dialog.messageLabel()->text().contains("ssh could not reach root@127.0.0.1") && dialog.messageLabel()->text().contains("Connection refused"),
             qPrintable(dialog.messageLabel()->text()));
}

QTEST_MAIN(TestSshDialog)
#include "tst_sshdialog.moc"
