// What lbdoctor-cli prints to a terminal, on the real executable: evidence from another host is
// noticed, the command line says how it takes evidence (never "paste"), and bytes that are not
// text (a pcap, a gzip, a hostile server's escape sequences) never reach the terminal raw.
#include "fixtures.h"
#include "pcapwriter.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

class TestCliTerminal : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void otherHostIsNoticed();
    void noPasteOnTheCommandLine_data();
    void noPasteOnTheCommandLine();
    void binaryEvidenceIsNotEchoed_data();
    void binaryEvidenceIsNotEchoed();
    void hostileHttpAnswerIsEscaped();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    // Runs the CLI without blocking this thread's event loop (a test server may answer it).
    Result run(const QStringList &args, const QString &program = QStringLiteral(LBDOCTOR_CLI));
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

namespace {

// Any control character but LF and TAB (ESC, BEL, CR, NUL, DEL, C1) in what reached the terminal.
QString firstControl(const QString &text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || u == 0x7F || (u >= 0x80 && u < 0xA0))
            return QStringLiteral("U+%1").arg(uint(u), 4, 16, QLatin1Char('0'));
    }
    return {};
}

const QStringList analyzeTarget{"--profile", "alibaba", "--port", "80", "--ip", "10.0.0.5"};

} // namespace

void TestCliTerminal::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

TestCliTerminal::Result TestCliTerminal::run(const QStringList &args, const QString &program)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert("XDG_CONFIG_HOME", m_dir.path());
    e.insert("LANG", "C.UTF-8");
    p.setProcessEnvironment(e);
    p.start(program, args);
    p.closeWriteChannel();
    Result r;
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 30000)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString TestCliTerminal::write(const QString &name, const QByteArray &bytes)
{
    QFile f(m_dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(f.fileName()));
    return f.fileName();
}

// `ip route` from 192.0.2.2 given for the backend 10.0.0.5: the text output and the report say so,
// in the command line's words, and the verdict is the one the same text gets from the backend.
void TestCliTerminal::otherHostIsNoticed()
{
    const QString file = Fixtures::path("host/otherhost/ip-route-192.0.2.2.txt");
    const Result wrong = run(QStringList{"analyze", "routes", "--file", file} + analyzeTarget);
    QVERIFY2(wrong.out.contains("This output seems to come from another host: it names 192.0.2.2 and never 10.0.0.5"),
             qPrintable(wrong.out));
    QVERIFY2(wrong.out.contains("--evidence") && !wrong.out.contains("paste"), qPrintable(wrong.out));
    QStringList own = analyzeTarget;
    own[own.indexOf("10.0.0.5")] = "192.0.2.2";
    const Result right = run(QStringList{"analyze", "routes", "--file", file} + own);
    QVERIFY2(!right.out.contains("another host"), qPrintable(right.out));
    QCOMPARE(wrong.exitCode, right.exitCode);
    // The status word in the first line is the same: the warning never flips a verdict.
    QCOMPARE(wrong.out.section(' ', 0, 1), right.out.section(' ', 0, 1));

    // A check's text output and its reports carry it too. The check probes 10.0.0.5, so it runs in
    // a network namespace of its own (unshare -n: only a loopback that is down), where the probe
    // fails at once and nothing leaves this machine.
    if (QProcess::execute("unshare", {"-n", "true"}) != 0)
        QSKIP("unshare -n needs root: the check's text and report rows are not run");
    const QString md = m_dir.filePath("other.md");
    const QString html = m_dir.filePath("other.html");
    const QStringList check{LBDOCTOR_CLI, "check", "--profile",  "alibaba",       "--listener",
                            "tcp",        "--ip",  "10.0.0.5",   "--port",        "80",
                            "--timeout",  "300",   "--evidence", "routes=" + file};
    const Result text = run(QStringList{"-n"} + check + QStringList{"--report", md}, "unshare");
    QVERIFY2(text.out.contains("This output seems to come from another host: it names 192.0.2.2 and never 10.0.0.5"),
             qPrintable(text.out + text.err));
    QVERIFY2(!text.out.contains("paste"), qPrintable(text.out));
    QFile report(md);
    QVERIFY2(report.open(QIODevice::ReadOnly), qPrintable(text.err));
    QVERIFY(QString::fromUtf8(report.readAll()).contains("This output seems to come from another host"));
    run(QStringList{"-n"} + check + QStringList{"--report", html}, "unshare");
    QFile htmlReport(html);
    QVERIFY(htmlReport.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(htmlReport.readAll()).contains("This output seems to come from another host"));
    // --json names it in the finding's "otherHost" and keeps its status.
    const Result json = run(QStringList{"-n"} + check + QStringList{"--json"}, "unshare");
    QVERIFY2(json.out.contains("\"otherHost\": \"This output seems to come from another host"), qPrintable(json.out));
}

