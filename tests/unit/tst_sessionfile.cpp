#include "capturescenarios.h"
#include "pcapwriter.h"

#include "analyzers/capture/capturefile.h"
#include "core/evidenceanalysis.h"
#include "core/profilestore.h"
#include "core/sessionfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(LBDOCTOR_FIXTURES_DIR) + "/reports/" + name;
}

QByteArray readAll(const QString &fileName)
{
    QFile f(fileName);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &fileName, const QByteArray &bytes)
{
    QFile f(fileName);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

} // namespace

class TestSessionFile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void loadsFixture();
    void roundTrip();
    void evidenceEqualToRawIsStoredOnce();
    void refused_data();
    void refused();
    void saveFailureCreatesNothing();
    void saveReplacesWholeFile();
    void fileWithoutSchemaIsVersionOne();
    void customValuesRoundTrip_data();
    void customValuesRoundTrip();
    void customSessionWithoutValuesKeepsDefaults();
    void suffix();
    void captureEvidenceRoundTrip_data();
    void captureEvidenceRoundTrip();

private:
    ProfileStore m_store;
    QTemporaryDir m_dir;
};

void TestSessionFile::initTestCase()
{
    m_store.loadAll();
    QVERIFY(m_store.find("alibaba"));
    QVERIFY(m_dir.isValid());
}

void TestSessionFile::loadsFixture()
{
    const auto s = SessionFile::load(fixture("firewall-drop.lbdoctor.json"), m_store);
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(s->context.profile.id, "alibaba");
    QCOMPARE(s->context.variant.id, "default");
    QCOMPARE(s->context.target.listener, Listener::Http);
    QCOMPARE(s->context.target.address.toString(), "10.0.0.5");
    QCOMPARE(s->context.target.domain, "www.example.com");
    QCOMPARE(s->context.target.path, "/health");
    QCOMPARE(s->startedAt, QDateTime(QDate(2025, 11, 21), QTime(10, 2, 30), Qt::UTC));
    QCOMPARE(s->findings.size(), 9);
    QCOMPARE(s->findings[1].outcome, "drop");
    QCOMPARE(s->findings[1].rangesWith(RangeDecision::Verdict::Blocked), QStringList{"100.64.0.0/10"});
    // "textIsRaw": the firewall evidence is the firewall finding's raw text, stored once.
    QVERIFY(s->evidence.contains("firewall"));
    QCOMPARE(s->evidence["firewall"].text, s->findings[1].raw);
    QVERIFY(s->evidence["firewall"].text.contains("-A INPUT -s 100.64.0.0/10 -j DROP"));
    QCOMPARE(s->evidence["listening"].origin, "ss-ltnp.txt");
    QVERIFY(s->evidence["listening"].text.contains("nginx"));
    // The verdict is worked out again from the findings, not trusted from the file.
    QCOMPARE(s->verdict(), Verdict::Unhealthy);
    QCOMPARE(s->rootCause()->step, "firewall");
}

void TestSessionFile::roundTrip()
{
    const auto original = SessionFile::load(fixture("firewall-drop.lbdoctor.json"), m_store);
    QVERIFY2(original, qPrintable(original.error()));
    const QString file = m_dir.filePath("roundtrip.lbdoctor.json");
    const auto saved = SessionFile::save(*original, file);
    QVERIFY2(saved, qPrintable(saved.error()));
    const auto again = SessionFile::load(file, m_store);
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(again->findings, original->findings);
    QCOMPARE(again->startedAt, original->startedAt);
    QCOMPARE(again->context.target.toJson(), original->context.target.toJson());
    QCOMPARE(again->context.mode, original->context.mode);
    QCOMPARE(again->context.timeoutMs, original->context.timeoutMs);
    QCOMPARE(again->evidence.keys().size(), original->evidence.size());
    for (auto it = original->evidence.cbegin(); it != original->evidence.cend(); ++it) {
        QCOMPARE(again->evidence[it.key()].text, it->text);
        QCOMPARE(again->evidence[it.key()].kind, it->kind);
        QCOMPARE(again->evidence[it.key()].origin, it->origin);
    }
    // Saving what was loaded gives the same JSON: nothing is lost or invented on the way.
    QCOMPARE(again->toJson(), original->toJson());
}

