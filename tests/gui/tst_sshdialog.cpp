// The wizard's "Collect over SSH": what it refuses before ssh starts, and ssh's own failure shown
// as a message (a refused loopback port; the real sshd cases are in tests/integration/tst_sshcollector).
#include "backendfixtures.h"

#include "sshdialog.h"

#include "collect/ssh/askpasschannel.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

class TestSshDialog : public QObject
{
    Q_OBJECT
private slots:
    void refusals_data();
    void refusals();
    void sshFailureIsShown();
    void passwordPrompt_data();
    void passwordPrompt();
};

void TestSshDialog::refusals_data()
{
    QTest::addColumn<QString>("destination");
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << ""
                           << ""
                           << "--ssh needs [USER@]HOST[:PORT]";
    QTest::newRow("option injection") << "-oProxyCommand=x"
                                      << ""
                                      << "is not a host name or address";
    QTest::newRow("bad port") << "web-1:99999"
                              << ""
                              << "port must be 1-65535";
    QTest::newRow("bad option") << "web-1"
                                << "IdentityFile"
                                << "--ssh-option takes KEY=VALUE";
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
    QVERIFY2(dialog.messageLabel()->text().contains("ssh could not reach root@127.0.0.1")
                 && dialog.messageLabel()->text().contains("Connection refused"),
             qPrintable(dialog.messageLabel()->text()));
}

void TestSshDialog::passwordPrompt_data()
{
    QTest::addColumn<QString>("typed"); // what the user types; "stop" presses Stop while the prompt waits
    QTest::addColumn<QString>("message");
    QTest::newRow("right password") << "pw-right"
                                    << "backend steps analyzed from";
    QTest::newRow("wrong password") << "nope"
                                    << "was not accepted";
    QTest::newRow("stop at the prompt") << "stop"
                                        << "Stopped: nothing was collected";
}

// The "password" choice, end to end through the dialog: an `ssh` stand-in first on PATH asks
// through $SSH_ASKPASS exactly as OpenSSH does with SSH_ASKPASS_REQUIRE=force (the real sshd
// cases are in tests/integration/tst_sshcollector), then runs the bundle locally when the answer
// is right, or fails as ssh does. The prompt row appears, the password is sent once, the field is
// cleared, and Stop ends ssh.
void TestSshDialog::passwordPrompt()
{
    QFETCH(QString, typed);
    QFETCH(QString, message);
    AskPassChannel::setDefaultHelperProgram(LBDOCTOR_ASKPASS);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile ssh(dir.filePath("ssh"));
    QVERIFY(ssh.open(QIODevice::WriteOnly));
    ssh.write(
        "#!/bin/sh\n"
        "for a in \"$@\"; do [ \"$a\" = BatchMode=yes ] && { echo 'batch mode given' >&2; exit 9; }; done\n"
        "[ \"$SSH_ASKPASS_REQUIRE\" = force ] || exit 8\n"
        "answer=$(\"$SSH_ASKPASS\" \"web@127.0.0.1's password: \") || { echo 'web@127.0.0.1: Permission denied (password).' >&2; exit 255; }\n"
        "[ \"$answer\" = pw-right ] || { echo 'web@127.0.0.1: Permission denied (password).' >&2; exit 255; }\n"
        "exec sh -s\n");
    ssh.close();
    ssh.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", dir.path().toUtf8() + ":" + path);
    SshDialog dialog(BackendFixtures::context("alibaba", "tcp", "10.0.0.5", "8080"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.destinationEdit()->setText("web@127.0.0.1");
    dialog.authCombo()->setCurrentIndex(dialog.authCombo()->findData("password"));
    dialog.collectButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.promptRow()->isVisible(), 10000);
    qputenv("PATH", path);
    QVERIFY2(dialog.promptLabel()->text().contains("password"), qPrintable(dialog.promptLabel()->text()));
    QCOMPARE(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
    if (typed == "stop") {
        dialog.stopButton()->click();
    } else {
        QTest::keyClicks(dialog.passwordEdit(), typed);
        dialog.sendPasswordButton()->click();
        QVERIFY(dialog.passwordEdit()->text().isEmpty()); // not kept in the field
        QVERIFY(!dialog.promptRow()->isVisible());
    }
    QTRY_VERIFY_WITH_TIMEOUT(dialog.collectButton()->isEnabled(), 30000);
    QTRY_VERIFY2_WITH_TIMEOUT(dialog.messageLabel()->text().contains(message),
                              qPrintable(dialog.messageLabel()->text()), 30000);
    QVERIFY(!dialog.messageLabel()->text().contains(typed) || typed == "stop");
    QVERIFY(!dialog.stopButton()->isVisible());
}

QTEST_MAIN(TestSshDialog)
#include "tst_sshdialog.moc"
