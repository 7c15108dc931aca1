#include "clirun.h"
#include "groupbackends.h"
#include "rootcheck.h"
#include "sshdlab.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

// A server group where each backend gives its own evidence (issue 18 with the collection issue):
// `check --targets ... --bundles PATH` with real bundle outputs, and `--ssh root@{ip}:PORT` against
// a real sshd this test starts on 127.18.9.1-3 with throwaway keys (127.18.9.4 has no sshd; the
// host key of 127.18.9.3 is unknown). Backends are LoopbackBackend servers on the same addresses.
class TestGroupEvidence : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void bundlesFolder();
    void sshToEveryBackend();
    void sshTextSaysWhatTheColumnsRestOn();
    void usageErrors_data();
    void usageErrors();

private:
    CliRun cli(const QStringList &args, const QByteArray &input = {});
    QByteArray list() const;
    QStringList sshArgs() const;
    static QJsonObject findingOf(const QJsonObject &backend, const QString &step);

    QTemporaryDir m_dir;
    quint16 m_port = 0; // the backends' HTTP port
    quint16 m_sshPort = 0;
    std::unique_ptr<SshdLab> m_sshd;
    QString m_sshSkip;
    std::vector<std::unique_ptr<LoopbackBackend>> m_servers;
};

void TestGroupEvidence::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QList<QHostAddress> addresses;
    for (int host = 1; host <= 4; ++host)
        addresses << QHostAddress(QStringLiteral("127.18.9.%1").arg(host));
    m_port = GroupBackends::freePort(addresses);
    m_sshPort = GroupBackends::freePort(addresses);
    if (m_port == 0 || m_sshPort == 0 || m_port == m_sshPort)
        QSKIP("no port free on 127.18.9.1-4 (is 127.0.0.0/8 routed to lo?)");
    for (int host = 1; host <= 3; ++host) {
        m_servers.push_back(std::make_unique<LoopbackBackend>(BackendKind::Healthy));
        QVERIFY(m_servers.back()->listen(addresses.at(host - 1), m_port));
    }
    m_sshSkip = SshdLab::skipReason();
    if (!m_sshSkip.isEmpty())
        return;
    m_sshd = std::make_unique<SshdLab>();
    QStringList listen;
    for (int host = 1; host <= 3; ++host)
        listen << QStringLiteral("127.18.9.%1:%2").arg(host).arg(m_sshPort);
    const QString failed = m_sshd->start(listen, listen.mid(0, 2));
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

CliRun TestGroupEvidence::cli(const QStringList &args, const QByteArray &input)
{
    // The backends live on this thread: wait by spinning the event loop, never by blocking it.
    return runCli(args, m_dir.path(), input, WaitBy::EventLoop, 90000);
}

QByteArray TestGroupEvidence::list() const
{
    QByteArray csv = "ip,port,check_port,name\n";
    for (int host = 1; host <= 4; ++host)
        csv += QStringLiteral("127.18.9.%1,%2,,web-%1\n").arg(host).arg(m_port).toUtf8();
    return csv;
}

namespace {
const QStringList checkArgs{"check", "--profile", "alibaba", "--listener", "http", "--timeout", "1000"};
} // namespace

QStringList TestGroupEvidence::sshArgs() const
{
    QStringList args{"--ssh", QStringLiteral("root@{ip}:%1").arg(m_sshPort), "--ssh-time-limit", "60"};
    for (const QString &o : m_sshd->clientOptions())
        args << "--ssh-option" << o;
    return args;
}

QJsonObject TestGroupEvidence::findingOf(const QJsonObject &backend, const QString &step)
{
    for (const QJsonValue &f : backend.value("findings").toArray()) {
        if (f.toObject().value("step").toString() == step)
            return f.toObject();
    }
    return {};
}

void TestGroupEvidence::bundlesFolder()
{
    // A real bundle of this machine, run with sh as the collection issue documents it.
    QProcess script;
    script.start(
        QStringLiteral(LBDOCTOR_CLI),
        {"bundle", "--os", "linux", "--profile", "alibaba", "--listener", "http", "--port", QString::number(m_port)});
    QVERIFY(script.waitForFinished(20000));
    QProcess sh;
    sh.start("sh", {"-s"});
    sh.write(script.readAllStandardOutput());
    sh.closeWriteChannel();
    QVERIFY(sh.waitForFinished(60000));
    const QByteArray bundle = sh.readAllStandardOutput();
    QVERIFY2(bundle.contains("=== LBDOCTOR DONE"), bundle.right(400).constData());

    const QString folder = m_dir.filePath("bundles");
    QVERIFY(QDir().mkpath(folder));
    auto write = [](const QString &file, const QByteArray &bytes) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    write(folder + "/127.18.9.1.txt", bundle);
    write(folder + "/web-2.txt", bundle);
    write(folder + "/notes.txt", "the customer's notes, not a bundle\n");
    const CliRun r = cli(QStringList(checkArgs) << "--targets"
                                                << "-"
                                                << "--bundles" << folder << "--json"
                                                << "--report" << m_dir.filePath("group.html"),
                         list());
    QCOMPARE(r.exitCode, 1); // web-4 refuses
    QVERIFY2(r.err.contains("warning: notes.txt is not the output of the collection bundle"), r.err.constData());
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    const QJsonArray backends = root.value("backends").toArray();
    QCOMPARE(backends.size(), 4);
    QVERIFY2(backends.at(0).toObject().value("evidenceSource").toString().contains("127.18.9.1.txt"),
             r.out.constData());
    QVERIFY(backends.at(1).toObject().value("evidenceSource").toString().contains("web-2.txt"));
    QVERIFY(!backends.at(2).toObject().contains("evidenceSource"));
    // The bundle's sockets decide "listening" for the backends that have one; the others did not run it.
    for (int i = 0; i < 4; ++i) {
        const QString status = findingOf(backends.at(i).toObject(), "listening").value("status").toString();
        QVERIFY2(i < 2 ? status != "skip" : status == "skip", qPrintable(QStringLiteral("%1: %2").arg(i).arg(status)));
    }
    QVERIFY(root.value("evidenceProblems").toArray().first().toString().contains("notes.txt"));
    // The reports say what the backend columns rest on.
    QFile html(m_dir.filePath("group.html"));
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(html.readAll());
    QVERIFY(page.contains("Evidence from the backends themselves: 2 of 4 (bundle or ssh)"));
    QVERIFY(page.contains("notes.txt is not the output of the collection bundle"));
    const CliRun md = cli(QStringList(checkArgs) << "--targets"
                                                 << "-"
                                                 << "--bundles" << folder << "--report" << m_dir.filePath("group.md"),
                          list());
    QCOMPARE(md.exitCode, 1);
    QFile markdown(m_dir.filePath("group.md"));
    QVERIFY(markdown.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(markdown.readAll()).contains("Evidence from the backends themselves: 2 of 4"));
}

