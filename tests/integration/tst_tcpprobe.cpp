#include "probetesting.h"

#include "core/plan.h"
#include "core/runner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>

#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include "rootcheck.h"

#include <functional>

// The TCP probe on loopback: connected, refused, and a SYN that is silently dropped. Loopback has
// no firewall of our own, so a drop is made the way the kernel makes one for everybody: a
// listener whose accept queue is full drops new SYNs (tcp_abort_on_overflow = 0, the default).
namespace {

// A listener with a full accept queue; close() it in the end.
class FullBacklog
{
public:
    FullBacklog()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 || ::listen(m_fd, 0) != 0
            || ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&a), &len) != 0)
            return;
        port = ntohs(a.sin_port);
        // Backlog 0 queues one connection; a few more make sure the queue is over full.
        for (int i = 0; i < 3; ++i) {
            auto *s = new QTcpSocket;
            s->connectToHost(QHostAddress::LocalHost, port);
            m_fillers << s;
        }
        QTest::qWait(200);
    }
    ~FullBacklog()
    {
        qDeleteAll(m_fillers);
        if (m_fd >= 0)
            ::close(m_fd);
    }
    quint16 port = 0;

private:
    int m_fd = -1;
    QList<QTcpSocket *> m_fillers;
};

} // namespace

class TestTcpProbe : public QObject
{
    Q_OBJECT
private slots:
    void connected();
    void hostNameResolves();
    void refused();
    void droppedTimesOutWithinTheTimeout();
    void deadBackendTakesOneTimeoutNotTheSum();
    void cancelReportsNothing();
    void unreachableInNamespace();
};

void TestTcpProbe::connected()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const auto o = ProbeTesting::run("tcp", ProbeTesting::context("alibaba", "", "tcp", server.serverPort()), 3000);
    QVERIFY(o.finished);
    QCOMPARE(o.findings, 1);
    QCOMPARE(o.finding.status, Status::Pass);
    QCOMPARE(o.finding.outcome, QStringLiteral("connected"));
    QVERIFY(o.finding.summary.contains("accepts TCP connections"));
    QVERIFY(o.finding.evidence.join('\n').contains("connect time"));
    QVERIFY(o.finding.durationMs >= 0);
}

void TestTcpProbe::hostNameResolves()
{
    // "localhost" comes from /etc/hosts: no DNS query leaves the machine.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    RunContext c = ProbeTesting::context("alibaba", "", "tcp", server.serverPort());
    c.target.host = "localhost";
    c.target.address = QHostAddress();
    const auto o = ProbeTesting::run("tcp", c, 5000);
    QVERIFY(o.finished);
    if (o.finding.summary.contains("::1"))
        QSKIP("localhost resolves to ::1 first here and the server listens on 127.0.0.1 only");
    QCOMPARE(o.finding.status, Status::Pass);
    QCOMPARE(o.finding.outcome, QStringLiteral("connected"));
}

void TestTcpProbe::refused()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const quint16 port = server.serverPort();
    server.close();
    const auto o = ProbeTesting::run("tcp", ProbeTesting::context("alibaba", "", "tcp", port), 3000);
    QVERIFY(o.finished);
    QCOMPARE(o.finding.status, Status::Fail);
    QCOMPARE(o.finding.outcome, QStringLiteral("refused")); // an RST: what a REJECT rule or a closed port gives
    QVERIFY2(o.finding.summary.contains("connection refused"), qPrintable(o.finding.summary));
    // Refused points at the process or its bind address (the listening guidance), not the firewall.
    QVERIFY(o.finding.fix.contains("listens"));
    QVERIFY(o.elapsedMs < 1000);
}

void TestTcpProbe::droppedTimesOutWithinTheTimeout()
{
    FullBacklog backlog;
    QVERIFY(backlog.port != 0);
    const int timeoutMs = 700;
    const auto o =
        ProbeTesting::run("tcp", ProbeTesting::context("alibaba", "", "tcp", backlog.port, "/", {}, timeoutMs), 5000);
    QVERIFY(o.finished);
    if (o.finding.status == Status::Pass)
        QSKIP(
            "this kernel accepted beyond the backlog (tcp_abort_on_overflow or syncookies setup); no drop to observe");
    QCOMPARE(o.finding.status, Status::Fail);
    QCOMPARE(o.finding.outcome, QStringLiteral("timeout")); // neither SYN-ACK nor RST: what a DROP rule gives
    QVERIFY2(o.finding.summary.contains("no answer"), qPrintable(o.finding.summary));
    // Timeout points at firewalls and security groups for the health-check CIDR.
    QVERIFY(o.finding.fix.contains("health-check CIDR"));
    QVERIFY(o.finding.commands.join('\n').contains("100.64.0.0/10"));
    QVERIFY2(o.elapsedMs >= timeoutMs - 5 && o.elapsedMs <= timeoutMs + 100, qPrintable(QString::number(o.elapsedMs)));
}

