// LB Doctor's own capture (issue 16): in two network namespaces this test creates, a prober with
// addresses inside the health-check CIDR (100.64.1.2, 100.64.7.9) sends HTTP checks to a backend
// while LiveCapture runs tcpdump there (as a QProcess inside the backend's namespace); the capture
// it wrote is analyzed. Stop ends it early; the time limit ends it by itself; a capture that saw
// nothing says the checks never arrive; `analyze capture --live` does the same from the command
// line, and without root it starts nothing and gives the command. Traffic stays in the namespaces.
#include "capturenetns.h"
#include "rootcheck.h"

#include "analyzers/capture/capturefile.h"
#include "collect/bundle/bundleanalysis.h"
#include "collect/bundle/bundleparser.h"
#include "collect/bundle/bundlescript.h"
#include "collect/capture/livecapture.h"
#include "core/evidenceanalysis.h"
#include "core/profilestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sched.h>
#include <sys/socket.h>
#include <unistd.h>

Q_DECLARE_METATYPE(LiveCapture::Result)

namespace {

const char *backendIp = "10.231.78.1";
const char *proberLink = "10.231.78.2";

bool run(const QStringList &args, QString *error = nullptr)
{
    QProcess p;
    p.start(args.first(), args.mid(1));
    if (!p.waitForStarted(5000) || !p.waitForFinished(20000) || p.exitStatus() != QProcess::NormalExit
        || p.exitCode() != 0) {
        if (error)
            *error = args.join(' ') + ": " + QString::fromUtf8(p.readAllStandardError()).left(400);
        return false;
    }
    return true;
}

// A socket made inside a namespace stays there, whatever namespace the thread returns to.
int listenIn(int nsFd, int selfFd, quint16 port)
{
    if (setns(nsFd, CLONE_NEWNET) != 0)
        return -1;
    const int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(INADDR_ANY);
    const bool ok = bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0 && listen(fd, 64) == 0;
    setns(selfFd, CLONE_NEWNET);
    if (!ok) {
        close(fd);
        return -1;
    }
    return fd;
}

} // namespace

class TstLiveCapture : public QObject
{
    Q_OBJECT

private:
    QString prefix = "lbdlive" + QString::number(getpid());
    QString serverNs = prefix + "s", clientNs = prefix + "c";
    QStringList created;
    int selfFd = -1, serverFd = -1;
    QTcpServer http;
    ProfileStore store;

    RunContext context()
    {
        RunContext c;
        c.profile = *store.find("alibaba");
        c.variant = *c.profile.variant({});
        TargetInput in;
        in.listener = "http";
        in.host = backendIp;
        in.port = "80";
        in.codes = "2xx,3xx";
        const TargetValidation v = TargetValidator::validate(in);
        if (!v.ok())
            qFatal("%s", qPrintable(v.errorText()));
        c.target = v.target;
        c.timeoutMs = 2000;
        return c;
    }

