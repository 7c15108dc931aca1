#include "backendfixtures.h"

#include "collect/group/groupbundlefiles.h"
#include "collect/group/groupbundles.h"
#include "core/group/grouprunner.h"
#include "core/group/groupsession.h"
#include "core/sessionfile.h"
#include "core/stepid.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

// A server group's per-backend evidence: each bundle goes to the backend it came from (by the
// addresses its host owns, its host name, its file name), problems name the file, and a group
// with its evidence survives a save and a reopen. The bundle is the real run in
// tests/fixtures/bundle/linux-root.txt (host "vm", addresses 192.0.2.2 and fd00::2).
class TestGroupBundles : public QObject
{
    Q_OBJECT
private slots:
    void ownAddresses_data();
    void ownAddresses();
    void matching_data();
    void matching();
    void sameHostOtherPortsShare();
    void problemsNameTheFile();
    void folderOfFiles();
    void groupSessionRoundTrip();
    void singleSessionLoaderNamesAGroup();

private:
    static QList<GroupMember> members(const QStringList &rows); // "ip:port[/name]", "[v6]:port"
    static QString bundle() { return BackendFixtures::read(QStringLiteral("bundle/linux-root.txt")); }
};

QList<GroupMember> TestGroupBundles::members(const QStringList &rows)
{
    const RunContext base = BackendFixtures::context(QStringLiteral("alibaba"), QStringLiteral("http"),
                                                     QStringLiteral("10.0.0.1"), QStringLiteral("8080"));
    QList<GroupMember> out;
    for (const QString &r : rows) {
        const QString endpoint = r.section(QLatin1Char('/'), 0, 0);
        TargetRow row;
        const qsizetype colon = endpoint.lastIndexOf(QLatin1Char(':'));
        row.address = QHostAddress(endpoint.left(colon).remove('[').remove(']'));
        row.port = quint16(endpoint.mid(colon + 1).toUInt());
        row.checkPort = row.port;
        row.name = r.section(QLatin1Char('/'), 1, 1);
        GroupMember m;
        m.row = row;
        m.context = GroupRunner::contextFor(base, row);
        out << m;
    }
    return out;
}

void TestGroupBundles::ownAddresses_data()
{
    QTest::addColumn<QString>("routes");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("ip route show table all (fixture)") << bundle()
                                                              .section(QStringLiteral("$ ip route show table all\n"), 1)
                                                              .section(QStringLiteral("=== LBDOCTOR END"), 0, 0)
                                                       << QStringList{"192.0.2.2", "fd00::2", "fe80::fc:ff:fe00:1"};
    QTest::newRow("loopback and prefixes say nothing")
        << "local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1\n"
           "local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1\n"
           "local ::1 dev lo table local proto kernel metric 0 pref medium\n"
        << QStringList{};
    QTest::newRow("route -n has no local table") << "Kernel IP routing table\n0.0.0.0 192.0.2.1 0.0.0.0 UG 0 0 0 eth0\n"
                                                 << QStringList{};
    QTest::newRow("garbage") << "local banana dev eth0\nlocal 999.1.1.1 dev eth0\n" << QStringList{};
}

void TestGroupBundles::ownAddresses()
{
    QFETCH(QString, routes);
    QFETCH(QStringList, expected);
    QCOMPARE(GroupBundleMatch::ownAddresses(routes), expected);
}

void TestGroupBundles::matching_data()
{
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("expectedMember"); // -1: none
    QTest::addColumn<QString>("how");
    QTest::newRow("by the address the host owns")
        << QStringList{"10.0.0.9:8080/vm", "192.0.2.2:8080", "10.0.0.7:8080"} << "anything.txt" << 1 << "addresses";
    QTest::newRow("by an IPv6 address the host owns")
        << QStringList{"10.0.0.9:8080", "[fd00::2]:8080"} << "anything.txt" << 1 << "addresses";
    QTest::newRow("by host name when no address matches")
        << QStringList{"10.0.0.9:8080/web-1", "10.0.0.8:8080/VM"} << "x.txt" << 1 << "host name";
    QTest::newRow("by file name (address)")
        << QStringList{"10.0.0.9:8080", "10.0.0.7:8080"} << "10.0.0.7.txt" << 1 << "file name";
    QTest::newRow("by file name (name)") << QStringList{"10.0.0.9:8080/web-1", "10.0.0.7:8080/web-2"} << "web-2.log"
                                         << 1 << "file name";
    QTest::newRow("the address outranks a misleading file name")
        << QStringList{"10.0.0.7:8080", "192.0.2.2:8080"} << "10.0.0.7.txt" << 1 << "addresses";
    QTest::newRow("no match") << QStringList{"10.0.0.9:8080/web-1"} << "x.txt" << -1 << "";
}

