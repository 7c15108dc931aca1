#include "core/diagnosis.h"
#include "core/profilestore.h"
#include "core/session.h"

#include <QJsonArray>
#include <QTest>

// Findings are written "step:status:outcome" (outcome may be empty), the shape probes and
// analyzers produce (see the outcome list in core/finding.h).
namespace {

QList<Finding> parse(const QStringList &specs)
{
    QList<Finding> out;
    for (const QString &spec : specs) {
        const QStringList parts = spec.split(':');
        Finding f = Finding::make(parts.value(0), *statusFromId(parts.value(1)), "summary of " + parts.value(0));
        f.outcome = parts.value(2);
        out << f;
    }
    return out;
}

QStringList steps(const QList<Finding> &findings, const QList<qsizetype> &indexes, bool sorted)
{
    QStringList out;
    for (qsizetype i : indexes)
        out << findings[i].step;
    if (sorted)
        out.sort();
    return out;
}

} // namespace

class TestDiagnosis : public QObject
{
    Q_OBJECT
private slots:
    void diagnose_data();
    void diagnose();
    void linksCarryReasons();
    void wrappersAgreeWithDiagnose();
    void sessionJsonNamesRootCause();
};

void TestDiagnosis::diagnose_data()
{
    QTest::addColumn<QStringList>("findings");
    QTest::addColumn<QString>("listener");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("root"); // step id, empty: none
    QTest::addColumn<QStringList>("explains"); // sorted
    QTest::addColumn<QStringList>("conflicts"); // steps whose failure is contradicted
    QTest::addColumn<QStringList>("unchecked");
    QTest::addColumn<QStringList>("fixOrder");

    // The seeds' central case: a firewall dropping 100.64.0.0/10 shows as a TCP timeout and a failed HTTP check.
    QTest::newRow("firewall drop explains tcp timeout and http")
        << QStringList{"firewall:fail:drop", "listening:pass:listening", "tcp:fail:timeout", "http:fail:timeout"}
        << "http"
        << "unhealthy"
        << "firewall" << QStringList{"http", "tcp"} << QStringList{} << QStringList{}
        << QStringList{"firewall", "tcp", "http"};
    // A security group is not asked how it blocks: security groups drop silently.
    QTest::newRow("security group without outcome explains timeouts")
        << QStringList{"secgroup:fail:", "tcp:fail:timeout", "http:fail:timeout"} << "https"
        << "unhealthy"
        << "secgroup" << QStringList{"http", "tcp"} << QStringList{} << QStringList{}
        << QStringList{"secgroup", "tcp", "http"};
    QTest::newRow("nothing listening explains refused")
        << QStringList{"firewall:pass:allowed", "listening:fail:not-listening", "tcp:fail:refused", "http:fail:refused"}
        << "http"
        << "unhealthy"
        << "listening" << QStringList{"http", "tcp"} << QStringList{} << QStringList{}
        << QStringList{"listening", "tcp", "http"};
    QTest::newRow("loopback only explains refused")
        << QStringList{"listening:fail:loopback-only", "tcp:fail:refused"} << "tcp"
        << "unhealthy"
        << "listening" << QStringList{"tcp"} << QStringList{} << QStringList{} << QStringList{"listening", "tcp"};
    // Two failing causes: only the one that matches the symptom explains it; a drop cannot
    // produce "refused", so the firewall ranks after the listener but before the symptoms.
    QTest::newRow("drop does not explain refused, the listener does")
        << QStringList{"firewall:fail:drop", "listening:fail:not-listening", "tcp:fail:refused", "http:fail:refused"}
        << "http"
        << "unhealthy"
        << "listening" << QStringList{"http", "tcp"} << QStringList{} << QStringList{}
        << QStringList{"listening", "firewall", "tcp", "http"};
    QTest::newRow("firewall reject explains refused")
        << QStringList{"firewall:fail:reject", "listening:pass:listening", "tcp:fail:refused"} << "tcp"
        << "unhealthy"
        << "firewall" << QStringList{"tcp"} << QStringList{} << QStringList{} << QStringList{"firewall", "tcp"};
    // Nothing else failed and no cause for a status code exists among the steps: the application is the answer.
    QTest::newRow("wrong status with a working connection")
        << QStringList{"firewall:pass:allowed", "tcp:pass:connected", "http:fail:bad-status"} << "http"
        << "unhealthy"
        << "http" << QStringList{} << QStringList{} << QStringList{} << QStringList{"http"};
    // The probe from here connects, but the load balancer's CIDR is dropped: it never sees the 404.
    QTest::newRow("blocked CIDR ranks before a wrong status")
        << QStringList{"firewall:fail:drop", "tcp:pass:connected", "http:fail:bad-status"} << "http"
        << "unhealthy"
        << "firewall" << QStringList{} << QStringList{} << QStringList{} << QStringList{"firewall", "http"};
    // A warning can be the root cause when it explains a failure.
    QTest::newRow("high load explains the http timeout")
        << QStringList{"tcp:pass:connected", "http:fail:timeout", "load:warn:high"} << "http"
        << "unhealthy"
        << "load" << QStringList{"http"} << QStringList{} << QStringList{} << QStringList{"load", "http"};
    QTest::newRow("high load does not explain a wrong status")
        << QStringList{"tcp:pass:connected", "http:fail:bad-status", "load:warn:high"} << "http"
        << "unhealthy"
        << "http" << QStringList{} << QStringList{} << QStringList{} << QStringList{"http", "load"};
    // With the connection working, firewalls and routes cannot explain the HTTP timeout; only
    // the unchecked load can, and the unknown security group is not suggested.
    QTest::newRow("connection works: only load is a suspect")
        << QStringList{"secgroup:unknown:", "firewall:pass:allowed", "tcp:pass:connected", "http:fail:timeout"}
        << "http"
        << "unhealthy"
        << "http" << QStringList{} << QStringList{} << QStringList{"load"} << QStringList{"http"};
    QTest::newRow("socket list contradicted by a working connection")
        << QStringList{"listening:fail:not-listening", "tcp:pass:connected", "http:fail:bad-status"} << "http"
        << "unhealthy"
        << "http" << QStringList{} << QStringList{"listening"} << QStringList{} << QStringList{"http", "listening"};
    QTest::newRow("tcp failure contradicted by an http answer")
        << QStringList{"tcp:fail:timeout", "http:fail:bad-status"} << "http"
        << "unhealthy"
        << "http" << QStringList{} << QStringList{"tcp"} << QStringList{} << QStringList{"http", "tcp"};
    QTest::newRow("all pass is healthy") << QStringList{"firewall:pass:allowed", "tcp:pass:connected",
                                                        "http:pass:healthy"}
                                         << "http"
                                         << "healthy"
                                         << "" << QStringList{} << QStringList{} << QStringList{} << QStringList{};
    QTest::newRow("decisive step not known is inconclusive")
        << QStringList{"firewall:pass:", "listening:pass:", "tcp:pass:connected", "http:unknown:"} << "http"
        << "inconclusive"
        << "" << QStringList{} << QStringList{} << QStringList{} << QStringList{};
    QTest::newRow("udp decisive step missing is inconclusive")
        << QStringList{"firewall:pass:", "icmp:pass:reply"} << "udp"
        << "inconclusive"
        << "" << QStringList{} << QStringList{} << QStringList{} << QStringList{};
    // Warnings alone leave the backend healthy, but the fixes are still ordered cause first.
    QTest::newRow("warnings only are healthy")
        << QStringList{"tcp:pass:connected", "http:warn:slow", "load:warn:high"} << "http"
        << "healthy"
        << "" << QStringList{} << QStringList{} << QStringList{} << QStringList{"load", "http"};
    QTest::newRow("unexplained timeout lists unchecked causes")
        << QStringList{"secgroup:unknown:", "firewall:skip:", "listening:pass:",
                       "tcp:fail:timeout",  "route:pass:",    "sysctl:pass:"}
        << "tcp"
        << "unhealthy"
        << "tcp" << QStringList{} << QStringList{} << QStringList{"secgroup", "firewall"} << QStringList{"tcp"};
    // The root explains the HTTP failure but is itself a symptom: what could cause "refused" was not checked.
    QTest::newRow("refused with its causes unchecked")
        << QStringList{"firewall:skip:", "listening:unknown:", "tcp:fail:refused", "http:fail:refused"} << "http"
        << "unhealthy"
        << "tcp" << QStringList{"http"} << QStringList{} << QStringList{"secgroup", "firewall", "listening"}
        << QStringList{"tcp", "http"};
    QTest::newRow("udp: security group explains ping and datagram")
        << QStringList{"secgroup:fail:drop", "icmp:fail:timeout", "udp:fail:no-answer"} << "udp"
        << "unhealthy"
        << "secgroup" << QStringList{"icmp", "udp"} << QStringList{} << QStringList{}
        << QStringList{"secgroup", "icmp", "udp"};
    QTest::newRow("no outcomes at all still links firewall to tcp")
        << QStringList{"firewall:fail:", "tcp:fail:"} << "tcp"
        << "unhealthy"
        << "firewall" << QStringList{"tcp"} << QStringList{} << QStringList{} << QStringList{"firewall", "tcp"};
    QTest::newRow("drop cannot explain refused: rank decides")
        << QStringList{"secgroup:fail:drop", "tcp:fail:refused", "listening:unknown:"} << "tcp"
        << "unhealthy"
        << "secgroup" << QStringList{} << QStringList{} << QStringList{} << QStringList{"secgroup", "tcp"};
    QTest::newRow("tcp wrappers explain a reset http")
        << QStringList{"tcpwrappers:fail:", "tcp:pass:connected", "http:fail:reset"} << "http"
        << "unhealthy"
        << "tcpwrappers" << QStringList{"http"} << QStringList{} << QStringList{} << QStringList{"tcpwrappers", "http"};
    QTest::newRow("broken route explains timeouts")
        << QStringList{"route:fail:", "firewall:pass:", "tcp:fail:timeout", "http:fail:timeout"} << "http"
        << "unhealthy"
        << "route" << QStringList{"http", "tcp"} << QStringList{} << QStringList{}
        << QStringList{"route", "tcp", "http"};
    QTest::newRow("a warning explaining nothing never beats a failure")
        << QStringList{"load:warn:high", "firewall:fail:drop", "tcp:pass:connected"} << "tcp"
        << "unhealthy"
        << "firewall" << QStringList{} << QStringList{} << QStringList{} << QStringList{"firewall", "load"};
    // Both block the CIDR and both explain the timeout; the cloud's security group is met first.
    QTest::newRow("security group and firewall both drop")
        << QStringList{"firewall:fail:drop", "secgroup:fail:drop", "tcp:fail:timeout"} << "tcp"
        << "unhealthy"
        << "secgroup" << QStringList{"tcp"} << QStringList{} << QStringList{}
        << QStringList{"secgroup", "firewall", "tcp"};
    QTest::newRow("nothing run yet") << QStringList{} << "http"
                                     << "inconclusive"
                                     << "" << QStringList{} << QStringList{} << QStringList{} << QStringList{};
}