    void checks(int count)
    {
        for (int i = 0; i < count; ++i) {
            QProcess p;
            p.start("ip",
                    {"netns", "exec", clientNs, "curl", "-s", "-o", "/dev/null", "-m", "2", "--interface",
                     i % 2 ? "100.64.7.9" : "100.64.1.2", QString("http://%1/health").arg(backendIp)});
            QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning,
                                     10000); // the event loop serves the page meanwhile
        }
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<LiveCapture::Result>();
        if (!runningAsRoot())
            QSKIP("needs root to create network namespaces and capture with tcpdump");
        if (!CaptureFile::readerAvailable())
            QSKIP("built without libpcap: capture files cannot be read");
        if (QStandardPaths::findExecutable("tcpdump", {"/usr/sbin", "/usr/bin", "/sbin"}).isEmpty()
            || QStandardPaths::findExecutable("curl").isEmpty())
            QSKIP("needs tcpdump and curl (installer/deps-debian.sh lists them)");
        store.loadAll();
        QString e;
        for (const QString &ns : {serverNs, clientNs}) {
            QVERIFY2(run({"ip", "netns", "add", ns}, &e), qPrintable(e));
            created << ns;
        }
        const QList<QStringList> setup =
            captureNamespaceSetup(serverNs, clientNs, QString(backendIp), QString(proberLink));
        for (const QStringList &step : setup)
            QVERIFY2(run(step, &e), qPrintable(e));
        selfFd = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
        serverFd = open(QByteArray("/run/netns/" + serverNs.toUtf8()).constData(), O_RDONLY | O_CLOEXEC);
        QVERIFY(selfFd >= 0 && serverFd >= 0);
        const int fd = listenIn(serverFd, selfFd, 80);
        QVERIFY(fd >= 0);
        QVERIFY(http.setSocketDescriptor(fd));
        connect(&http, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = http.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [s] {
                    if (!s->peek(4096).contains("\r\n\r\n"))
                        return;
                    s->readAll();
                    s->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }

    void cleanupTestCase()
    {
        http.close();
        for (int fd : {selfFd, serverFd}) {
            if (fd >= 0)
                close(fd);
        }
        for (const QString &ns : std::as_const(created))
            run({"ip", "netns", "del", ns});
    }

    // The checks arrive while LB Doctor captures; Stop ends the capture early and keeps them.
    void capturesTheChecksAndStopsEarly()
    {
        LiveCapture capture;
        capture.setContext(context());
        capture.setSeconds(60);
        capture.setCommandPrefix({"ip", "netns", "exec", serverNs});
        QSignalSpy listening(&capture, &LiveCapture::listening);
        QSignalSpy done(&capture, &LiveCapture::finished);
        QElapsedTimer clock;
        clock.start();
        capture.start();
        QVERIFY2(listening.wait(10000) || !listening.isEmpty(), "tcpdump did not start listening");
        checks(3);
        QTest::qWait(200);
        capture.stop();
        QVERIFY(done.wait(10000));
        QVERIFY2(clock.elapsed() < 30000, qPrintable(QString::number(clock.elapsed())));
        const auto r = done.first().first().value<LiveCapture::Result>();
        QVERIFY2(r.failure == LiveCapture::Failure::None, qPrintable(r.message));
        QVERIFY(r.stoppedEarly);
        QVERIFY2(r.packets >= 3 * 3, qPrintable(QString::number(r.packets)));
        QVERIFY(r.command.contains("tcpdump") && r.command.contains("net 100.64.0.0/10"));
        QVERIFY(!LiveCapture::emptyCaptureFinding(r, context()));
        Evidence e;
        e.kind = "capture";
        e.file = r.file;
        const Finding f = EvidenceAnalysis::analyze("capture", e, context());
        QCOMPARE(f.status, Status::Pass);
        QVERIFY2(f.summary.contains("3 checks from 2 addresses") && f.summary.contains("answered 200"),
                 qPrintable(f.summary));
    }

    // Nothing arrives: the time limit ends the capture, and the verdict is that no check arrived.
    void timeLimitWithoutChecks()
    {
        LiveCapture capture;
        capture.setContext(context());
        capture.setSeconds(2);
        capture.setCommandPrefix({"ip", "netns", "exec", serverNs});
        QSignalSpy done(&capture, &LiveCapture::finished);
        QSignalSpy progress(&capture, &LiveCapture::progress);
        capture.start();
        QVERIFY(done.wait(15000));
        const auto r = done.first().first().value<LiveCapture::Result>();
        QVERIFY2(r.failure == LiveCapture::Failure::None, qPrintable(r.message));
        QVERIFY(!r.stoppedEarly);
        QCOMPARE(r.packets, 0);
        QVERIFY(r.elapsedMs >= 1900);
        QVERIFY(!progress.isEmpty());
        const auto f = LiveCapture::emptyCaptureFinding(r, context());
        QVERIFY(f);
        QCOMPARE(f->status, Status::Fail);
        QVERIFY2(f->summary.contains("no health-check packet from 100.64.0.0/10 to port 80 in 2 s"),
                 qPrintable(f->summary));
    }

    void tcpdumpMissing()
    {
        LiveCapture capture;
        capture.setContext(context());
        capture.setTcpdumpProgram("/nonexistent/tcpdump");
        QSignalSpy done(&capture, &LiveCapture::finished);
        capture.start();
        QVERIFY(done.wait(5000));
        const auto r = done.first().first().value<LiveCapture::Result>();
        QCOMPARE(r.failure, LiveCapture::Failure::TcpdumpMissing);
        QVERIFY2(r.message.contains("tcpdump is not installed")
                     && r.message.contains("sudo timeout 30 tcpdump -i any -nn -c 200 -w"),
                 qPrintable(r.message));
    }

    // The command line, run inside the backend's namespace as root: it captures for 4 s while
    // the checks arrive, and prints the capture finding.
    void commandLineLive()
    {
        QProcess cli;
        cli.start("ip",
                  {"netns", "exec", serverNs, LBDOCTOR_CLI, "analyze", "capture", "--profile", "alibaba", "--listener",
                   "http", "--ip", backendIp, "--port", "80", "--live", "4s", "--json"});
        QTest::qWait(1500); // tcpdump opens the interface
        checks(2);
        QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 20000);
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const QJsonObject o = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QCOMPARE(o.value("step").toString(), QString("capture"));
        QCOMPARE(o.value("status").toString(), QString("pass"));
        QCOMPARE(o.value("source").toString(), QString("local"));
        QVERIFY2(o.value("summary").toString().contains("2 checks from 2 addresses"),
                 qPrintable(o.value("summary").toString()));
    }