void TestSessionFile::evidenceEqualToRawIsStoredOnce()
{
    auto s = SessionFile::load(fixture("firewall-drop.lbdoctor.json"), m_store);
    QVERIFY(s);
    const QString big = QString("-A INPUT -s 10.1.2.3/32 -j ACCEPT\n").repeated(32 * 1024); // ~1 MiB
    s->findings[1].raw = big;
    s->evidence["firewall"].text = big;
    s->evidence["route"] = Evidence{"routes", "pasted but not analyzed yet", "pasted"};
    const QString file = m_dir.filePath("big.lbdoctor.json");
    const auto saved = SessionFile::save(*s, file);
    QVERIFY2(saved, qPrintable(saved.error()));
    QVERIFY2(QFileInfo(file).size() < big.size() * 3 / 2, "the 1 MiB text is in the file once, not twice");
    const auto again = SessionFile::load(file, m_store);
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(again->evidence["firewall"].text, big);
    QCOMPARE(again->evidence["route"].text, "pasted but not analyzed yet");
}

void TestSessionFile::refused_data()
{
    QTest::addColumn<QString>("source"); // fixture name, or empty to use `bytes`
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message"); // a word the engineer needs to see
    QTest::newRow("truncated") << "truncated.lbdoctor.json" << QByteArray() << "damaged";
    QTest::newRow("future schema") << "future-schema.lbdoctor.json" << QByteArray() << "newer LB Doctor (schema 2";
    QTest::newRow("unknown status") << "bad-status.lbdoctor.json" << QByteArray() << "findings[1]";
    QTest::newRow("not a session") << "not-a-session.json" << QByteArray() << "not an LB Doctor session";
    QTest::newRow("empty") << "" << QByteArray() << "empty";
    QTest::newRow("array") << "" << QByteArray("[1, 2, 3]") << "not an LB Doctor session";
    QTest::newRow("binary") << "" << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "damaged";
    QTest::newRow("unknown profile")
        << ""
        << QByteArray(
               R"({"schema":1,"tool":{"name":"lbdoctor"},"profile":{"id":"nosuchcloud","variant":"x"},"target":{}})")
        << "nosuchcloud";
    QTest::newRow("schema not a number")
        << "" << QByteArray(R"({"schema":"one","tool":{"name":"lbdoctor"},"profile":{"id":"alibaba"}})") << "schema";
    QTest::newRow("findings not a list")
        << ""
        << QByteArray(
               R"({"tool":{"name":"lbdoctor"},"profile":{"id":"alibaba","variant":"default"},)"
               R"("target":{"listener":"tcp","ip":"10.0.0.5","port":80,"checkPort":80},"findings":{"step":"tcp"}})")
        << "findings";
    // A Custom session's values are read as strictly as a profile file.
    QTest::newRow("custom method")
        << ""
        << QByteArray(
               R"({"tool":{"name":"lbdoctor"},"profile":{"id":"custom","variant":"default","variants":[{"id":"default","http":{"method":"PUT"}}]},)"
               R"("target":{"listener":"tcp","ip":"10.0.0.5","port":80,"checkPort":80}})")
        << "custom health-check values are damaged: profile.variants[0].http.method";
    QTest::newRow("custom CIDR")
        << ""
        << QByteArray(
               R"({"tool":{"name":"lbdoctor"},"profile":{"id":"custom","variant":"default","variants":[{"id":"default","cidrFromUser":false,"healthCheckCidrs":["10.0.0.0/33"]}]},)"
               R"("target":{"listener":"tcp","ip":"10.0.0.5","port":80,"checkPort":80}})")
        << "profile.variants[0].healthCheckCidrs[0]";
    QTest::newRow("custom timing")
        << ""
        << QByteArray(
               R"({"tool":{"name":"lbdoctor"},"profile":{"id":"custom","variant":"default","variants":[{"id":"default","timing":{"timeoutSeconds":0}}]},)"
               R"("target":{"listener":"tcp","ip":"10.0.0.5","port":80,"checkPort":80}})")
        << "profile.variants[0].timing.timeoutSeconds";
}