void TestCliTerminal::noPasteOnTheCommandLine_data()
{
    QTest::addColumn<QStringList>("args");
    const QString empty = QDir::temp().filePath("lbdoctor-empty-evidence-for-test");
    QFile(empty).open(QIODevice::WriteOnly);
    const QStringList desktop{"check",     "--profile", "huawei", "--listener", "http", "--ip",
                              "127.0.0.1", "--port",    "1",      "--timeout",  "300"};
    QTest::newRow("check: the steps it did not run") << desktop;
    QTest::newRow("check: a bundle that is not one")
        << desktop + QStringList{"--evidence", "bundle=" + Fixtures::path("host/routes/ip-route-ok.txt")};
    QTest::newRow("analyze: empty input") << QStringList{"analyze", "sockets", "--file", empty} + analyzeTarget;
    QTest::newRow("analyze: iptables -L")
        << QStringList{"analyze", "iptables", "--file", Fixtures::path("host/sockets/ss-ltnp-loopback.txt")}
            + analyzeTarget;
    QTest::newRow("analyze: empty ufw") << QStringList{"analyze", "ufw", "--file", empty} + analyzeTarget;
    QTest::newRow("import: empty") << QStringList{"import", empty};
    QTest::newRow("usage") << QStringList{"--help"};
    QTest::newRow("check --help") << QStringList{"check", "--help"};
    QTest::newRow("analyze --help") << QStringList{"analyze", "--help"};
    QTest::newRow("bundle --help") << QStringList{"bundle", "--help"};
    QTest::newRow("import --help") << QStringList{"import", "--help"};
    QTest::newRow("watch --help") << QStringList{"watch", "--help"};
}