    // `check --local --capture`: the capture runs first, and its finding joins the check's.
    void checkLocalCapture()
    {
        QProcess cli;
        cli.start("ip",
                  {"netns", "exec", serverNs, LBDOCTOR_CLI, "check", "--profile", "alibaba", "--listener", "http",
                   "--ip", backendIp, "--port", "80", "--local", "--capture", "3s", "--json"});
        QTest::qWait(1500);
        checks(2);
        QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 60000);
        QVERIFY2(cli.exitCode() == 0 || cli.exitCode() == 1, cli.readAllStandardError().constData());
        QJsonObject capture;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(cli.readAllStandardOutput()).object().value("findings").toArray()) {
            if (v.toObject().value("step").toString() == "capture")
                capture = v.toObject();
        }
        QCOMPARE(capture.value("status").toString(), QString("pass"));
        QVERIFY2(capture.value("summary").toString().contains("2 checks from 2 addresses"),
                 qPrintable(capture.value("summary").toString()));
    }

    // Without root nothing starts: exit code 2, and the message gives the command to run.
    void commandLineWithoutRoot()
    {
        if (QStandardPaths::findExecutable("setpriv").isEmpty())
            QSKIP("needs setpriv (util-linux) to run the command line as nobody");
        QProcess cli;
        cli.start("setpriv",
                  {"--reuid=65534", "--regid=65534", "--clear-groups", LBDOCTOR_CLI, "analyze", "capture", "--profile",
                   "alibaba", "--listener", "http", "--port", "80", "--live", "2"});
        QVERIFY(cli.waitForFinished(20000));
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        if (err.contains("Permission denied") && !err.contains("lbdoctor-cli:"))
            QSKIP(qPrintable("the build folder is not readable by nobody: " + err));
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY2(err.contains("capturing packets needs root")
                     && err.contains("sudo timeout 2 tcpdump -i any -nn -c 200"),
                 qPrintable(err));
        QVERIFY(cli.readAllStandardOutput().isEmpty());
    }

    // The collection bundle's capture section, run as root on the backend while checks arrive:
    // its tcpdump text is analyzed into the capture step.
    void bundleCaptureSection()
    {
        const RunContext c = context();
        QProcess sh;
        sh.start("ip", {"netns", "exec", serverNs, "sh", "-s"});
        sh.write(BundleScript::generate(BundleOs::Linux, c, 4).toUtf8());
        sh.closeWriteChannel();
        // The other sections run first (a few seconds at most), then the capture's 4 s.
        QElapsedTimer clock;
        clock.start();
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT(
            (out += sh.readAllStandardOutput()).contains("step=capture") || sh.state() == QProcess::NotRunning, 60000);
        QTest::qWait(1000); // tcpdump opens the interface
        checks(2);
        QTRY_VERIFY_WITH_TIMEOUT(sh.state() == QProcess::NotRunning, 30000);
        out += sh.readAllStandardOutput();
        const ParsedBundle b = BundleParser::parse(QString::fromUtf8(out));
        QVERIFY2(b.problems.isEmpty(), qPrintable(b.problems.join('\n')));
        const BundleResult r = BundleAnalysis::analyze(b, c, "bundle");
        const auto capture =
            std::find_if(r.findings.cbegin(), r.findings.cend(), [](const Finding &f) { return f.step == "capture"; });
        QVERIFY(capture != r.findings.cend());
        QCOMPARE(capture->status, Status::Pass);
        QVERIFY2(capture->summary.contains("2 checks from 2 addresses"),
                 qPrintable(capture->summary + "\n" + capture->raw));
        QVERIFY(capture->raw.contains("tcpdump -i any -nn -l -c 200"));
    }

    void badDurations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("seconds");
        QTest::newRow("plain") << "30" << 30;
        QTest::newRow("s") << "45s" << 45;
        QTest::newRow("m") << "2m" << 120;
        QTest::newRow("zero") << "0" << 0;
        QTest::newRow("over an hour") << "61m" << 0;
        QTest::newRow("words") << "soon" << 0;
        QTest::newRow("negative") << "-5" << 0;
    }

    void badDurations()
    {
        QFETCH(QString, text);
        QFETCH(int, seconds);
        QCOMPARE(LiveCapture::parseDuration(text), seconds);
    }
};

QTEST_GUILESS_MAIN(TstLiveCapture)
#include "tst_livecapture.moc"