void TestGroupEvidence::sshToEveryBackend()
{
    if (!m_sshSkip.isEmpty())
        QSKIP(qPrintable(m_sshSkip));
    const CliRun r = cli(QStringList(checkArgs) << "--targets"
                                                << "-" << sshArgs() << "--json",
                         list());
    QCOMPARE(r.exitCode, 1);
    const QJsonArray backends = QJsonDocument::fromJson(r.out).object().value("backends").toArray();
    QCOMPARE(backends.size(), 4);
    for (int i = 0; i < 2; ++i) {
        const QJsonObject b = backends.at(i).toObject();
        QCOMPARE(b.value("evidenceSource").toString(),
                 QStringLiteral("ssh root@127.18.9.%1:%2").arg(i + 1).arg(m_sshPort));
        // Collected as root on this machine: the firewall and sockets steps have their own answer,
        // the sockets one for this backend's port.
        QVERIFY2(findingOf(b, "firewall").value("status").toString() != "skip", r.out.constData());
        const QJsonObject listening = findingOf(b, "listening");
        QVERIFY2(listening.value("status").toString() != "skip", r.out.constData());
        QVERIFY2(listening.value("summary").toString().contains(QString::number(m_port)), r.out.constData());
    }
    // An unknown host key stops that backend's collection (ssh's own check stays on), naming it.
    const QJsonObject third = backends.at(2).toObject();
    QVERIFY(!third.contains("evidenceSource"));
    const QString thirdNotes = third.value("evidenceNotes").toArray().first().toString();
    QVERIFY2(thirdNotes.contains("127.18.9.3") && thirdNotes.contains("host key", Qt::CaseInsensitive),
             qPrintable(thirdNotes));
    QCOMPARE(findingOf(third, "listening").value("status").toString(), "skip");
    // No sshd on .4: a clear note, and its probes still ran (it refuses HTTP as well).
    const QJsonObject fourth = backends.at(3).toObject();
    const QString fourthNotes = fourth.value("evidenceNotes").toArray().first().toString();
    QVERIFY2(fourthNotes.contains("127.18.9.4"), qPrintable(fourthNotes));
    QCOMPARE(findingOf(fourth, "tcp").value("status").toString(), "fail");
    // One connection per backend.
    const QString log = m_sshd->log();
    for (int host = 1; host <= 2; ++host) {
        const QRegularExpression connection(
            QStringLiteral("Connection from \\S+ port \\d+ on 127\\.18\\.9\\.%1 port %2 ").arg(host).arg(m_sshPort));
        QCOMPARE(int(log.count(connection)), 1);
    }
}

void TestGroupEvidence::sshTextSaysWhatTheColumnsRestOn()
{
    if (!m_sshSkip.isEmpty())
        QSKIP(qPrintable(m_sshSkip));
    const CliRun r = cli(QStringList(checkArgs) << "--targets"
                                                << "-" << sshArgs(),
                         list());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("collecting over ssh from 4 backends, 8 at a time"), r.err.constData());
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains("Evidence from the backends themselves: 2 of 4 (bundle or ssh)"), qPrintable(out));
    QVERIFY2(out.contains("web-3: not collected over ssh from root@127.18.9.3"), qPrintable(out));
    QVERIFY2(out.contains("firewall") && out.contains("listening"), qPrintable(out)); // their columns
}

void TestGroupEvidence::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("ssh without {ip}") << QStringList{"--targets", "-", "--ssh", "root@10.0.0.5"}
                                      << "put {ip} or {name} where the host goes";
    QTest::newRow("ssh and bundles") << QStringList{"--targets", "-", "--ssh", "root@{ip}", "--bundles", "."}
                                     << "--ssh and --bundles both give each backend's evidence";
    QTest::newRow("bundles without targets")
        << QStringList{"--ip", "127.0.0.1", "--port", "80", "--bundles", "."} << "--bundles needs --targets";
    QTest::newRow("one backend's firewall for the group")
        << QStringList{"--targets", "-", "--evidence",
                       "firewall=" LBDOCTOR_FIXTURES_DIR "/firewall/iptables/docker.save"}
        << "would say the same of every backend";
    QTest::newRow("one bundle for the group")
        << QStringList{"--targets", "-", "--evidence", "bundle=" LBDOCTOR_FIXTURES_DIR "/bundle/linux-root.txt"}
        << "give each backend of the group its own with --bundles PATH";
}

void TestGroupEvidence::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliRun r = cli(QStringList(checkArgs) << args, "127.18.9.1,80\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

QTEST_GUILESS_MAIN(TestGroupEvidence)
#include "tst_groupevidence.moc"
