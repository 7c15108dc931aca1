#include "backendfixtures.h"

#include "collect/bundle/bundleanalysis.h"
#include "collect/bundle/bundleparser.h"
#include "collect/bundle/bundlescript.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "rootcheck.h"

// The Linux bundle run for real on this machine: as root, as an unprivileged user (with and
// without a sudo that wants a password), and with nothing but busybox. The analyzers must know
// every section it prints.
class TestBundleRun : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void runs_data();
    void runs();
    void cliBundleThenEvidence();
    void captureSection_data();
    void captureSection();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QString &program, const QStringList &args, const QString &input,
                   const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    bool prepareBusybox(QString *why);

    QTemporaryDir m_dir;
    QString m_busyboxDir;
};

TestBundleRun::Run TestBundleRun::run(const QString &program, const QStringList &args, const QString &input,
                                      const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.write(input.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {-2, {}, QStringLiteral("timed out")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestBundleRun::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The unprivileged runs read the helper folders below.
    QFile::setPermissions(m_dir.path(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                              | QFile::ReadOther | QFile::ExeOther);
    // A sudo that wants a password, as `sudo -n` answers on a server where the user has no NOPASSWD rule.
    QDir(m_dir.path()).mkdir("fakesudo");
    QFile sudo(m_dir.filePath("fakesudo/sudo"));
    QVERIFY(sudo.open(QIODevice::WriteOnly));
    sudo.write("#!/bin/sh\necho 'sudo: a password is required' >&2\nexit 1\n");
    sudo.close();
    sudo.setPermissions(QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                        | QFile::ExeOther);
    // A sudo that lets `sudo -n` through (NOPASSWD): it runs the command as the same user, which is
    // enough to see the script take that road and mark the sections.
    QDir(m_dir.path()).mkdir("oksudo");
    QFile ok(m_dir.filePath("oksudo/sudo"));
    QVERIFY(ok.open(QIODevice::WriteOnly));
    ok.write("#!/bin/sh\n[ \"$1\" = -n ] || exit 1\nshift\nexec \"$@\"\n");
    ok.close();
    ok.setPermissions(QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                      | QFile::ExeOther);
}

bool TestBundleRun::prepareBusybox(QString *why)
{
    if (!m_busyboxDir.isEmpty())
        return true;
    const QString busybox = QStandardPaths::findExecutable("busybox");
    if (busybox.isEmpty()) {
        *why = "busybox is not installed (Debian: busybox)";
        return false;
    }
    const QString dir = m_dir.filePath("busybox");
    QDir().mkpath(dir);
    // A copy, so the applets keep working once /usr/bin is hidden below.
    if (!QFile::copy(busybox, dir + "/busybox")) {
        *why = "cannot copy busybox";
        return false;
    }
    const Run list = run(dir + "/busybox", {"--list"}, {});
    for (const QString &applet : list.out.split('\n', Qt::SkipEmptyParts))
        QFile::link(dir + "/busybox", dir + "/" + applet);
    m_busyboxDir = dir;
    return true;
}

void TestBundleRun::runs_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("listener");
    QTest::newRow("root http") << "root"
                               << "http";
    QTest::newRow("root udp") << "root"
                              << "udp";
    QTest::newRow("nobody, no sudo") << "nobody"
                                     << "tcp";
    QTest::newRow("nobody, sudo needs a password") << "nobody-sudo"
                                                   << "tcp";
    QTest::newRow("nobody, sudo -n allowed") << "nobody-oksudo"
                                             << "tcp";
    QTest::newRow("busybox only") << "busybox"
                                  << "tcp";
}

void TestBundleRun::runs()
{
    QFETCH(QString, how);
    QFETCH(QString, listener);
    const RunContext context = BackendFixtures::context("alibaba", listener, "10.0.0.5", "8080");
    const QString script = BundleScript::generate(BundleOs::Linux, context);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    Run r;
    if (how == "root") {
        if (!runningAsRoot())
            QSKIP("runs the bundle as root: run the tests as root");
        r = run("sh", {"-s"}, script);
    } else if (how.startsWith("nobody")) {
        if (!runningAsRoot())
            QSKIP("switching to the user nobody needs root");
        if (QStandardPaths::findExecutable("setpriv").isEmpty())
            QSKIP("setpriv (util-linux) is missing");
        const QString sudoDir = how == "nobody-sudo" ? m_dir.filePath("fakesudo") + ":"
            : how == "nobody-oksudo"                 ? m_dir.filePath("oksudo") + ":"
                                                     : QString();
        env.insert("PATH", sudoDir + "/usr/bin:/bin");
        r = run("setpriv", {"--reuid=65534", "--regid=65534", "--clear-groups", "sh", "-s"}, script, env);
    } else {
        QString why;
        if (!prepareBusybox(&why))
            QSKIP(qPrintable(why));
        if (!runningAsRoot() || QStandardPaths::findExecutable("unshare").isEmpty()) {
            qWarning("not root: busybox applets first on PATH, but /usr/sbin stays visible");
            env.insert("PATH", m_busyboxDir);
            r = run(m_busyboxDir + "/sh", {"-s"}, script, env);
        } else {
            // A private mount namespace hides /usr/bin and /usr/sbin (and so /bin, /sbin on merged
            // /usr): nothing but busybox's applets is left to run.
            env.insert("PATH", m_busyboxDir);
            const QString bb = m_busyboxDir + "/busybox";
            r = run(
                "unshare",
                {"-m", bb, "sh", "-c",
                 QStringLiteral("%1 mount -t tmpfs none /usr/bin && %1 mount -t tmpfs none /usr/sbin && exec %1 sh -s")
                     .arg(bb)},
                script, env);
            QVERIFY2(r.err.isEmpty() || !r.err.contains("mount:"), qPrintable(r.err));
        }
    }
    QCOMPARE(r.exitCode, 0);
    const ParsedBundle b = BundleParser::parse(r.out);
    QVERIFY2(b.problems.isEmpty(), qPrintable(b.problems.join('\n') + "\n" + r.out.left(2000)));
    int commands = 0;
    for (const QString &step : BundleScript::steps(BundleOs::Linux, context))
        commands += int(CommandCatalogue::forStep(step, OsFamily::Linux, context).size());
    QCOMPARE(int(b.sections.size()), commands);

    QMap<QString, QString> byKind;
    for (const BundleSection &s : b.sections) {
        QVERIFY(s.complete);
        for (QChar c : s.text)
            QVERIFY(c >= QChar(0x20) || c == '\n' || c == '\t');
        if (how == "busybox"
            && (s.kind == "iptables" || s.kind == "nftables" || s.kind == "firewalld" || s.kind == "ufw"))
            QVERIFY2(s.notInstalled, qPrintable(s.command)); // busybox has none of them
        if (!s.notInstalled && !s.output.trimmed().isEmpty())
            byKind[s.kind] += s.output;
    }
    QVERIFY(byKind.contains("sockets") && byKind.contains("routes") && byKind.contains("sysctl")
            && byKind.contains("load"));
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
        const Analyzer *a = AnalyzerRegistry::find(it.key());
        QVERIFY2(a && AnalyzerRegistry::recognize(a->step(), it.value()) == a,
                 qPrintable(it.key() + " not recognised:\n" + it.value().left(600)));
    }

    const BundleResult result = BundleAnalysis::analyze(b, context, "bundle");
    for (const Finding &f : result.findings) {
        QCOMPARE(f.source, QString("bundle"));
        QVERIFY2(!f.summary.contains("no section") && !f.summary.startsWith("unknown, because this is not"),
                 qPrintable(f.step + ": " + f.summary));
    }
    if (how == "busybox") {
        QVERIFY(b.sections.at(4).command.startsWith("netstat")); // ss missing: the net-tools stand-in
    }
    if (how == "nobody-oksudo") {
        QCOMPARE(b.sudo, QString("yes"));
        for (const BundleSection &s : b.sections) {
            if (s.notInstalled)
                continue;
            QCOMPARE(s.ranAs, s.needsRoot ? QString("sudo") : QString("user"));
            QCOMPARE(s.command.startsWith("sudo -n "), s.needsRoot);
        }
    } else if (how.startsWith("nobody")) {
        QCOMPARE(b.user, QString("nobody"));
        const Finding *fw = nullptr;
        for (const Finding &f : result.findings)
            fw = f.step == "firewall" ? &f : fw;
        QVERIFY(fw);
        QCOMPARE(fw->status, Status::Unknown);
        QVERIFY2(fw->summary.contains("needs root"), qPrintable(fw->summary));
        if (how == "nobody-sudo") {
            QCOMPARE(b.sudo, QString("password"));
            QVERIFY2(result.notes.join('\n').contains(
                         "needs a password, so these commands lost what only root sees: `iptables-save` (firewall)"),
                     qPrintable(result.notes.join('\n')));
        }
    }
    if (how == "root")
        QCOMPARE(b.sudo, QString("root"));
}

void TestBundleRun::cliBundleThenEvidence()
{
    if (!runningAsRoot())
        QSKIP("reads the firewall: run the tests as root");
    const QStringList target{"--profile", "alibaba", "--listener", "tcp", "--port", "8080"};
    const Run script = run(LBDOCTOR_CLI, QStringList{"bundle", "--os", "linux"} + target, {});
    QCOMPARE(script.exitCode, 0);
    QVERIFY(script.out.startsWith("#!/bin/sh\n"));
    const Run output = run("sh", {"-s"}, script.out);
    QCOMPARE(output.exitCode, 0);
    QFile file(m_dir.filePath("bundle.txt"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(output.out.toUtf8());
    file.close();

    const Run check = run(LBDOCTOR_CLI,
                          QStringList{"check", "--ip", "127.0.0.1", "--timeout", "300", "--json", "--evidence",
                                      "bundle=" + file.fileName()}
                              + target,
                          {});
    QVERIFY2(check.exitCode == 0 || check.exitCode == 1, qPrintable(check.err));
    const QJsonArray findings = QJsonDocument::fromJson(check.out.toUtf8()).object().value("findings").toArray();
    QStringList fromBundle;
    for (const QJsonValue &v : findings) {
        const QJsonObject f = v.toObject();
        if (f.value("source").toString() == "bundle") {
            fromBundle << f.value("step").toString();
            QVERIFY(f.value("raw").toString().startsWith("=== LBDOCTOR BEGIN "));
        }
    }
    QCOMPARE(fromBundle, (QStringList{"firewall", "listening", "tcpwrappers", "route", "sysctl", "load"}));

    // The bundle in a single step's place, and a single command's output in the bundle's.
    const Run wrongBox =
        run(LBDOCTOR_CLI,
            QStringList{"check", "--ip", "127.0.0.1", "--evidence", "firewall=" + file.fileName()} + target, {});
    QCOMPARE(wrongBox.exitCode, 2);
    QVERIFY2(wrongBox.err.contains("pass it as --evidence bundle="), qPrintable(wrongBox.err));
    QFile routes(m_dir.filePath("routes.txt"));
    QVERIFY(routes.open(QIODevice::WriteOnly));
    routes.write(BackendFixtures::read("host/routes/ip-route-ok.txt").toUtf8());
    routes.close();
    const Run notBundle =
        run(LBDOCTOR_CLI,
            QStringList{"check", "--ip", "127.0.0.1", "--evidence", "bundle=" + routes.fileName()} + target, {});
    QCOMPARE(notBundle.exitCode, 2);
    QVERIFY2(notBundle.err.contains("not an LB Doctor bundle output")
                 && notBundle.err.contains("--evidence routes=FILE"),
             qPrintable(notBundle.err));
}

void TestBundleRun::captureSection_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("says");
    QTest::newRow("root, nothing arrives") << "root"
                                           << "fail"
                                           << "no health-check packet from 100.64.0.0/10 to port 8080 in 2 s";
    QTest::newRow("nobody, no sudo") << "nobody"
                                     << "unknown"
                                     << "needs root";
    QTest::newRow("no tcpdump") << "notcpdump"
                                << "unknown"
                                << "not installed";
}

// The bundle's bounded capture section (issue 16), run for real: as root in a network namespace
// of its own (so nothing at all arrives), as nobody (not collected: needs root), without tcpdump.
void TestBundleRun::captureSection()
{
    QFETCH(QString, how);
    QFETCH(QString, status);
    QFETCH(QString, says);
    if (!runningAsRoot())
        QSKIP("runs the bundle as root and as nobody: run the tests as root");
    const RunContext context = BackendFixtures::context("alibaba", "tcp", "10.0.0.5", "8080");
    const QString script = BundleScript::generate(BundleOs::Linux, context, 2);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    Run r;
    const QString ns = "lbdbundle" + QString::number(QCoreApplication::applicationPid());
    if (how == "root") {
        QVERIFY(run("ip", {"netns", "add", ns}, {}).exitCode == 0);
        r = run("ip", {"netns", "exec", ns, "sh", "-s"}, script);
        run("ip", {"netns", "del", ns}, {});
    } else if (how == "nobody") {
        env.insert("PATH", "/usr/bin:/bin"); // no sudo there on a stock system? the section must say why either way
        r = run("setpriv", {"--reuid=65534", "--regid=65534", "--clear-groups", "sh", "-s"}, script, env);
    } else {
        env.insert("PATH", m_dir.filePath("notcpdump")); // a PATH without tcpdump, with sh's basics
        QDir(m_dir.path()).mkdir("notcpdump");
        for (const char *tool : {"uname", "tr", "id", "date", "awk", "sed", "cat", "head", "timeout", "sh"})
            QFile::link(QStandardPaths::findExecutable(tool), m_dir.filePath(QString("notcpdump/") + tool));
        r = run(m_dir.filePath("notcpdump/sh"), {"-s"}, script, env);
    }
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const ParsedBundle b = BundleParser::parse(r.out);
    QVERIFY(!b.sectionsFor("capture").isEmpty());
    const QString command = b.sectionsFor("capture").first().command;
    QVERIFY2(command.endsWith(
                 "timeout 2 tcpdump -i any -nn -l -c 200 'net 100.64.0.0/10 and (tcp port 8080 or icmp or icmp6)'"),
             qPrintable(command));
    const BundleResult result = BundleAnalysis::analyze(b, context, "bundle");
    const auto capture = std::find_if(result.findings.cbegin(), result.findings.cend(),
                                      [](const Finding &f) { return f.step == "capture"; });
    QVERIFY(capture != result.findings.cend());
    QCOMPARE(capture->source, QString("bundle"));
    QVERIFY2(statusId(capture->status) == status && capture->summary.contains(says),
             qPrintable(statusId(capture->status) + ": " + capture->summary));
}

QTEST_GUILESS_MAIN(TestBundleRun)
#include "tst_bundlerun.moc"