void TestDiagnosis::diagnose()
{
    QFETCH(QStringList, findings);
    QFETCH(QString, listener);
    QFETCH(QString, verdict);
    QFETCH(QString, root);
    QFETCH(QStringList, explains);
    QFETCH(QStringList, conflicts);
    QFETCH(QStringList, unchecked);
    QFETCH(QStringList, fixOrder);

    const QList<Finding> list = parse(findings);
    const DiagnosisResult d = Diagnosis::diagnose(list, *listenerFromId(listener));
    QCOMPARE(verdictId(d.verdict), verdict);
    QCOMPARE(d.rootCause ? list[*d.rootCause].step : QString(), root);
    QCOMPARE(d.rootCause.has_value(), d.verdict == Verdict::Unhealthy);
    QCOMPARE(steps(list, d.explainedByRoot, true), explains);
    QList<qsizetype> conflicting;
    for (const Conflict &c : d.conflicts)
        conflicting << c.finding;
    QCOMPARE(steps(list, conflicting, true), conflicts);
    QCOMPARE(d.unchecked, unchecked);
    QCOMPARE(steps(list, d.fixOrder, false), fixOrder);
    if (d.rootCause)
        QVERIFY(!d.rootReason.isEmpty());
}

void TestDiagnosis::linksCarryReasons()
{
    const QList<Finding> list = parse({"firewall:fail:drop", "tcp:fail:timeout", "http:fail:timeout"});
    const DiagnosisResult d = Diagnosis::diagnose(list, Listener::Http);
    // firewall -> tcp, firewall -> http, tcp -> http
    QCOMPARE(d.links.size(), 3);
    for (const CausalLink &l : d.links) {
        QVERIFY(!l.reason.isEmpty());
        QVERIFY2(l.reason.contains(list[l.effect].summary), qPrintable(l.reason));
    }
    // The root reason cites the links, so the customer reads why, not just what.
    QVERIFY(d.rootReason.contains(list[1].summary));
}