void TestSessionFile::refused()
{
    QFETCH(QString, source);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const QByteArray content = source.isEmpty() ? bytes : readAll(fixture(source));
    QVERIFY(!source.isEmpty() || !bytes.isEmpty() || message == "empty");
    const QString file = m_dir.filePath(QString(QTest::currentDataTag()).replace(' ', '-') + ".lbdoctor.json");
    writeAll(file, content);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(
            f.setFileTime(QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC), QFileDevice::FileModificationTime));
    }
    const QDateTime mtime = QFileInfo(file).lastModified();

    const auto s = SessionFile::load(file, m_store);
    QVERIFY(!s);
    QVERIFY2(s.error().contains(message), qPrintable(s.error()));
    QVERIFY2(s.error().contains(file), "the message names the file");
    // Refusing changes nothing: same bytes, same time stamp.
    QCOMPARE(readAll(file), content);
    QCOMPARE(QFileInfo(file).lastModified(), mtime);
}

void TestSessionFile::saveFailureCreatesNothing()
{
    const auto s = SessionFile::load(fixture("firewall-drop.lbdoctor.json"), m_store);
    QVERIFY(s);
    // A path below a regular file cannot be created, even by root.
    const QString blocker = m_dir.filePath("a-file");
    writeAll(blocker, "x");
    const QString target = blocker + "/session.lbdoctor.json";
    const auto saved = SessionFile::save(*s, target);
    QVERIFY(!saved);
    QVERIFY2(saved.error().contains(target), qPrintable(saved.error()));
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(readAll(blocker), QByteArray("x"));
}