void TestGroupBundles::matching()
{
    QFETCH(QStringList, rows);
    QFETCH(QString, fileName);
    QFETCH(int, expectedMember);
    QFETCH(QString, how);
    const GroupBundles result = GroupBundleMatch::assign({{fileName, bundle()}}, members(rows));
    if (expectedMember < 0) {
        QVERIFY(result.members.isEmpty());
        QCOMPARE(result.problems.size(), 1);
        QVERIFY2(result.problems.constFirst().contains(fileName) && result.problems.constFirst().contains("host \"vm\"")
                     && result.problems.constFirst().contains("192.0.2.2"),
                 qPrintable(result.problems.constFirst()));
        return;
    }
    QCOMPARE(result.members.keys(), QList<int>{expectedMember});
    const MemberEvidence e = result.members.value(expectedMember);
    QVERIFY2(e.source.contains(fileName) && e.source.contains(how), qPrintable(e.source));
    QVERIFY(result.problems.isEmpty());
    // Every backend-side step of the plan has the bundle's finding, analyzed for this backend.
    QStringList steps;
    for (const Finding &f : e.findings)
        steps << f.step;
    for (const QString &step :
         {QString(StepId::Firewall), QString(StepId::Listening), QString(StepId::Route), QString(StepId::Sysctl)})
        QVERIFY2(steps.contains(step), qPrintable(steps.join(',')));
}

void TestGroupBundles::sameHostOtherPortsShare()
{
    // Two listeners of one host: one bundle, each backend judged for its own port (8080 is in the
    // fixture's sockets, 9999 is not).
    const GroupBundles result =
        GroupBundleMatch::assign({{"vm.txt", bundle()}}, members({"192.0.2.2:8080", "192.0.2.2:9999", "10.0.0.7:80"}));
    QCOMPARE(result.members.size(), 2);
    auto listening = [&](int index) {
        for (const Finding &f : result.members.value(index).findings) {
            if (f.step == StepId::Listening)
                return f;
        }
        return Finding{};
    };
    QVERIFY2(listening(1).summary.contains("9999"), qPrintable(listening(1).summary));
    QVERIFY(listening(0).status != listening(1).status || listening(0).summary != listening(1).summary);
}

void TestGroupBundles::problemsNameTheFile()
{
    const QList<GroupMember> group = members({"192.0.2.2:8080", "10.0.0.7:8080"});
    const GroupBundles result = GroupBundleMatch::assign({{"notes.txt", "just some text\nthe customer pasted\n"},
                                                          {"first.txt", bundle()},
                                                          {"second.txt", bundle()},
                                                          {"cut.txt", bundle().left(bundle().size() / 3)}},
                                                         group);
    QCOMPARE(result.members.keys(), QList<int>{0});
    QVERIFY(result.members.value(0).source.contains("first.txt"));
    const QString all = result.problems.join('\n');
    QVERIFY2(all.contains("notes.txt is not the output of the collection bundle"), qPrintable(all));
    QVERIFY2(all.contains("first.txt and second.txt are both from 192.0.2.2:8080: first.txt is used"), qPrintable(all));
    QVERIFY2(all.contains("first.txt and cut.txt"), qPrintable(all));
}

void TestGroupBundles::folderOfFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    write("192.0.2.2.txt", bundle().toUtf8());
    write("capture.pcap", QByteArray("\xd4\xc3\xb2\xa1\x02\x00\x04\x00", 8) + QByteArray(4096, '\0'));
    QDir(dir.path()).mkdir("sub");
    write("sub/ignored.txt", bundle().toUtf8());
    const GroupBundles result =
        GroupBundleFiles::read({dir.path(), dir.filePath("missing.txt")}, members({"192.0.2.2:8080", "10.0.0.7:8080"}));
    QCOMPARE(result.members.keys(), QList<int>{0});
    const QString all = result.problems.join('\n');
    QVERIFY2(all.contains("capture.pcap"), qPrintable(all));
    QVERIFY2(all.contains("missing.txt does not exist"), qPrintable(all));
    QVERIFY2(!all.contains("ignored.txt"), qPrintable(all));
}