void TestTcpProbe::deadBackendTakesOneTimeoutNotTheSum()
{
    // A backend that drops everything: TCP and HTTP both time out, at the same time.
    FullBacklog backlog;
    QVERIFY(backlog.port != 0);
    RunContext c = ProbeTesting::context("alibaba", "", "http", backlog.port, "/", {}, 600);
    Runner runner(c, Plan::build(c.variant, c.target.listener, RunMode::Probe));
    QSignalSpy done(&runner, &Runner::finished);
    QElapsedTimer clock;
    clock.start();
    runner.start();
    QVERIFY(done.wait(5000));
    const qint64 ms = clock.elapsed();
    const Finding *tcp = runner.finding("tcp");
    const Finding *http = runner.finding("http");
    QVERIFY(tcp && http);
    if (tcp->status == Status::Pass)
        QSKIP("this kernel accepted beyond the backlog; no drop to observe");
    QCOMPARE(tcp->status, Status::Fail);
    QCOMPARE(http->status, Status::Fail);
    QCOMPARE(tcp->outcome, QStringLiteral("timeout"));
    QCOMPARE(http->outcome, QStringLiteral("timeout"));
    QVERIFY2(ms < 2 * 600, qPrintable(QString("took %1 ms for two 600 ms timeouts").arg(ms)));
}

void TestTcpProbe::cancelReportsNothing()
{
    FullBacklog backlog;
    QVERIFY(backlog.port != 0);
    StepExecutor *probe = ExecutorRegistry::createProbe("tcp", nullptr);
    QVERIFY(probe);
    QSignalSpy spy(probe, &StepExecutor::finished);
    Step step;
    step.id = "tcp";
    probe->start(step, ProbeTesting::context("alibaba", "", "tcp", backlog.port, "/", {}, 300));
    QTest::qWait(50);
    probe->cancel();
    QTest::qWait(500);
    QCOMPARE(spy.size(), 0);
    delete probe;
}

void TestTcpProbe::unreachableInNamespace()
{
    // A fresh network namespace has no interface but a downed lo and no routes: any address there
    // is unreachable at once, and nothing can leave it. The CLI runs inside it.
    if (!runningAsRoot())
        QSKIP("needs root to create a network namespace");
    const QString ns = QString("lbdoctor-tcpprobe-%1").arg(QCoreApplication::applicationPid());
    auto ip = [](const QStringList &args) {
        QProcess p;
        p.start("ip", args);
        return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    };
    if (!ip({"netns", "add", ns}))
        QSKIP("cannot create a network namespace here (ip netns add failed)");
    struct Cleanup
    {
        std::function<void()> f;
        ~Cleanup() { f(); }
    } cleanup{[&] { ip({"netns", "del", ns}); }};
    // Entering needs a mount namespace of a proper root (a chroot fails: "mount --make-rslave /").
    QProcess enter;
    enter.start("ip", {"netns", "exec", ns, "true"});
    if (!enter.waitForFinished(10000) || enter.exitCode() != 0)
        QSKIP(qPrintable("cannot enter a network namespace here: "
                         + QString::fromUtf8(enter.readAllStandardError()).trimmed()));
    QProcess p;
    p.start("ip",
            {"netns", "exec", ns, LBDOCTOR_CLI, "check", "--profile", "alibaba", "--listener", "tcp", "--ip",
             "10.255.255.1", "--port", "80", "--timeout", "2000", "--json"});
    QVERIFY(p.waitForFinished(15000));
    QCOMPARE(p.exitCode(), 1);
    const QJsonObject root = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    bool seen = false;
    for (const QJsonValue &v : root.value("findings").toArray()) {
        const QJsonObject f = v.toObject();
        if (f.value("step").toString() != "tcp")
            continue;
        seen = true;
        QCOMPARE(f.value("status").toString(), QString("fail"));
        QCOMPARE(f.value("outcome").toString(), QString("unreachable"));
        QVERIFY2(f.value("summary").toString().contains("unreachable"), qPrintable(f.value("summary").toString()));
        QVERIFY(f.value("durationMs").toInt() < 1000); // no route: an answer at once, not a timeout
    }
    QVERIFY(seen);
}

QTEST_GUILESS_MAIN(TestTcpProbe)
#include "tst_tcpprobe.moc"
