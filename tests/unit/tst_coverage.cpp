// What a verdict rests on and what it does not (issue 13): every planned step without a pass, warn
// or fail result is "not verified", so "Healthy" becomes "Healthy as far as checked".
#include "core/coverage.h"
#include "core/session.h"

#include <QJsonArray>
#include <QTest>

class TestCoverage : public QObject
{
    Q_OBJECT
private slots:
    void notVerified_data();
    void notVerified();
    void sessionJsonListsThem();
};

void TestCoverage::notVerified_data()
{
    QTest::addColumn<QStringList>("pass");
    QTest::addColumn<QStringList>("skip");
    QTest::addColumn<QStringList>("expected");
    const QStringList plan{"secgroup", "firewall", "listening", "tcp", "http", "capture"};
    QTest::newRow("desktop: only probes ran")
        << QStringList{"tcp", "http"} << QStringList{"secgroup", "firewall", "listening"}
        << QStringList{"secgroup", "firewall", "listening"};
    QTest::newRow("offline: unrun steps have no finding")
        << QStringList{"listening"} << QStringList{} << QStringList{"secgroup", "firewall", "tcp", "http"};
    QTest::newRow("everything checked, capture optional")
        << QStringList{"secgroup", "firewall", "listening", "tcp", "http"} << QStringList{} << QStringList{};
    QTest::newRow("skipped outside the plan") << QStringList{"secgroup", "firewall", "listening", "tcp", "http"}
                                              << QStringList{"route"} << QStringList{"route"};
}

void TestCoverage::notVerified()
{
    QFETCH(QStringList, pass);
    QFETCH(QStringList, skip);
    QFETCH(QStringList, expected);
    QList<Finding> findings;
    for (const QString &s : pass)
        findings << Finding::make(s, Status::Pass, QStringLiteral("ok"));
    for (const QString &s : skip)
        findings << Finding::make(s, Status::Skip, QStringLiteral("not run"));
    const QStringList plan{"secgroup", "firewall", "listening", "tcp", "http", "capture"};
    QCOMPARE(Coverage::notVerified(findings, plan), expected);
    QCOMPARE(Coverage::headline(Verdict::Healthy, !expected.isEmpty()),
             expected.isEmpty() ? QStringLiteral("Healthy") : QStringLiteral("Healthy as far as checked"));
}

void TestCoverage::sessionJsonListsThem()
{
    Session s;
    s.context.target.listener = Listener::Http;
    s.findings << Finding::make(QStringLiteral("tcp"), Status::Pass, QStringLiteral("connected"))
               << Finding::make(QStringLiteral("http"), Status::Pass, QStringLiteral("200"));
    const DiagnosisResult d = s.diagnosis();
    QCOMPARE(d.verdict, Verdict::Healthy);
    QVERIFY(d.notVerified.contains(QStringLiteral("firewall")));
    QCOMPARE(d.restsOn, (QStringList{"tcp", "http"}));
    const QJsonArray nv = s.toJson().value(QStringLiteral("notVerified")).toArray();
    QVERIFY(nv.contains(QStringLiteral("secgroup")) && nv.contains(QStringLiteral("firewall")));
    QVERIFY(!nv.contains(QStringLiteral("http")));
}

QTEST_GUILESS_MAIN(TestCoverage)
#include "tst_coverage.moc"
