// The capture analyzer on capture files built packet by packet (every link type it reads, pcap
// and pcapng, each health-check outcome), on damaged files, and on tcpdump text fixtures.
#include "capturescenarios.h"
#include "pcapwriter.h"

#include "analyzers/analyzer.h"
#include "analyzers/capture/captureanalyzer.h"
#include "analyzers/capture/capturefile.h"
#include "collect/commandcatalogue.h"
#include "core/diagnosis.h"
#include "core/profilestore.h"
#include "core/textdecode.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace capturescenarios;

namespace {

RunContext context(const QString &listener, quint16 port, const QString &backend = "10.0.0.5")
{
    static ProfileStore store = [] {
        ProfileStore s;
        s.loadAll();
        return s;
    }();
    RunContext c;
    c.profile = *store.find("alibaba");
    c.variant = *c.profile.variant({});
    TargetInput in;
    in.listener = listener;
    in.host = backend;
    in.port = QString::number(port);
    in.sourceCidr = "100.64.0.0/10,fd00:100::/64";
    in.codes = "2xx,3xx";
    const TargetValidation v = TargetValidator::validate(in);
    if (!v.ok())
        qFatal("%s", qPrintable(v.errorText()));
    c.target = v.target;
    c.timeoutMs = 1000;
    return c;
}

Finding analyzeBytes(const QByteArray &bytes, const RunContext &c, QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    f.close();
    Evidence e;
    e.kind = "capture";
    e.file = path;
    e.origin = path;
    return EvidenceAnalysis::analyze("capture", e, c);
}

Finding analyzeText(const QString &text, const RunContext &c)
{
    return EvidenceAnalysis::analyze("capture", Evidence{"capture", text, "pasted"}, c); // as the CLI passes it
}

QString fixture(const QString &name)
{
    const auto text = TextDecode::readFile(QStringLiteral(LBDOCTOR_FIXTURES_DIR "/capture/") + name, 1 << 20);
    if (!text)
        qFatal("%s", qPrintable(text.error()));
    return *text;
}

} // namespace

#define NEEDS_LIBPCAP()                                                                                                \
    if (!CaptureFile::readerAvailable())                                                                               \
    QSKIP("built without libpcap: capture files are not read (the text rows still run)")

