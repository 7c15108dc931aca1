#include "backendfixtures.h"

#include "collect/bundle/bundleanalysis.h"
#include "collect/bundle/bundleparser.h"
#include "collect/bundle/bundlescript.h"
#include "collect/ssh/askpasschannel.h"
#include "collect/ssh/hostkeyacceptor.h"
#include "collect/ssh/sshcollector.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "rootcheck.h"

Q_DECLARE_METATYPE(SshCollector::Result)

// SshCollector and `check --ssh` against a real sshd this test starts on loopback ports with
// throwaway host and user keys and a known_hosts file it controls. Ports: the normal one, one
// whose forced command hangs after the login, one whose forced command prints 10 MB.
class TestSshCollector : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void destinations_data();
    void destinations();
    void argumentsKeepHostKeyChecks();
    void collectAsRoot();
    void collectAsUserWithoutSudo();
    void unknownHostKey();
    void acceptShownKeyThenCollect();
    void changedHostKey();
    void wrongKey();
    void serverHangsAfterLogin();
    void tenMegabytes();
    void checkOverSshFromTheCommandLine();
    void passwordArgumentsKeepHostKeyChecks();
    void passwordSignIn_data();
    void passwordSignIn();
    void passwordCancelStopsSsh();
    void askPassRefusesStrangers();

private:
    void requireSshd();
    SshCollector::Result collect(const QString &user, int port, const QString &knownHosts, const QString &identity,
                                 int timeLimitMs = 30000, SshCollector *collector = nullptr);
    static QString run(const QString &program, const QStringList &args, int *exitCode = nullptr);
    static int freePort();
    QStringList options(const QString &knownHosts, const QString &identity) const;
    int connectionsLogged() const { return int(m_sshdLog.count("Connection from 127.0.0.1")); }

    QTemporaryDir m_dir;
    QProcess m_sshd;
    QString m_sshdLog;
    QString m_skip;
    QString m_user; // the unprivileged account, when this test could create it
    bool m_createdUser = false;
    int m_port = 0, m_hangPort = 0, m_floodPort = 0, m_passwordPort = 0;
    QString m_password = "Lbd-test-pw-7!x"; // the throwaway test account's, set with chpasswd
    QString m_fingerprint; // "SHA256:..."
};