void TestDiagnosis::wrappersAgreeWithDiagnose()
{
    const QList<Finding> list = parse({"listening:fail:loopback-only", "tcp:fail:refused", "http:fail:refused"});
    QCOMPARE(Diagnosis::verdict(list, Listener::Http), Verdict::Unhealthy);
    QCOMPARE(Diagnosis::rootCause(list, Listener::Http), std::optional<qsizetype>(0));
    QCOMPARE(Diagnosis::explained(list, Listener::Http), (QStringList{"tcp", "http"}));
}

void TestDiagnosis::sessionJsonNamesRootCause()
{
    ProfileStore store;
    store.loadAll();
    Session s;
    s.context.profile = *store.find("alibaba");
    s.context.variant = *s.context.profile.variant({});
    s.context.target.listener = Listener::Http;
    s.findings = parse({"firewall:fail:drop", "tcp:fail:timeout", "http:fail:timeout"});
    const QJsonObject o = s.toJson();
    QCOMPARE(o["schema"].toInt(), Session::schemaVersion);
    QCOMPARE(o["verdict"].toString(), "unhealthy");
    QCOMPARE(o["rootCause"]["step"].toString(), "firewall");
    QCOMPARE(o["rootCause"]["explains"].toArray(), QJsonArray({"tcp", "http"}));
    QCOMPARE(o["findings"][1]["outcome"].toString(), "timeout");

    s.findings = parse({"tcp:pass:connected", "http:pass:healthy"});
    QVERIFY(s.toJson()["rootCause"].isNull());
    QCOMPARE(s.toJson()["verdict"].toString(), "healthy");
}

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
