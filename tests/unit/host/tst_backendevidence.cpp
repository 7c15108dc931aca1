#include "backendfixtures.h"

#include "analyzers/analyzer.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

// Bad input for every backend-side analyzer: empty, binary, truncated, huge, and another step's
// output pasted into this one. Each gives a clear "unknown" (or a verdict for what is readable),
// never a crash, never a confident verdict on the wrong format.
class TestBackendEvidence : public QObject
{
    Q_OBJECT
private slots:
    void badInput_data();
    void badInput();
    void wrongStep_data();
    void wrongStep();
    void wrongStepByContent();
    void hugeInput();
};

namespace {

const QList<QPair<QString, QString>> &samples() // kind, fixture
{
    static const QList<QPair<QString, QString>> list{
        {"sockets", "host/sockets/ss-ltnup-wildcard.txt"}, {"sockets", "host/sockets/windows-netstat-ano.txt"},
        {"routes", "host/routes/ip-route-ok.txt"},         {"routes", "host/routes/route-n-ok.txt"},
        {"routes", "host/routes/windows-route-print.txt"}, {"tcpwrappers", "host/tcpwrappers/head-deny-all.txt"},
        {"sysctl", "host/sysctl/sysctl-a-modern.txt"},     {"sysctl", "host/sysctl/tw-recycle-on.txt"},
        {"load", "host/load/loadavg-nproc-free.txt"},      {"load", "host/load/top-bn1.txt"},
    };
    return list;
}

const QStringList kinds{"sockets", "routes", "tcpwrappers", "sysctl", "load"};

} // namespace

void TestBackendEvidence::badInput_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("summaryHas"); // empty: any summary, but no crash and a summary
    QByteArray binary(4096, '\0');
    QRandomGenerator rng(42);
    for (char &b : binary)
        b = char(rng.bounded(256));
    for (const QString &kind : kinds) {
        QTest::addRow("%s empty", qPrintable(kind)) << kind << QString() << "empty";
        QTest::addRow("%s whitespace", qPrintable(kind)) << kind << QString(" \r\n\t\n") << "empty";
        QTest::addRow("%s binary", qPrintable(kind)) << kind << TextDecode::decode(binary) << "unknown";
        QTest::addRow("%s nul bytes", qPrintable(kind)) << kind << QString(QChar(0)).repeated(500) << "unknown";
        QTest::addRow("%s garbage text", qPrintable(kind))
            << kind << QString("lorem ipsum dolor sit amet\nconsectetur adipiscing\n") << "unknown, because";
    }
    for (const auto &[kind, file] : samples()) {
        const QString text = BackendFixtures::read(file);
        QTest::addRow("%s truncated", qPrintable(file)) << kind << text.left(text.size() * 2 / 3) << "";
        QTest::addRow("%s one byte", qPrintable(file)) << kind << text.left(text.indexOf('\n') + 2) << "";
    }
}

void TestBackendEvidence::badInput()
{
    QFETCH(QString, kind);
    QFETCH(QString, text);
    QFETCH(QString, summaryHas);
    const RunContext c = BackendFixtures::context("huawei", "tcp", "10.0.0.5", "80");
    const Finding f = EvidenceAnalysis::analyze(Step::stepForKind(kind), Evidence{kind, text, "test"}, c);
    QVERIFY(!f.summary.isEmpty());
    QVERIFY2(f.summary.contains(summaryHas), qPrintable(f.summary));
    if (summaryHas == "unknown" || summaryHas == "empty" || summaryHas == "unknown, because")
        QCOMPARE(f.status, Status::Unknown);
    // Direct calls (the collector's path for a re-read) behave the same for empty text.
    if (text.trimmed().isEmpty())
        QCOMPARE(AnalyzerRegistry::find(kind)->analyze({text, c}).status, Status::Unknown);
}

void TestBackendEvidence::wrongStep_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("actualKind");
    for (const QString &kind : kinds) {
        for (const auto &[actual, file] : samples()) {
            if (actual != kind)
                QTest::addRow("%s into %s", qPrintable(file), qPrintable(kind)) << kind << file << actual;
        }
    }
}

void TestBackendEvidence::wrongStep()
{
    QFETCH(QString, kind);
    QFETCH(QString, file);
    QFETCH(QString, actualKind);
    const RunContext c = BackendFixtures::context("huawei", "tcp", "10.0.0.5", "22");
    const Finding f =
        EvidenceAnalysis::analyze(Step::stepForKind(kind), Evidence{kind, BackendFixtures::read(file), file}, c);
    QCOMPARE(f.status, Status::Unknown);
    const QString expected = AnalyzerRegistry::find(actualKind)->description();
    QVERIFY2(f.summary.contains("this looks like " + expected), qPrintable(f.summary));
}

void TestBackendEvidence::wrongStepByContent()
{
    // No kind given: the paste is routed by content; `ip route` output in the listening step.
    const RunContext c = BackendFixtures::context("alibaba", "http", "10.0.0.5", "80");
    const Finding f = EvidenceAnalysis::analyze(
        "listening", Evidence{{}, BackendFixtures::read("host/routes/ip-route-ok.txt"), "pasted"}, c);
    QCOMPARE(f.status, Status::Unknown);
    QVERIFY2(f.summary.contains("routing table"), qPrintable(f.summary));
    // And the right step finds its analyzer by content.
    const Finding ok = EvidenceAnalysis::analyze(
        "route", Evidence{{}, BackendFixtures::read("host/routes/ip-route-ok.txt"), "pasted"}, c);
    QCOMPARE(ok.kind, QStringLiteral("routes"));
    QCOMPARE(ok.status, Status::Pass);
}

void TestBackendEvidence::hugeInput()
{
    // 100 000 socket lines (~9 MB): analyzed in bounded time, the one listener still found.
    QString text = "Netid State  Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess\n";
    for (int i = 0; i < 100000; ++i)
        text += QStringLiteral(
                    "tcp   ESTAB  0      0          10.0.0.5:%1   100.64.0.9:5%2 users:((\"app\",pid=1,fd=%1))\n")
                    .arg(1024 + i % 60000)
                    .arg(i % 10000);
    text += "tcp   LISTEN 0      511          0.0.0.0:80         0.0.0.0:*    users:((\"nginx\",pid=7,fd=6))\n";
    QElapsedTimer clock;
    clock.start();
    const Finding f = EvidenceAnalysis::analyze("listening", Evidence{"sockets", text, "big"},
                                                BackendFixtures::context("alibaba", "http", "10.0.0.5", "80"));
    QCOMPARE(f.status, Status::Pass);
    QVERIFY2(clock.elapsed() < 20000, qPrintable(QString::number(clock.elapsed())));
    qInfo("100k socket lines analyzed in %lld ms", clock.elapsed());
}

QTEST_GUILESS_MAIN(TestBackendEvidence)
#include "tst_backendevidence.moc"