QString TestSshCollector::run(const QString &program, const QStringList &args, int *exitCode)
{
    QProcess p;
    p.start(program, args);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

int TestSshCollector::freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

QStringList TestSshCollector::options(const QString &knownHosts, const QString &identity) const
{
    return {"IdentityFile=" + identity, "IdentitiesOnly=yes", "UserKnownHostsFile=" + knownHosts,
            "GlobalKnownHostsFile=/dev/null"};
}

void TestSshCollector::initTestCase()
{
    qRegisterMetaType<SshCollector::Result>();
    if (!runningAsRoot())
        m_skip = "starts its own sshd, which needs root: run the tests as root";
    else if (!QFile::exists("/usr/sbin/sshd") || QStandardPaths::findExecutable("ssh").isEmpty()
             || QStandardPaths::findExecutable("ssh-keygen").isEmpty())
        m_skip = "needs OpenSSH (Debian: openssh-server, openssh-client)";
    if (!m_skip.isEmpty())
        return;
    QVERIFY(m_dir.isValid());
    const QString d = m_dir.path();
    // sshd reads authorized_keys as the logged-in user: the folder must be readable by the test user.
    QFile::setPermissions(d,
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                              | QFile::ReadOther | QFile::ExeOther);
    for (const char *key : {"host", "other_host", "id", "wrong", "locked"}) {
        int rc = 0;
        // "locked" is a user key with a passphrase: ssh asks for it through askpass.
        const QString passphrase = QString(key) == "locked" ? m_password : QString();
        const QString out = run(
            "ssh-keygen", {"-q", "-t", "ed25519", "-N", passphrase, "-C", "lbdoctor-test", "-f", d + "/" + key}, &rc);
        QVERIFY2(rc == 0, qPrintable(out));
    }
    {
        QFile authorized(d + "/authorized_keys");
        QVERIFY(authorized.open(QIODevice::WriteOnly));
        authorized.write(run("cat", {d + "/id.pub"}).toUtf8() + run("cat", {d + "/locked.pub"}).toUtf8());
    }
    AskPassChannel::setDefaultHelperProgram(LBDOCTOR_ASKPASS);
    QFile::setPermissions(d + "/authorized_keys",
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    m_fingerprint = run("ssh-keygen", {"-lf", d + "/host.pub"}).section(' ', 1, 1);
    QVERIFY(m_fingerprint.startsWith("SHA256:"));

    // An account without sudo, created for the test and removed after it.
    m_user = "lbdoctor-ssh-test";
    int rc = 0;
    run("id", {m_user}, &rc);
    if (rc != 0) {
        if (QStandardPaths::findExecutable("useradd").isEmpty()) {
            m_user.clear();
        } else {
            run("useradd", {"-M", "-d", "/nonexistent", "-s", "/bin/sh", "-p", "*", m_user}, &rc);
            m_createdUser = rc == 0;
            if (rc != 0)
                m_user.clear();
        }
    }
    if (!m_user.isEmpty()) {
        // A password for the throwaway account, for the password sign-in port only.
        QProcess chpasswd;
        chpasswd.start("chpasswd", QStringList{});
        chpasswd.write((m_user + ":" + m_password + "\n").toUtf8());
        chpasswd.closeWriteChannel();
        if (!chpasswd.waitForFinished(10000) || chpasswd.exitCode() != 0)
            m_user.clear();
    }

    m_port = freePort();
    m_hangPort = freePort();
    m_floodPort = freePort();
    m_passwordPort = freePort();
    QFile config(d + "/sshd_config");
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(
        QStringLiteral(
            "ListenAddress 127.0.0.1:%1\nListenAddress 127.0.0.1:%2\nListenAddress 127.0.0.1:%3\nListenAddress 127.0.0.1:%6\n"
            "HostKey %4/host\nPidFile %4/sshd.pid\nAuthorizedKeysFile %4/authorized_keys\n"
            "StrictModes no\nUsePAM no\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n"
            "PermitRootLogin prohibit-password\nLogLevel VERBOSE\nAllowUsers root %5\n"
            "Match LocalPort %2\n    ForceCommand sleep 60\n"
            "Match LocalPort %3\n    ForceCommand echo LBD-FIRST; yes 0123456789abcdef | head -c 10000000; echo; echo LBD-LAST\n"
            "Match LocalPort %6\n    PasswordAuthentication yes\n    AuthenticationMethods password\n")
            .arg(m_port)
            .arg(m_hangPort)
            .arg(m_floodPort)
            .arg(d, m_user.isEmpty() ? QStringLiteral("root") : m_user)
            .arg(m_passwordPort)
            .toUtf8());
    config.close();
    QDir().mkpath("/run/sshd"); // sshd's privilege-separation folder (Debian creates it at boot)
    connect(&m_sshd, &QProcess::readyReadStandardError, this,
            [this] { m_sshdLog += QString::fromUtf8(m_sshd.readAllStandardError()); });
    m_sshd.start("/usr/sbin/sshd", {"-D", "-e", "-f", d + "/sshd_config"});
    QVERIFY(m_sshd.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_sshdLog.count("Server listening") >= 4 || m_sshd.state() == QProcess::NotRunning, 10000);
    QVERIFY2(m_sshd.state() == QProcess::Running, qPrintable(m_sshdLog));

    QFile known(d + "/known_hosts");
    QVERIFY(known.open(QIODevice::WriteOnly));
    const QString key = run("cat", {d + "/host.pub"}).section(' ', 0, 1);
    for (int port : {m_port, m_hangPort, m_floodPort, m_passwordPort})
        known.write(QStringLiteral("[127.0.0.1]:%1 %2\n").arg(port).arg(key).toUtf8());
    known.close();
    QFile empty(d + "/empty_known_hosts");
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    QFile changed(d + "/changed_known_hosts");
    QVERIFY(changed.open(QIODevice::WriteOnly));
    changed.write(QStringLiteral("[127.0.0.1]:%1 %2\n")
                      .arg(m_port)
                      .arg(run("cat", {d + "/other_host.pub"}).section(' ', 0, 1))
                      .toUtf8());
    changed.close();
}

void TestSshCollector::cleanupTestCase()
{
    if (m_sshd.state() != QProcess::NotRunning) {
        m_sshd.terminate();
        if (!m_sshd.waitForFinished(5000))
            m_sshd.kill();
    }
    if (m_createdUser)
        run("userdel", {m_user});
}

void TestSshCollector::requireSshd()
{
    if (!m_skip.isEmpty())
        QSKIP(qPrintable(m_skip));
}

SshCollector::Result TestSshCollector::collect(const QString &user, int port, const QString &knownHosts,
                                               const QString &identity, int timeLimitMs, SshCollector *given)
{
    SshCollector own;
    SshCollector *c = given ? given : &own;
    c->setDestination({user, "127.0.0.1", port});
    c->setOptions(options(m_dir.filePath(knownHosts), m_dir.filePath(identity)));
    c->setTimeLimitMs(timeLimitMs);
    QSignalSpy spy(c, &SshCollector::finished);
    c->start(BundleScript::generate(BundleOs::Linux, BackendFixtures::context("alibaba", "tcp", "10.0.0.5", "8080")));
    if (!spy.wait(timeLimitMs + 10000))
        return {};
    return spy.first().first().value<SshCollector::Result>();
}

void TestSshCollector::destinations_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("ok");
    QTest::newRow("host") << "web-1"
                          << ""
                          << "web-1" << 0 << true;
    QTest::newRow("user@host:port") << "ec2-user@10.0.0.5:2222"
                                    << "ec2-user"
                                    << "10.0.0.5" << 2222 << true;
    QTest::newRow("ipv6") << "::1"
                          << ""
                          << "::1" << 0 << true;
    QTest::newRow("[ipv6]:port") << "root@[::1]:22"
                                 << "root"
                                 << "::1" << 22 << true;
    QTest::newRow("option injection") << "-oProxyCommand=touch /tmp/x"
                                      << ""
                                      << "" << 0 << false;
    QTest::newRow("user injection") << "-F/tmp/x@host"
                                    << ""
                                    << "" << 0 << false;
    QTest::newRow("space") << "a b"
                           << ""
                           << "" << 0 << false;
    QTest::newRow("port 0") << "host:0"
                            << ""
                            << "" << 0 << false;
    QTest::newRow("port text") << "host:ssh"
                               << ""
                               << "" << 0 << false;
    QTest::newRow("empty") << ""
                           << ""
                           << "" << 0 << false;
}

void TestSshCollector::destinations()
{
    QFETCH(QString, spec);
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(bool, ok);
    const auto d = SshDestination::parse(spec);
    QCOMPARE(d.ok(), ok);
    if (!ok) {
        QVERIFY(d.error().startsWith("--ssh"));
        return;
    }
    QCOMPARE(d->user, user);
    QCOMPARE(d->host, host);
    QCOMPARE(d->port, port);
}

void TestSshCollector::argumentsKeepHostKeyChecks()
{
    SshCollector c;
    c.setDestination({"ec2-user", "web-1", 2222});
    c.setOptions({"ProxyJump=bastion", "IdentityFile=/k ey"});
    const QStringList args = c.arguments();
    QVERIFY(!args.join(' ').contains("StrictHostKeyChecking"));
    QCOMPARE(args.mid(0, 4), (QStringList{"-T", "-v", "-o", "BatchMode=yes"}));
    QVERIFY(args.contains("IdentityFile=/k ey")); // one argument, spaces and all
    QCOMPARE(args.mid(args.size() - 4), (QStringList{"--", "web-1", "sh", "-s"}));
    QVERIFY(args.contains("ControlMaster=no"));
    QVERIFY(!SshCollector::validOption("StrictHostKeyChecking"));
    QVERIFY(!SshCollector::validOption("a=b\nProxyCommand=x"));
    QVERIFY(SshCollector::validOption("ProxyJump=user@bastion:22"));
    c.setOs(BundleOs::Windows);
    QVERIFY(c.arguments().endsWith("-"));
    QVERIFY(c.arguments().contains("powershell"));
}

void TestSshCollector::collectAsRoot()
{
    requireSshd();
    const int before = connectionsLogged();
    const SshCollector::Result r = collect("root", m_port, "known_hosts", "id");
    QVERIFY2(r.failure == SshCollector::Failure::None, qPrintable(r.message));
    QCOMPARE(r.bytesCut, 0);
    // One connection for the whole bundle.
    QTRY_COMPARE(connectionsLogged(), before + 1);
    const ParsedBundle b = BundleParser::parse(r.output);
    QVERIFY2(b.problems.isEmpty(), qPrintable(b.problems.join('\n')));
    QCOMPARE(b.user, QString("root"));
    QCOMPARE(b.sudo, QString("root"));
    const BundleResult result =
        BundleAnalysis::analyze(b, BackendFixtures::context("alibaba", "tcp", "10.0.0.5", "8080"), "ssh");
    QCOMPARE(result.findings.size(), 6);
    for (const Finding &f : result.findings) {
        QCOMPARE(f.source, QString("ssh"));
        QVERIFY2(!f.summary.contains("needs root") && !f.summary.contains("no section"),
                 qPrintable(f.step + ": " + f.summary));
    }
}

void TestSshCollector::collectAsUserWithoutSudo()
{
    requireSshd();
    if (m_user.isEmpty())
        QSKIP("could not create the unprivileged test account (useradd)");
    const SshCollector::Result r = collect(m_user, m_port, "known_hosts", "id");
    QVERIFY2(r.failure == SshCollector::Failure::None, qPrintable(r.message));
    const ParsedBundle b = BundleParser::parse(r.output);
    QVERIFY2(b.problems.isEmpty(), qPrintable(b.problems.join('\n')));
    QCOMPARE(b.user, m_user);
    QVERIFY2(b.sudo == "absent" || b.sudo == "password", qPrintable(b.sudo));
    const BundleResult result =
        BundleAnalysis::analyze(b, BackendFixtures::context("alibaba", "tcp", "10.0.0.5", "8080"), "ssh");
    const Finding &firewall = result.findings.first();
    QCOMPARE(firewall.step, QString("firewall"));
    QCOMPARE(firewall.status, Status::Unknown);
    QVERIFY2(firewall.summary.contains("needs root"), qPrintable(firewall.summary));
    QVERIFY2(result.notes.join('\n').contains("lost what only root sees: `iptables-save` (firewall)"),
             qPrintable(result.notes.join('\n')));
    QCOMPARE(result.findings.at(3).step, QString("route"));
    QCOMPARE(result.findings.at(3).status, Status::Pass); // what needs no root still arrives
}

void TestSshCollector::unknownHostKey()
{
    requireSshd();
    const SshCollector::Result r = collect("root", m_port, "empty_known_hosts", "id");
    QCOMPARE(r.failure, SshCollector::Failure::HostKeyUnknown);
    QVERIFY2(r.fingerprint.endsWith(m_fingerprint), qPrintable(r.fingerprint + " vs " + m_fingerprint));
    QVERIFY2(r.message.contains(m_fingerprint) && r.message.contains("not known yet")
                 && r.message.contains("answering yes"),
             qPrintable(r.message));
    QVERIFY(r.message.contains(QStringLiteral("-p %1 root@127.0.0.1 true`").arg(m_port)));
    QVERIFY(r.output.isEmpty());
    // The key is never accepted behind the user's back.
    QCOMPARE(QFileInfo(m_dir.filePath("empty_known_hosts")).size(), 0);
}

void TestSshCollector::acceptShownKeyThenCollect()
{
    requireSshd();
    const QString file = m_dir.filePath("accepted_known_hosts");
    QFile::remove(file);
    QFile create(file);
    QVERIFY(create.open(QIODevice::WriteOnly));
    create.close();
    const SshCollector::Result first = collect("root", m_port, "accepted_known_hosts", "id");
    QCOMPARE(first.failure, SshCollector::Failure::HostKeyUnknown);

    HostKeyAcceptor acceptor;
    QSignalSpy done(&acceptor, &HostKeyAcceptor::finished);
    const QStringList opts = options(file, m_dir.filePath("id"));
    // A fingerprint the server does not have is refused, and nothing is written.
    acceptor.accept({"root", "127.0.0.1", m_port}, opts,
                    "ssh-ed25519 SHA256:AAAAnotthekeyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    QVERIFY(done.wait(20000));
    QCOMPARE(done.first().at(0).toBool(), false);
    QVERIFY2(done.first().at(1).toString().contains("nothing was accepted"), qPrintable(done.first().at(1).toString()));
    QCOMPARE(QFileInfo(file).size(), 0);

    HostKeyAcceptor again;
    QSignalSpy accepted(&again, &HostKeyAcceptor::finished);
    again.accept({"root", "127.0.0.1", m_port}, opts, first.fingerprint);
    QVERIFY(accepted.wait(20000));
    QVERIFY2(accepted.first().at(0).toBool(), qPrintable(accepted.first().at(1).toString()));
    const SshCollector::Result second = collect("root", m_port, "accepted_known_hosts", "id");
    QVERIFY2(second.failure == SshCollector::Failure::None, qPrintable(second.message));
    QVERIFY(BundleParser::parse(second.output).problems.isEmpty());
}

void TestSshCollector::changedHostKey()
{
    requireSshd();
    const SshCollector::Result r = collect("root", m_port, "changed_known_hosts", "id");
    QCOMPARE(r.failure, SshCollector::Failure::HostKeyChanged);
    QVERIFY2(r.message.contains("CHANGED") && r.message.contains(m_fingerprint) && r.message.contains("ssh-keygen -R"),
             qPrintable(r.message));
}

void TestSshCollector::wrongKey()
{
    requireSshd();
    const SshCollector::Result r = collect("root", m_port, "known_hosts", "wrong");
    QCOMPARE(r.failure, SshCollector::Failure::PermissionDenied);
    QVERIFY2(r.message.contains("permission denied (the server accepts: publickey)"), qPrintable(r.message));
}

void TestSshCollector::serverHangsAfterLogin()
{
    requireSshd();
    QElapsedTimer clock;
    clock.start();
    const SshCollector::Result r = collect("root", m_hangPort, "known_hosts", "id", 2000);
    QCOMPARE(r.failure, SshCollector::Failure::TimedOut);
    QVERIFY2(r.message.contains("accepted the login but the bundle did not finish"), qPrintable(r.message));
    QVERIFY2(clock.elapsed() < 6000, qPrintable(QString::number(clock.elapsed())));
}

void TestSshCollector::tenMegabytes()
{
    requireSshd();
    SshCollector c;
    const SshCollector::Result r = collect("root", m_floodPort, "known_hosts", "id", 60000, &c);
    QVERIFY2(r.failure == SshCollector::Failure::None, qPrintable(r.message));
    // Bounded: never more than the head plus twice the tail, whatever the server sends.
    QVERIFY2(c.peakBufferedBytes() <= SshCollector::defaultHeadBytes + 2 * SshCollector::defaultTailBytes + 1024 * 1024,
             qPrintable(QString::number(c.peakBufferedBytes())));
    QVERIFY(r.bytesCut > 10000000 - SshCollector::defaultHeadBytes - SshCollector::defaultTailBytes - 100);
    QVERIFY(r.output.startsWith("LBD-FIRST\n"));
    QVERIFY(r.output.endsWith("LBD-LAST\n"));
    QVERIFY(r.output.contains("[LB Doctor's SSH collection cut "));
    QVERIFY(r.output.size() < SshCollector::defaultHeadBytes + SshCollector::defaultTailBytes + 1000);
    // Not a bundle: the parser says so instead of analyzing noise.
    const ParsedBundle b = BundleParser::parse(r.output);
    QVERIFY(!b.hasMarkers);
}

void TestSshCollector::checkOverSshFromTheCommandLine()
{
    requireSshd();
    const QStringList base{"check",     "--profile", "alibaba", "--listener", "tcp", "--ip",
                           "127.0.0.1", "--port",    "8080",    "--timeout",  "300", "--json"};
    QStringList sshArgs;
    for (const QString &o : options(m_dir.filePath("known_hosts"), m_dir.filePath("id")))
        sshArgs << "--ssh-option" << o;
    int rc = -1;
    QProcess p;
    p.start(LBDOCTOR_CLI, base + QStringList{"--ssh", QStringLiteral("root@127.0.0.1:%1").arg(m_port)} + sshArgs);
    QVERIFY(p.waitForFinished(60000));
    rc = p.exitCode();
    QVERIFY2(rc == 0 || rc == 1, p.readAllStandardError().constData());
    QStringList fromSsh;
    for (const QJsonValue &v :
         QJsonDocument::fromJson(p.readAllStandardOutput()).object().value("findings").toArray()) {
        if (v.toObject().value("source").toString() == "ssh")
            fromSsh << v.toObject().value("step").toString();
    }
    QCOMPARE(fromSsh, (QStringList{"firewall", "listening", "tcpwrappers", "route", "sysctl", "load"}));

    // An unknown host key stops the check with the fingerprint and exit code 2.
    QStringList unknown;
    for (const QString &o : options(m_dir.filePath("empty_known_hosts"), m_dir.filePath("id")))
        unknown << "--ssh-option" << o;
    QProcess q;
    q.start(LBDOCTOR_CLI, base + QStringList{"--ssh", QStringLiteral("root@127.0.0.1:%1").arg(m_port)} + unknown);
    QVERIFY(q.waitForFinished(60000));
    QCOMPARE(q.exitCode(), 2);
    const QString err = QString::fromUtf8(q.readAllStandardError());
    QVERIFY2(err.contains(m_fingerprint), qPrintable(err));
    QVERIFY(q.readAllStandardOutput().isEmpty());
}

void TestSshCollector::passwordArgumentsKeepHostKeyChecks()
{
    SshCollector c;
    c.setDestination({"ec2-user", "web-1", 2222});
    c.setBatchMode(false);
    const QStringList args = c.arguments();
    QVERIFY(!args.contains("BatchMode=yes"));
    QVERIFY(args.contains("StrictHostKeyChecking=yes")); // never "no", never "ask" through the helper
    QVERIFY(args.contains("NumberOfPasswordPrompts=1"));
    // The user's own options come first, and ssh keeps the first value it gets.
    c.setOptions({"UserKnownHostsFile=/k"});
    QVERIFY(c.arguments().indexOf("UserKnownHostsFile=/k") < c.arguments().indexOf("StrictHostKeyChecking=yes"));
    QCOMPARE(AskPassChannel::classify("root@127.0.0.1's password: "), AskPassChannel::Prompt::Password);
    QCOMPARE(AskPassChannel::classify("Enter passphrase for key '/k': "), AskPassChannel::Prompt::Passphrase);
}

void TestSshCollector::passwordSignIn_data()
{
    QTest::addColumn<QString>(
        "who"); // "user": the throwaway account on the password port; "key": root with a locked key
    QTest::addColumn<QString>("answer"); // what the user types; "" refuses the prompt
    QTest::addColumn<int>("failure");
    QTest::addColumn<QString>("says");
    QTest::addColumn<QString>("prompt");
    QTest::newRow("right password") << "user" << m_password << int(SshCollector::Failure::None) << ""
                                    << "password";
    QTest::newRow("wrong password") << "user"
                                    << "not-the-password" << int(SshCollector::Failure::PermissionDenied)
                                    << "was not accepted"
                                    << "password";
    QTest::newRow("key passphrase") << "key" << m_password << int(SshCollector::Failure::None) << ""
                                    << "passphrase";
}

void TestSshCollector::passwordSignIn()
{
    requireSshd();
    QFETCH(QString, who);
    QFETCH(QString, answer);
    QFETCH(int, failure);
    QFETCH(QString, says);
    QFETCH(QString, prompt);
    if (who == "user" && m_user.isEmpty())
        QSKIP("could not create the throwaway test account with a password (useradd, chpasswd)");
    SshCollector c;
    AskPassChannel channel;
    const auto listening = channel.listen();
    QVERIFY2(listening, qPrintable(listening.error()));
    QStringList prompts;
    connect(&channel, &AskPassChannel::prompted, this, [&](const QString &text) {
        prompts << text;
        QString typed = answer;
        channel.answer(typed);
        QVERIFY(typed.isEmpty()); // the copy handed over is cleared
    });
    const bool user = who == "user";
    c.setDestination({user ? m_user : QString("root"), "127.0.0.1", user ? m_passwordPort : m_port});
    c.setOptions(options(m_dir.filePath("known_hosts"), m_dir.filePath(user ? "id" : "locked")));
    c.setBatchMode(false);
    c.setAskPass(channel.environment());
    c.setTimeLimitMs(30000);
    QSignalSpy spy(&c, &SshCollector::finished);
    c.start(BundleScript::generate(BundleOs::Linux, BackendFixtures::context("alibaba", "tcp", "10.0.0.5", "8080")));
    QVERIFY(spy.wait(40000));
    const auto r = spy.first().first().value<SshCollector::Result>();
    QCOMPARE(int(r.failure), failure);
    QCOMPARE(prompts.size(), 1); // one prompt, no retry behind the user's back
    QVERIFY2(prompts.first().contains(prompt, Qt::CaseInsensitive), qPrintable(prompts.first()));
    QVERIFY2(r.message.contains(says), qPrintable(r.message));
    QVERIFY(!r.message.contains(answer) || answer.isEmpty());
    QVERIFY(!m_sshdLog.contains(m_password));
    if (failure == int(SshCollector::Failure::None)) {
        const ParsedBundle b = BundleParser::parse(r.output);
        QVERIFY2(b.problems.isEmpty(), qPrintable(b.problems.join('\n')));
        QCOMPARE(b.user, user ? m_user : QString("root"));
    }
}

void TestSshCollector::passwordCancelStopsSsh()
{
    requireSshd();
    if (m_user.isEmpty())
        QSKIP("could not create the throwaway test account with a password (useradd, chpasswd)");
    SshCollector c;
    AskPassChannel channel;
    const auto listening = channel.listen();
    QVERIFY2(listening, qPrintable(listening.error()));
    bool asked = false;
    connect(&channel, &AskPassChannel::prompted, this, [&] {
        asked = true;
        // What the wizard's Stop does while the prompt waits.
        channel.refuse();
        c.cancel();
    });
    c.setDestination({m_user, "127.0.0.1", m_passwordPort});
    c.setOptions(options(m_dir.filePath("known_hosts"), m_dir.filePath("id")));
    c.setBatchMode(false);
    c.setAskPass(channel.environment());
    QSignalSpy spy(&c, &SshCollector::finished);
    c.start("echo should-not-run\n");
    QTRY_VERIFY_WITH_TIMEOUT(asked, 20000);
    QVERIFY(!c.isRunning());
    QTest::qWait(300);
    QCOMPARE(spy.size(), 0); // cancelled: no result, no message over the user's own action
    QVERIFY(!channel.isWaiting());
}

void TestSshCollector::askPassRefusesStrangers()
{
    // The helper run without LB Doctor's channel, or with a wrong token, prints nothing.
    QProcess bare;
    bare.setProcessEnvironment(QProcessEnvironment());
    bare.start(LBDOCTOR_ASKPASS, {"Password: "});
    QVERIFY(bare.waitForFinished(10000));
    QCOMPARE(bare.exitCode(), 1);
    QVERIFY(bare.readAllStandardOutput().isEmpty());

    AskPassChannel channel;
    const auto listening = channel.listen();
    QVERIFY2(listening, qPrintable(listening.error()));
    bool asked = false;
    connect(&channel, &AskPassChannel::prompted, this, [&] { asked = true; });
    QProcessEnvironment env;
    const auto vars = channel.environment();
    for (auto it = vars.cbegin(); it != vars.cend(); ++it)
        env.insert(it.key(), it.key() == "LBDOCTOR_ASKPASS_TOKEN" ? QString("0123") : it.value());
    QProcess stranger;
    stranger.setProcessEnvironment(env);
    stranger.start(LBDOCTOR_ASKPASS, {"Password: "});
    QTRY_VERIFY_WITH_TIMEOUT(stranger.state() == QProcess::NotRunning, 10000);
    QCOMPARE(stranger.exitCode(), 1);
    QVERIFY(stranger.readAllStandardOutput().isEmpty());
    QVERIFY(!asked);

    // A host-key question is always refused: keys are accepted only through the shown fingerprint.
    QSignalSpy refused(&channel, &AskPassChannel::refusedQuestion);
    QProcess question;
    QProcessEnvironment right;
    for (auto it = vars.cbegin(); it != vars.cend(); ++it)
        right.insert(it.key(), it.value());
    question.setProcessEnvironment(right);
    question.start(LBDOCTOR_ASKPASS, {"Are you sure you want to continue connecting (yes/no/[fingerprint])? "});
    QTRY_VERIFY_WITH_TIMEOUT(question.state() == QProcess::NotRunning, 10000);
    QCOMPARE(question.exitCode(), 1);
    QCOMPARE(refused.size(), 1);
    QVERIFY(!asked);

    // The right token and a password prompt: the answer comes back once.
    connect(&channel, &AskPassChannel::prompted, this, [&] {
        QString typed = "s3cret";
        channel.answer(typed);
    });
    QProcess helper;
    helper.setProcessEnvironment(right);
    helper.start(LBDOCTOR_ASKPASS, {"root@host's password: "});
    QTRY_VERIFY_WITH_TIMEOUT(helper.state() == QProcess::NotRunning, 10000);
    QCOMPARE(helper.exitCode(), 0);
    QCOMPARE(helper.readAllStandardOutput(), QByteArray("s3cret\n"));
    QVERIFY(asked);
}

QTEST_GUILESS_MAIN(TestSshCollector)
#include "tst_sshcollector.moc"