void TestSessionFile::saveReplacesWholeFile()
{
    const auto s = SessionFile::load(fixture("firewall-drop.lbdoctor.json"), m_store);
    QVERIFY(s);
    const QString file = m_dir.filePath("replace.lbdoctor.json");
    writeAll(file, QByteArray(4 * 1024 * 1024, 'z')); // longer than the session: no tail may survive
    const auto written = SessionFile::save(*s, file);
    QVERIFY2(written, qPrintable(written.error()));
    const QByteArray saved = readAll(file);
    QVERIFY(!saved.contains("zzzz"));
    QJsonParseError parseError;
    QJsonDocument::fromJson(saved, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    // No temporary file is left behind next to it.
    QCOMPARE(QDir(m_dir.path()).entryList({"replace*"}, QDir::Files), QStringList{"replace.lbdoctor.json"});
}

void TestSessionFile::fileWithoutSchemaIsVersionOne()
{
    QJsonObject o = QJsonDocument::fromJson(readAll(fixture("firewall-drop.lbdoctor.json"))).object();
    o.remove("schema");
    const auto s = SessionFile::parse(QJsonDocument(o).toJson(), m_store);
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(s->findings.size(), 9);
}

void TestSessionFile::customValuesRoundTrip_data()
{
    QTest::addColumn<QStringList>("cidrs"); // empty: the user enters them on the target page
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("codes");
    QTest::addColumn<QList<int>>("timing"); // interval, timeout, healthy, unhealthy
    // Custom's defaults (resources/profiles/custom.json) are no CIDRs, GET, HTTP/1.1, 2xx,3xx,
    // 5 s / 5 s / 3 / 3: every field differs from them in some row, so defaults cannot pass.
    QTest::newRow("user CIDRs, HEAD 1.0") << QStringList{"10.0.0.0/8", "192.168.0.0/16"} << "HEAD"
                                          << "1.0"
                                          << "200,204" << QList<int>{7, 4, 2, 5};
    QTest::newRow("CIDRs on the target page") << QStringList{} << "HEAD"
                                              << "1.0"
                                              << "200-250" << QList<int>{300, 300, 10, 1};
    QTest::newRow("IPv6 CIDR, GET 1.0") << QStringList{"fd00::/8"} << "GET"
                                        << "1.0"
                                        << "301" << QList<int>{1, 1, 1, 10};
}

void TestSessionFile::customValuesRoundTrip()
{
    QFETCH(QStringList, cidrs);
    QFETCH(QString, method);
    QFETCH(QString, version);
    QFETCH(QString, codes);
    QFETCH(QList<int>, timing);
    auto s = SessionFile::load(fixture("firewall-drop.lbdoctor.json"), m_store);
    QVERIFY2(s, qPrintable(s.error()));
    const Profile *custom = m_store.find("custom");
    QVERIFY(custom);
    s->context.profile = *custom;
    ProfileVariant v = *custom->variant({});
    QVERIFY(v.editable);
    v.cidrs = cidrs;
    v.cidrFromUser = cidrs.isEmpty();
    v.http.method = method;
    v.http.version = version;
    v.http.healthyCodes = *StatusCodeSet::parse(codes);
    v.timing = {timing[0], timing[1], timing[2], timing[3], {}};
    s->context.variant = v;

    const QString file = m_dir.filePath("custom.lbdoctor.json");
    const auto saved = SessionFile::save(*s, file);
    QVERIFY2(saved, qPrintable(saved.error()));
    const auto again = SessionFile::load(file, m_store);
    QVERIFY2(again, qPrintable(again.error()));
    const ProfileVariant &r = again->context.variant;
    QCOMPARE(again->context.profile.id, "custom");
    QCOMPARE(r.cidrs, cidrs);
    QCOMPARE(r.cidrFromUser, cidrs.isEmpty());
    QCOMPARE(r.http.method, method);
    QCOMPARE(r.http.version, version);
    QCOMPARE(r.http.healthyCodes.toString(), StatusCodeSet::parse(codes)->toString());
    QVERIFY(r.http.healthyCodes.toString() != custom->variant({})->http.healthyCodes.toString());
    QCOMPARE(r.timing.intervalSeconds, timing[0]);
    QCOMPARE(r.timing.timeoutSeconds, timing[1]);
    QCOMPARE(r.timing.healthyThreshold, timing[2]);
    QCOMPARE(r.timing.unhealthyThreshold, timing[3]);
    // What the run uses follows: the health-check sources and the healthy codes without a target override.
    QCOMPARE(again->context.healthCheckCidrs(), s->context.healthCheckCidrs());
    QCOMPARE(again->toJson(), s->toJson());
}

void TestSessionFile::customSessionWithoutValuesKeepsDefaults()
{
    // A Custom session written before the values were saved names only the profile and variant.
    QJsonObject o = QJsonDocument::fromJson(readAll(fixture("firewall-drop.lbdoctor.json"))).object();
    o.insert("profile", QJsonObject{{"id", "custom"}, {"variant", "default"}});
    const auto s = SessionFile::parse(QJsonDocument(o).toJson(), m_store);
    QVERIFY2(s, qPrintable(s.error()));
    const ProfileVariant &installed = *m_store.find("custom")->variant("default");
    QCOMPARE(s->context.variant.http.method, installed.http.method);
    QCOMPARE(s->context.variant.http.healthyCodes.toString(), installed.http.healthyCodes.toString());
    QCOMPARE(s->context.variant.timing.timeoutSeconds, installed.timing.timeoutSeconds);
    QCOMPARE(s->context.variant.cidrFromUser, installed.cidrFromUser);
    QCOMPARE(s->findings.size(), 9);
}

void TestSessionFile::suffix()
{
    QCOMPARE(SessionFile::withSuffix("/tmp/case-123"), "/tmp/case-123.lbdoctor.json");
    QCOMPARE(SessionFile::withSuffix("/tmp/case.lbdoctor.json"), "/tmp/case.lbdoctor.json");
}

void TestSessionFile::captureEvidenceRoundTrip_data()
{
    QTest::addColumn<QString>("form"); // "pcap": a binary file; "text": tcpdump text; "big": a file over the cap
    QTest::newRow("pcap file, embedded") << "pcap";
    QTest::newRow("tcpdump text") << "text";
    QTest::newRow("pcap over the cap, finding only") << "big";
}

// The capture step's finding and its input survive save and load: a capture file is embedded
// (base64) up to 16 MB and written back to a temporary file on load, so the step can be analyzed
// again; a larger file keeps only its finding (attempts, totals, sources) and its name and size.
void TestSessionFile::captureEvidenceRoundTrip()
{
    QFETCH(QString, form);
    if (form != "text" && !CaptureFile::readerAvailable())
        QSKIP("built without libpcap: capture files are not read");
    auto s = SessionFile::load(fixture("firewall-drop.lbdoctor.json"), m_store);
    QVERIFY2(s, qPrintable(s.error()));
    capturescenarios::Conversation c;
    c.backend = s->context.target.address.toString();
    const quint16 port = quint16(s->context.target.checkPort ? s->context.target.checkPort : s->context.target.port);
    for (int i = 0; i < 3; ++i)
        c.check("100.64.1.2", quint16(40000 + i), port, "rst");
    QByteArray bytes = pcaptest::pcap(pcaptest::Ethernet, c.frames);
    Evidence e;
    e.kind = "capture";
    e.origin = "capture.pcap";
    const QString file = m_dir.filePath("capture-" + form + ".pcap");
    if (form == "big") {
        // Past the cap with other traffic: 12,500 datagrams of 1,400 bytes between other hosts.
        const QByteArray other =
            pcaptest::frame(pcaptest::Ethernet,
                            pcaptest::ip("10.9.9.9", "10.9.9.8", 17, pcaptest::udp(5000, 5001, QByteArray(1400, 'x'))));
        for (int i = 0; i < 12500; ++i)
            c.frames.append({c.now + 1000 * (i + 1), other, 0});
        bytes = pcaptest::pcap(pcaptest::Ethernet, c.frames);
        QVERIFY(bytes.size() > 16 * 1024 * 1024);
    }
    if (form == "text") {
        for (int i = 0; i < 3; ++i)
            e.text += QString("09:30:0%1.000000 IP 100.64.1.2.%2 > %3.%4: Flags [S], seq 1, win 64240, length 0\n"
                              "09:30:0%1.000050 IP %3.%4 > 100.64.1.2.%2: Flags [R.], seq 0, ack 2, win 0, length 0\n")
                          .arg(i + 1)
                          .arg(40000 + i)
                          .arg(c.backend)
                          .arg(port);
    } else {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size());
        out.close();
        e.file = file;
    }
    const Finding finding = EvidenceAnalysis::analyze("capture", e, s->context);
    QVERIFY2(finding.summary.contains("reset"), qPrintable(finding.summary));
    s->findings << finding;
    s->evidence["capture"] = e;
    const QString saved = m_dir.filePath("capture-" + form + ".lbdoctor.json");
    const auto written = SessionFile::save(*s, saved);
    QVERIFY2(written, qPrintable(written.error()));
    if (form == "big")
        QVERIFY2(QFileInfo(saved).size() < 4 * 1024 * 1024, "a capture over the cap is not embedded");
    QFile::remove(file); // the original capture is gone: the session must not need it
    const auto again = SessionFile::load(saved, m_store);
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(again->findings.last(), finding);
    QCOMPARE(again->findings.last().details, finding.details); // attempts, totals, sources
    QVERIFY(again->evidence.contains("capture"));
    const Evidence back = again->evidence["capture"];
    QCOMPARE(back.kind, QString("capture"));
    QCOMPARE(back.origin, e.origin);
    if (form == "big") {
        QVERIFY(back.file.isEmpty());
        return;
    }
    if (form == "pcap") {
        QVERIFY(!back.file.isEmpty());
        QFile in(back.file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QCOMPARE(in.readAll(), bytes);
    } else {
        QCOMPARE(back.text, e.text);
    }
    // Analyzed again from what was loaded: the same answer.
    const Finding reanalyzed = EvidenceAnalysis::analyze("capture", back, again->context);
    QCOMPARE(reanalyzed.summary, finding.summary);
    QCOMPARE(reanalyzed.status, finding.status);
}

QTEST_GUILESS_MAIN(TestSessionFile)
#include "tst_sessionfile.moc"