class TestCaptureAnalyzer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(dir.isValid()); }

    void withoutLibpcapSaysSo()
    {
        if (CaptureFile::readerAvailable())
            QSKIP("built with libpcap; this checks the message of a build without it");
        Conversation talk;
        talk.check("100.64.1.2", 40000, 80, "200");
        const Finding f =
            analyzeBytes(pcaptest::pcap(pcaptest::Ethernet, talk.frames), context("http", 80), dir, "nolibpcap.pcap");
        QCOMPARE(f.status, Status::Unknown);
        QVERIFY2(f.summary.contains("built without libpcap"), qPrintable(f.summary));
    }

    void outcomes_data()
    {
        QTest::addColumn<int>("linkType");
        QTest::addColumn<int>("vlan");
        QTest::addColumn<QString>("listener");
        QTest::addColumn<QString>("prober");
        QTest::addColumn<QStringList>("answers");
        QTest::addColumn<int>("responseMs");
        QTest::addColumn<Status>("status");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("says");
        using namespace pcaptest;
        const QString p = "100.64.1.2", p6 = "fd00:100::2";
        QTest::newRow("http 200 ethernet")
            << int(Ethernet) << -1 << "http" << p << QStringList{"200", "200", "200"} << 3 << Status::Pass << "answered"
            << "checks arrive and are answered 200 in 3 ms (the backend is healthy from its side";
        QTest::newRow("http 200 vlan") << int(Ethernet) << 42 << "http" << p << QStringList{"200", "200"} << 3
                                       << Status::Pass << "answered"
                                       << "answered 200 in 3 ms";
        QTest::newRow("http 200 sll") << int(LinuxSll) << -1 << "http" << p << QStringList{"200"} << 3 << Status::Pass
                                      << "answered"
                                      << "answered 200 in 3 ms";
        QTest::newRow("http 200 sll2") << int(LinuxSll2) << -1 << "http" << p << QStringList{"200"} << 3 << Status::Pass
                                       << "answered"
                                       << "answered 200 in 3 ms";
        QTest::newRow("http 200 raw ip") << int(RawIp) << -1 << "http" << p << QStringList{"200"} << 3 << Status::Pass
                                         << "answered"
                                         << "answered 200 in 3 ms";
        QTest::newRow("http 200 ipv6") << int(Ethernet) << -1 << "http" << p6 << QStringList{"200", "200"} << 3
                                       << Status::Pass << "answered"
                                       << "answered 200 in 3 ms";
        QTest::newRow("tcp syn-ack") << int(Ethernet) << -1 << "tcp" << p << QStringList{"syn-ack", "syn-ack"} << 0
                                     << Status::Pass << "answered"
                                     << "checks arrive and are answered (SYN-ACK in 0 ms)";
        QTest::newRow("http listener, tcp check")
            << int(Ethernet) << -1 << "http" << p << QStringList{"syn-ack", "syn-ack"} << 0 << Status::Pass
            << "answered"
            << "SYN-ACK in 0 ms";
        QTest::newRow("tcp half-open") << int(Ethernet) << -1 << "tcp" << p << QStringList{"half-open", "half-open"}
                                       << 0 << Status::Pass << "answered"
                                       << "SYN-ACK in 0 ms";
        QTest::newRow("tcp reset") << int(Ethernet) << -1 << "tcp" << p << QStringList{"rst", "rst"} << 0
                                   << Status::Fail << "reset"
                                   << "checks arrive and are reset (nothing listens on port 80";
        QTest::newRow("tcp icmp") << int(Ethernet) << -1 << "tcp" << p << QStringList{"icmp"} << 0 << Status::Fail
                                  << "icmp"
                                  << "answered with ICMP unreachable (a firewall REJECT rule)";
        QTest::newRow("tcp icmp ipv6") << int(Ethernet) << -1 << "tcp" << p6 << QStringList{"icmp"} << 0 << Status::Fail
                                       << "icmp"
                                       << "ICMP unreachable";
        QTest::newRow("tcp none") << int(Ethernet) << -1 << "tcp" << p << QStringList{"none", "none"} << 0
                                  << Status::Fail << "no-answer"
                                  << "checks arrive and get no answer (a local firewall DROP or a full accept queue)";
        QTest::newRow("http 404") << int(Ethernet) << -1 << "http" << p << QStringList{"404", "404"} << 3
                                  << Status::Fail << "bad-status"
                                  << "answered 404 (the load balancer counts only 2xx,3xx as healthy)";
        QTest::newRow("http 301 healthy")
            << int(Ethernet) << -1 << "http" << p << QStringList{"301"} << 3 << Status::Pass << "answered"
            << "answered 301";
        QTest::newRow("http slow") << int(Ethernet) << -1 << "http" << p << QStringList{"200"} << 1500 << Status::Fail
                                   << "slow"
                                   << "in up to 1500 ms, above the 1000 ms health-check timeout";
        QTest::newRow("mixed") << int(Ethernet) << -1 << "http" << p << QStringList{"200", "none", "200"} << 3
                               << Status::Warn << "no-answer"
                               << "2 answered well, 1 not";
        QTest::newRow("udp reply") << int(Ethernet) << -1 << "udp" << p << QStringList{"reply", "reply"} << 0
                                   << Status::Pass << "answered"
                                   << "answered (a reply in 0 ms)";
        QTest::newRow("udp icmp") << int(Ethernet) << -1 << "udp" << p << QStringList{"icmp"} << 0 << Status::Fail
                                  << "icmp"
                                  << "ICMP port unreachable (nothing listens on UDP port 80";
        QTest::newRow("udp silent") << int(Ethernet) << -1 << "udp" << p << QStringList{"none"} << 0 << Status::Warn
                                    << "no-answer"
                                    << "neither a reply nor an ICMP error";
        QTest::newRow("no checks") << int(Ethernet) << -1 << "http" << p << QStringList{} << 0 << Status::Fail
                                   << "no-packets"
                                   << "no health-check packet from 100.64.0.0/10, fd00:100::/64 to TCP port 80";
    }

    void outcomes()
    {
        NEEDS_LIBPCAP();
        QFETCH(int, linkType);
        QFETCH(int, vlan);
        QFETCH(QString, listener);
        QFETCH(QString, prober);
        QFETCH(QStringList, answers);
        QFETCH(int, responseMs);
        QFETCH(Status, status);
        QFETCH(QString, outcome);
        QFETCH(QString, says);
        Conversation talk;
        talk.linkType = linkType;
        talk.vlan = vlan;
        if (prober.contains(':'))
            talk.backend = "fd00::5";
        talk.noise("192.0.2.7", 50000, 22);
        quint16 sport = 40000;
        for (const QString &a : std::as_const(answers)) {
            if (listener == "udp")
                talk.udpCheck(prober, sport++, 80, a);
            else
                talk.check(prober, sport++, 80, a, responseMs);
            talk.noise("192.0.2.7", 50000, 22);
        }
        const RunContext c = context(listener, 80, talk.backend);
        const Finding fromPcap =
            analyzeBytes(pcaptest::pcap(linkType, talk.frames), c, dir, QTest::currentDataTag() + QString(".pcap"));
        const Finding fromPcapng =
            analyzeBytes(pcaptest::pcapng(linkType, talk.frames), c, dir, QTest::currentDataTag() + QString(".pcapng"));
        QVERIFY2(fromPcap.summary.contains(says), qPrintable(fromPcap.summary));
        QCOMPARE(fromPcap.status, status);
        QCOMPARE(fromPcap.outcome, outcome);
        QCOMPARE(fromPcap.kind, QString("capture"));
        // The same packets in the other format give the same answer.
        QCOMPARE(fromPcapng.summary, fromPcap.summary);
        QCOMPARE(fromPcapng.status, fromPcap.status);
        QCOMPARE(fromPcapng.details, fromPcap.details);
        const QJsonArray attempts = fromPcap.details.value("attempts").toArray();
        QCOMPARE(attempts.size(), answers.size());
        if (answers.isEmpty())
            QVERIFY2(fromPcap.evidence.join('\n').contains("192.0.2.7"), qPrintable(fromPcap.evidence.join('\n')));
        for (qsizetype i = 0; i < answers.size(); ++i) {
            const QJsonObject a = attempts.at(i).toObject();
            QCOMPARE(a.value("source").toString(), prober);
            const QString expected = answers[i] == "half-open" ? "syn-ack"
                : answers[i].at(0).isDigit()                   ? "http"
                                                               : answers[i];
            QCOMPARE(a.value("outcome").toString(), expected);
            if (expected == "http") {
                QCOMPARE(a.value("code").toInt(), answers[i].toInt());
                QCOMPARE(a.value("ms").toInt(), responseMs);
                QCOMPARE(a.value("request").toString(), QString("GET /health HTTP/1.1"));
                QCOMPARE(a.value("host").toString(), QString("www.example.com"));
            }
            if (answers[i] == "half-open")
                QVERIFY(a.value("halfOpen").toBool());
        }
        if (!answers.isEmpty())
            QCOMPARE(fromPcap.details.value("sources").toObject().value(prober).toInt(), answers.size());
    }

    void snapLength64SaysStatusUnreadable()
    {
        NEEDS_LIBPCAP();
        Conversation talk;
        talk.check("100.64.1.2", 40000, 80, "200");
        talk.check("100.64.1.2", 40001, 80, "200");
        const Finding f =
            analyzeBytes(pcaptest::pcap(pcaptest::Ethernet, talk.frames, 64), context("http", 80), dir, "snap64.pcap");
        QCOMPARE(f.status, Status::Unknown);
        QCOMPARE(f.outcome, QString("unreadable"));
        QVERIFY2(f.summary.contains("HTTP status is unreadable") && f.summary.contains("only 64 bytes"),
                 qPrintable(f.summary));
        // The handshake is still read: the checks arrive.
        QVERIFY2(f.summary.contains("2 checks"), qPrintable(f.summary));
    }

    void truncatedFileSaysSo()
    {
        NEEDS_LIBPCAP();
        Conversation talk;
        for (int i = 0; i < 5; ++i)
            talk.check("100.64.1.2", quint16(40000 + i), 80, "200");
        QByteArray bytes = pcaptest::pcap(pcaptest::Ethernet, talk.frames);
        bytes.chop(30); // in the middle of the last record
        const Finding f = analyzeBytes(bytes, context("http", 80), dir, "truncated.pcap");
        QVERIFY2(f.summary.contains("damaged or truncated"), qPrintable(f.summary));
        QVERIFY2(f.evidence.join('\n').contains("truncated after"), qPrintable(f.evidence.join('\n')));
        QCOMPARE(f.details.value("attemptTotals").toObject().value("attempts").toInt(), 5);
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("header only") << pcaptest::pcapHeader(pcaptest::Ethernet) << "holds no packet at all";
        QTest::newRow("cut header") << pcaptest::pcapHeader(pcaptest::Ethernet).left(10) << "libpcap cannot read";
        QTest::newRow("802.11") << pcaptest::pcapHeader(105) << "link type is IEEE802_11";
        QByteArray garbage = pcaptest::pcapHeader(pcaptest::Ethernet);
        for (int i = 0; i < 4000; ++i)
            garbage.append(char((i * 7919) % 251));
        QTest::newRow("garbage records") << garbage << "damaged or truncated";
    }

    void badFiles()
    {
        NEEDS_LIBPCAP();
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        const Finding f = analyzeBytes(bytes, context("http", 80), dir, QTest::currentDataTag() + QString(".pcap"));
        QVERIFY2(f.summary.contains(says), qPrintable(f.summary));
        QVERIFY(f.status != Status::Pass);
    }

    void wrongInterfaceSaysWhatItSaw()
    {
        NEEDS_LIBPCAP();
        Conversation talk;
        talk.backend = "127.0.0.1";
        talk.noise("127.0.0.1", 5000, 6000);
        const Finding f = analyzeBytes(pcaptest::pcap(pcaptest::Ethernet, talk.frames), context("http", 80, "10.0.0.5"),
                                       dir, "lo.pcap");
        QCOMPARE(f.status, Status::Unknown);
        QVERIFY2(f.summary.contains("no packet to or from the backend 10.0.0.5") && f.summary.contains("127.0.0.1 (1)"),
                 qPrintable(f.summary));
    }

    // dumpcap and pktmon's etl2pcap write pcapng with options, nanosecond resolution among them.
    void pcapngWithNanosecondResolution()
    {
        NEEDS_LIBPCAP();
        Conversation talk;
        talk.check("100.64.1.2", 40000, 80, "200", 7);
        using namespace pcaptest;
        QByteArray shbBody;
        le32(shbBody, 0x1A2B3C4D);
        le16(shbBody, 1);
        le16(shbBody, 0);
        le32(shbBody, 0xFFFFFFFF);
        le32(shbBody, 0xFFFFFFFF);
        const QByteArray app = "Dumpcap (Wireshark) 4.0.17";
        le16(shbBody, 4); // shb_userappl
        le16(shbBody, quint16(app.size()));
        shbBody += app;
        while (shbBody.size() % 4)
            shbBody.append(char(0));
        le32(shbBody, 0); // opt_endofopt
        QByteArray idb;
        le16(idb, Ethernet);
        le16(idb, 0);
        le32(idb, 262144);
        le16(idb, 2); // if_name
        le16(idb, 4);
        idb += "eth0";
        le16(idb, 9); // if_tsresol: 10^-9
        le16(idb, 1);
        idb += QByteArray("\x09\0\0\0", 4);
        le32(idb, 0);
        QByteArray file = pcapngBlock(0x0A0D0D0A, shbBody) + pcapngBlock(1, idb);
        for (const Frame &f : std::as_const(talk.frames))
            file += pcapngPacket(f.us * 1000, f.bytes, quint32(f.bytes.size()));
        const Finding f = analyzeBytes(file, context("http", 80), dir, "dumpcap.pcapng");
        QCOMPARE(f.status, Status::Pass);
        QVERIFY2(f.summary.contains("answered 200 in 7 ms"), qPrintable(f.summary));
    }

    void jsonKeepsTheFirstThousand()
    {
        NEEDS_LIBPCAP();
        Conversation talk;
        for (int i = 0; i < 1500; ++i)
            talk.check(QString("100.64.1.%1").arg(1 + i % 3), quint16(20000 + i), 80, i % 2 ? "200" : "404");
        const Finding f =
            analyzeBytes(pcaptest::pcap(pcaptest::Ethernet, talk.frames), context("http", 80), dir, "many.pcap");
        const QJsonObject json = f.toJson();
        QCOMPARE(json.value("attempts").toArray().size(), 1000);
        const QJsonObject totals = json.value("attemptTotals").toObject();
        QCOMPARE(totals.value("attempts").toInt(), 1500);
        QCOMPARE(totals.value("listed").toInt(), 1000);
        QCOMPARE(totals.value("outcomes").toObject().value("http").toInt(), 1500);
        QCOMPARE(json.value("sources").toObject().value("100.64.1.1").toInt(), 500);
        QCOMPARE(json.value("attempts").toArray().at(0).toObject().value("time").toString(),
                 QString("2025-12-03T09:30:01.000Z"));
        QCOMPARE(f.status, Status::Warn);
        QVERIFY2(f.summary.contains("1500 checks from 3 addresses"), qPrintable(f.summary));
        QVERIFY2(f.summary.contains("750 answered well, 750 not"), qPrintable(f.summary));
        // The extra fields survive a session file.
        const auto back = Finding::fromJson(json);
        QVERIFY2(back, qPrintable(back.error()));
        QCOMPARE(back->details, f.details);
        QCOMPARE(*back, f);
    }

    void texts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("listener");
        QTest::addColumn<int>("port");
        QTest::addColumn<Status>("status");
        QTest::addColumn<QString>("says");
        QTest::newRow("-i any") << "tcpdump-any-interface.txt"
                                << "http" << 80 << Status::Pass
                                << "3 checks from 2 addresses in 1 s: checks arrive and are answered 200 in 0 ms";
        QTest::newRow("-tttt reject") << "tcpdump-tttt-reject.txt"
                                      << "tcp" << 80 << Status::Fail << "answered with ICMP unreachable";
        QTest::newRow("-v 404") << "tcpdump-verbose-404.txt"
                                << "http" << 80 << Status::Fail << "answered 404";
        QTest::newRow("-n drop") << "tcpdump-n-drop.txt"
                                 << "http" << 80 << Status::Fail << "get no answer";
        QTest::newRow("udp unreachable") << "tcpdump-udp-unreachable.txt"
                                         << "udp" << 9999 << Status::Fail << "2 checks from 1 address in 1 s";
        QTest::newRow("two captures") << "tcpdump-two-captures.txt"
                                      << "http" << 80 << Status::Unknown << "mixes lines of two captures";
        QTest::newRow("tshark") << "tshark-default.txt"
                                << "http" << 80 << Status::Unknown << "not tcpdump output";
        QTest::newRow("wrong port") << "tcpdump-any-interface.txt"
                                    << "http" << 8080 << Status::Fail
                                    << "no health-check packet from 100.64.0.0/10, fd00:100::/64 to TCP port 8080";
    }

    void texts()
    {
        QFETCH(QString, file);
        QFETCH(QString, listener);
        QFETCH(int, port);
        QFETCH(Status, status);
        QFETCH(QString, says);
        const Finding f = analyzeText(fixture(file), context(listener, quint16(port), "10.231.9.1"));
        QVERIFY2(f.summary.contains(says), qPrintable(f.summary));
        QCOMPARE(f.status, status);
    }

    // Text shapes built from tcpdump 4.99's printers (print-ip6.c, print-icmp6.c, -A payload lines).
    void inlineTexts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("listener");
        QTest::addColumn<int>("port");
        QTest::addColumn<Status>("status");
        QTest::addColumn<QString>("says");
        QTest::newRow("ipv6 syn-ack")
            << "10:00:00.000000 IP6 fd00:100::2.40000 > fd00::5.80: Flags [S], seq 1, win 64800, length 0\n"
               "10:00:00.000210 IP6 fd00::5.80 > fd00:100::2.40000: Flags [S.], seq 9, ack 2, win 64260, length 0\n"
               "10:00:00.000300 IP6 fd00:100::2.40000 > fd00::5.80: Flags [R], seq 2, win 0, length 0\n"
            << "tcp" << 80 << Status::Pass
            << "1 check from 1 address in 1 s: checks arrive and are answered (SYN-ACK in 0 ms)";
        QTest::newRow("icmp6 port unreachable")
            << "10:00:00.000000 IP6 fd00:100::2.40000 > fd00::5.5000: UDP, length 4\n"
               "10:00:00.000100 IP6 fd00::5 > fd00:100::2: ICMP6, destination unreachable, unreachable port, fd00::5 udp port 5000, length 60\n"
            << "udp" << 5000 << Status::Fail << "ICMP port unreachable";
        QTest::newRow("port 8080 without -A")
            << "10:00:00.000000 IP 100.64.1.2.40000 > 10.0.0.5.8081: Flags [S], seq 1, win 64240, length 0\n"
               "10:00:00.000040 IP 10.0.0.5.8081 > 100.64.1.2.40000: Flags [S.], seq 1, ack 2, win 64240, length 0\n"
               "10:00:00.000100 IP 100.64.1.2.40000 > 10.0.0.5.8081: Flags [P.], seq 1:60, ack 1, win 502, length 59\n"
               "10:00:00.002100 IP 10.0.0.5.8081 > 100.64.1.2.40000: Flags [P.], seq 1:99, ack 60, win 502, length 98\n"
            << "http" << 8081 << Status::Unknown
            << "HTTP status is unreadable: tcpdump's text decodes HTTP only on well-known HTTP ports";
        QTest::newRow("-A payload 503")
            << "10:00:00.000000 IP 100.64.1.2.40000 > 10.0.0.5.8081: Flags [S], seq 1, win 64240, length 0\n"
               "E..<..@.@...\n"
               "10:00:00.000040 IP 10.0.0.5.8081 > 100.64.1.2.40000: Flags [S.], seq 1, ack 2, win 64240, length 0\n"
               "E..<..@.@...\n"
               "10:00:00.000100 IP 100.64.1.2.40000 > 10.0.0.5.8081: Flags [P.], seq 1:60, ack 1, win 502, length 59\n"
               "E..o..@.@...d@..GET /health HTTP/1.1\n"
               "Host: www.example.com\n"
               "\n"
               "10:00:00.009100 IP 10.0.0.5.8081 > 100.64.1.2.40000: Flags [P.], seq 1:99, ack 60, win 502, length 98\n"
               "E.....@.@.....HTTP/1.1 503 Service Unavailable\n"
               "Content-Length: 0\n"
            << "http" << 8081 << Status::Fail << "answered 503 (the load balancer counts only 2xx,3xx as healthy)";
        QTest::newRow("garbage") << "\x01\x02 not a capture at all\n<html>\n"
                                 << "http" << 80 << Status::Unknown << "not tcpdump output";
    }

    void inlineTexts()
    {
        QFETCH(QString, text);
        QFETCH(QString, listener);
        QFETCH(int, port);
        QFETCH(Status, status);
        QFETCH(QString, says);
        const QString backend = text.contains("fd00::5") ? "fd00::5" : "10.0.0.5";
        const Finding f = analyzeText(text, context(listener, quint16(port), backend));
        QVERIFY2(f.summary.contains(says), qPrintable(f.summary));
        QCOMPARE(f.status, status);
        if (QByteArray(QTest::currentDataTag()) == "-A payload 503") {
            const QJsonObject a = f.details.value("attempts").toArray().at(0).toObject();
            QCOMPARE(a.value("host").toString(), QString("www.example.com"));
            QCOMPARE(a.value("ms").toInt(), 9);
        }
    }

    void verboseTextReadsRequestAndHost()
    {
        const Finding f = analyzeText(fixture("tcpdump-verbose-404.txt"), context("http", 80, "10.231.9.1"));
        const QJsonObject a = f.details.value("attempts").toArray().at(0).toObject();
        QCOMPARE(a.value("request").toString(), QString("GET /missing HTTP/1.1"));
        QCOMPARE(a.value("host").toString(), QString("10.231.9.1"));
        QCOMPARE(a.value("code").toInt(), 404);
        QCOMPARE(a.value("time").toString(), QString("09:34:46.272545"));
    }

    void recognizesTcpdumpText()
    {
        const Analyzer *a = AnalyzerRegistry::find("capture");
        QVERIFY(a);
        QVERIFY(a->recognize(fixture("tcpdump-any-interface.txt")) >= 60);
        QVERIFY(a->recognize(fixture("tshark-default.txt")) < 30);
        QVERIFY(a->recognize(QStringLiteral("*filter\n:INPUT ACCEPT [0:0]\nCOMMIT\n")) < 30);
    }

    void captureOutranksConfiguration()
    {
        // The firewall inference says "blocked", the wire says the checks are answered 200 while
        // the HTTP probe from the desktop failed: the capture decides, and the contradiction is said.
        Finding firewall = Finding::make("firewall", Status::Fail, "the host firewall drops 100.64.0.0/10");
        firewall.outcome = "drop";
        Finding http = Finding::make("http", Status::Fail, "timed out");
        http.outcome = "timeout";
        Finding capture = Finding::make("capture", Status::Fail, "no health-check packet");
        capture.outcome = "no-packets";
        const DiagnosisResult noPackets = Diagnosis::diagnose({firewall, http, capture}, Listener::Http);
        QVERIFY(noPackets.rootCause);
        QCOMPARE(*noPackets.rootCause, qsizetype(2));
        const Finding related = relateCaptureToFirewall(capture, firewall, context("http", 80));
        QVERIFY2(related.evidence.join('\n').contains("the checks never reach the server"),
                 qPrintable(related.evidence.join('\n')));
        QCOMPARE(relateCaptureToFirewall(related, firewall, context("http", 80)),
                 related); // applying twice changes nothing

        capture.status = Status::Pass;
        capture.outcome = "answered";
        const DiagnosisResult answered = Diagnosis::diagnose({firewall, http, capture}, Listener::Http);
        QVERIFY(!answered.conflicts.isEmpty());
        QCOMPARE(answered.conflicts.first().finding, qsizetype(0));
        QVERIFY(answered.conflicts.first().reason.contains("the packet capture shows their checks reach the backend"));
        QVERIFY(answered.rootCause && *answered.rootCause != 0);
        const Finding contradiction = relateCaptureToFirewall(capture, firewall, context("http", 80));
        QVERIFY(contradiction.evidence.join('\n').contains("contradict each other"));
    }

    void catalogueCommands_data()
    {
        QTest::addColumn<OsFamily>("os");
        QTest::addColumn<QString>("listener");
        QTest::addColumn<QStringList>("displays");
        QTest::newRow("linux http")
            << OsFamily::Linux << "http"
            << QStringList{
                   "timeout 60 tcpdump -i any -nn -c 200 'net 100.64.0.0/10 and (tcp port 80 or icmp or icmp6)'",
                   "timeout 60 tcpdump -i any -nn -c 200 -w /tmp/lbdoctor-capture.pcap 'net 100.64.0.0/10 and (tcp port 80 or icmp or icmp6)'"};
        QTest::newRow("linux udp")
            << OsFamily::LinuxNetTools << "udp"
            << QStringList{
                   "timeout 60 tcpdump -i any -nn -c 200 'net 100.64.0.0/10 and (udp port 80 or icmp or icmp6)'",
                   "timeout 60 tcpdump -i any -nn -c 200 -w /tmp/lbdoctor-capture.pcap 'net 100.64.0.0/10 and (udp port 80 or icmp or icmp6)'"};
        QTest::newRow("windows cmd")
            << OsFamily::WindowsCmd << "http"
            << QStringList{
                   "pktmon filter remove", "pktmon filter add LBDoctor1 -i 100.64.0.0/10 -p 80",
                   "pktmon start --capture --pkt-size 0 -f \"C:\\Windows\\Temp\\lbdoctor-capture.etl\"", "pktmon stop",
                   "pktmon etl2pcap \"C:\\Windows\\Temp\\lbdoctor-capture.etl\" --out \"C:\\Windows\\Temp\\lbdoctor-capture.pcapng\""};
        QTest::newRow("powershell")
            << OsFamily::WindowsPowerShell << "http"
            << QStringList{
                   "pktmon filter remove", "pktmon filter add LBDoctor1 -i 100.64.0.0/10 -p 80",
                   "pktmon start --capture --pkt-size 0 -f 'C:\\Windows\\Temp\\lbdoctor-capture.etl'", "pktmon stop",
                   "pktmon etl2pcap 'C:\\Windows\\Temp\\lbdoctor-capture.etl' --out 'C:\\Windows\\Temp\\lbdoctor-capture.pcapng'"};
    }

    void catalogueCommands()
    {
        QFETCH(OsFamily, os);
        QFETCH(QString, listener);
        QFETCH(QStringList, displays);
        RunContext c = context(listener, 80);
        c.target.sourceCidr = "100.64.0.0/10";
        QStringList shown;
        for (const CatalogueCommand &cmd : CommandCatalogue::forStep("capture", os, c)) {
            shown << cmd.display;
            QCOMPARE(cmd.kind, QString("capture"));
            QVERIFY(cmd.needsRoot);
        }
        QCOMPARE(shown, displays);
        // A hostile CIDR text stays one quoted argument.
        c.target.sourceCidr = "100.64.0.0/10'; rm -rf /'";
        const QList<CatalogueCommand> linux = CommandCatalogue::forStep("capture", OsFamily::Linux, c);
        QVERIFY(linux.first().display.contains("'\\''"));
    }

private:
    QTemporaryDir dir;
};

QTEST_GUILESS_MAIN(TestCaptureAnalyzer)
#include "tst_captureanalyzer.moc"