void TestGroupBundles::groupSessionRoundTrip()
{
    const QList<GroupMember> planned = members({"192.0.2.2:8080/vm", "10.0.0.7:8080/web-2"});
    const GroupBundles bundles = GroupBundleMatch::assign({{"vm.txt", bundle()}}, planned);
    GroupSession g;
    g.context = planned.constFirst().context;
    g.startedAt = QDateTime::fromString("2026-12-03T13:01:00.000Z", Qt::ISODateWithMs);
    g.concurrency = 64;
    g.elapsedMs = 1234;
    g.evidenceProblems = {"notes.txt is not the output of the collection bundle"};
    g.targetProblems = {"line 4: port must be 1-65535, got 0"};
    g.evidence.insert(
        QString(StepId::LbStatus),
        Evidence{QStringLiteral("lbstatus"), QStringLiteral("{\"TargetHealthDescriptions\":[]}"), "h.json"});
    for (int i = 0; i < planned.size(); ++i) {
        GroupMember m = planned.at(i);
        m.state = i == 0 ? GroupMember::State::Done : GroupMember::State::Stopped;
        m.evidence = bundles.members.value(i);
        m.findings = m.evidence.findings;
        m.findings << Finding::make(QString(StepId::Tcp), i == 0 ? Status::Pass : Status::Skip, "tcp");
        g.members << m;
    }
    g.answer = GroupAnalysis::analyze(g.members, g.context.target.listener);

    QTemporaryDir dir;
    const QString file = dir.filePath("group" + SessionFile::suffix());
    QVERIFY(SessionFile::save(g, file));
    const auto loaded = SessionFile::loadAny(file, BackendFixtures::profiles());
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QVERIFY(std::holds_alternative<GroupSession>(*loaded));
    const GroupSession &again = std::get<GroupSession>(*loaded);
    QCOMPARE(again.members.size(), 2);
    QCOMPARE(again.members.at(0).row.name, "vm");
    QCOMPARE(again.members.at(1).row.endpoint(), "10.0.0.7:8080");
    QCOMPARE(again.members.at(0).state, GroupMember::State::Done);
    QCOMPARE(again.members.at(1).state, GroupMember::State::Stopped);
    QCOMPARE(again.members.at(0).evidence.source, g.members.at(0).evidence.source);
    QCOMPARE(again.members.at(0).findings.size(), g.members.at(0).findings.size());
    QCOMPARE(again.evidenceProblems, g.evidenceProblems);
    QCOMPARE(again.targetProblems, g.targetProblems);
    QCOMPARE(again.evidence.value(QString(StepId::LbStatus)).text, g.evidence.value(QString(StepId::LbStatus)).text);
    QCOMPARE(again.startedAt, g.startedAt);
    QCOMPARE(again.concurrency, 64);
    QCOMPARE(again.answer.headline, g.answer.headline);
    QCOMPARE(QJsonDocument(again.toJson()).toJson(), QJsonDocument(g.toJson()).toJson());
}

void TestGroupBundles::singleSessionLoaderNamesAGroup()
{
    GroupSession g;
    g.members = members({"10.0.0.7:8080"});
    g.context = g.members.constFirst().context;
    g.answer = GroupAnalysis::analyze(g.members, g.context.target.listener);
    const auto single = SessionFile::parse(QJsonDocument(g.toJson()).toJson(), BackendFixtures::profiles());
    QVERIFY(!single);
    QVERIFY2(single.error().contains("server group"), qPrintable(single.error()));
    // Damaged backends are refused naming which one.
    QJsonObject broken = g.toJson();
    QJsonArray backends = broken.value("backends").toArray();
    QJsonObject first = backends.at(0).toObject();
    first.insert("profile", QJsonObject{{"id", "nosuch"}});
    backends.replace(0, first);
    broken.insert("backends", backends);
    const auto refused = SessionFile::parseAny(QJsonDocument(broken).toJson(), BackendFixtures::profiles());
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains("backends[0]") && refused.error().contains("nosuch"),
             qPrintable(refused.error()));
}

QTEST_GUILESS_MAIN(TestGroupBundles)
#include "tst_groupbundles.moc"