// The command line takes evidence as --evidence KIND=FILE, --local, --ssh or a bundle: none of what
// it prints asks its user to paste.
void TestCliTerminal::noPasteOnTheCommandLine()
{
    QFETCH(QStringList, args);
    const Result r = run(args);
    QVERIFY2(r.exitCode >= 0, qPrintable(r.err));
    const QString all = r.out + r.err;
    static const QRegularExpression paste(QStringLiteral("\\bpast(e|ed|es|ing)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = paste.match(all);
    QVERIFY2(!m.hasMatch(), qPrintable(all.mid(qMax<qsizetype>(0, m.capturedStart() - 200), 400)));
}

void TestCliTerminal::binaryEvidenceIsNotEchoed_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("file");
    // A real libpcap file: SYNs from the health-check range to 10.0.0.5:80 and the backend's answers.
    QList<pcaptest::Frame> frames;
    for (int i = 0; i < 40; ++i) {
        const QByteArray syn = pcaptest::ip("100.64.1.2", "10.0.0.5", 6,
                                            pcaptest::tcp(quint16(40000 + i), 80, pcaptest::Syn, {}, quint32(i)));
        frames << pcaptest::Frame{i * 1000, pcaptest::frame(pcaptest::Ethernet, syn), 0};
    }
    const QString pcap = write("capture.pcap", pcaptest::pcap(pcaptest::Ethernet, frames));
    for (const char *kind : {"iptables", "nftables", "sockets", "routes", "sysctl", "secgroup"})
        QTest::addRow("pcap as %s", kind) << QString::fromLatin1(kind) << pcap;
    // A real gzip file, made by gzip.
    QProcess gzip;
    gzip.start("gzip", {"-c", "-9", Fixtures::path("host/sysctl/sysctl-a-modern.txt")});
    if (gzip.waitForFinished(10000) && gzip.exitCode() == 0) {
        const QString gz = write("sysctl.txt.gz", gzip.readAllStandardOutput());
        for (const char *kind : {"iptables", "sysctl", "ufw", "firewalld"})
            QTest::addRow("gzip as %s", kind) << QString::fromLatin1(kind) << gz;
    } else {
        qWarning("gzip not installed: the gzip rows are left out");
    }
    // Text with escape sequences in it, as a hostile host's command output would carry.
    const QString ansi = write("ansi.txt",
                               "Chain INPUT (policy DROP)\n\x1b]0;owned\x07\x1b[2J\x1b[31mred\r\n"
                               "-A INPUT -s 100.64.0.0/10 -m comment --comment \"\x1b[8mhidden\" -j DROP\n");
    QTest::addRow("escape sequences as iptables") << "iptables" << ansi;
    QTest::addRow("escape sequences as sockets") << "sockets" << ansi;
}

void TestCliTerminal::binaryEvidenceIsNotEchoed()
{
    QFETCH(QString, kind);
    QFETCH(QString, file);
    const Result r = run(QStringList{"analyze", kind, "--file", file} + analyzeTarget);
    QVERIFY2(r.exitCode >= 0 && r.exitCode <= 2, qPrintable(r.err));
    QVERIFY2(firstControl(r.out).isEmpty(), qPrintable(firstControl(r.out) + ": " + r.out.left(2000)));
    QVERIFY2(firstControl(r.err).isEmpty(), qPrintable(firstControl(r.err) + ": " + r.err.left(2000)));
    QVERIFY2(!r.out.contains(QChar(0xFFFD)), qPrintable(r.out.left(2000)));
    // Given as a server group, it is named as binary, not quoted line by line.
    const Result group = run(QStringList{"check", "--profile", "alibaba", "--listener", "tcp", "--targets", file});
    if (!file.endsWith(".txt")) {
        QCOMPARE(group.exitCode, 2);
        QVERIFY2(group.err.contains(QRegularExpression("binary data, [0-9,]+ bytes, not a list of backends")),
                 qPrintable(group.err.left(2000)));
    }
    QVERIFY2(firstControl(group.out + group.err).isEmpty() && !group.err.contains(QChar(0xFFFD)),
             qPrintable(group.err.left(2000)));
    // And the same evidence in a check.
    const Result c = run(QStringList{"check", "--profile", "alibaba", "--listener", "tcp", "--ip", "127.0.0.1",
                                     "--port", "1", "--timeout", "300", "--evidence", kind + "=" + file});
    QVERIFY2(firstControl(c.out + c.err).isEmpty(), qPrintable(c.out.left(2000)));
    QVERIFY2(!c.out.contains(QChar(0xFFFD)), qPrintable(c.out.left(2000)));
}

// A backend on loopback whose answer carries escape sequences and a BEL in its status line, headers
// and body: the check's text output shows them escaped.
void TestCliTerminal::hostileHttpAnswerIsEscaped()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::newConnection, &server, [&server] {
        while (QTcpSocket *s = server.nextPendingConnection()) {
            connect(s, &QTcpSocket::readyRead, s, [s] {
                s->readAll();
                s->write("HTTP/1.0 503 \x1b[32mOK\x1b[0m\r\n"
                         "Server: \x1b]0;pwned\x07nginx\x1b[2J\r\n"
                         "X-Note: \x1b[1A\x1b[2Kerased\r\n"
                         "Content-Type: text/html\r\n\r\n"
                         "\x1b[31mbody\x1b[0m\x07\x9b"
                         "31m");
                s->disconnectFromHost();
            });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    });
    const Result r = run({"check", "--profile", "alibaba", "--listener", "http", "--ip", "127.0.0.1", "--port",
                          QString::number(server.serverPort()), "--timeout", "2000"});
    QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains("503"), qPrintable(r.out));
    QVERIFY2(firstControl(r.out + r.err).isEmpty(), qPrintable(firstControl(r.out + r.err) + ": " + r.out));
    // What the server said is still there, escaped, for the engineer to read.
    QVERIFY2(r.out.contains("\\x1b[") || !r.out.contains("[32m"), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestCliTerminal)
#include "tst_cliterminal.moc"
