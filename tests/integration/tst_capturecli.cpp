// `lbdoctor-cli analyze capture` and `check --evidence capture=FILE` on the real executable:
// pcap, pcapng and tcpdump text by file and on standard input, told apart by content. The check
// probes only 127.0.0.1.
#include "capturescenarios.h"
#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCaptureCli : public QObject
{
    Q_OBJECT

private:
    using Result = CliRun;
    QTemporaryDir dir;
    QByteArray pcapBytes;

    Result run(const QStringList &args, const QByteArray &input = {}) { return runCli(args, dir.path(), input); }

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        f.write(bytes);
        return f.fileName();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        capturescenarios::Conversation talk;
        talk.check("100.64.1.2", 40000, 80, "404", 4);
        talk.check("100.64.9.9", 40001, 80, "404", 4);
        pcapBytes = pcaptest::pcap(pcaptest::Ethernet, talk.frames);
    }

    void analyzeByContent_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<bool>("stdinput");
        for (const char *form : {"pcap", "pcapng", "text"}) {
            QTest::addRow("%s file", form) << QString(form) << false;
            QTest::addRow("%s stdin", form) << QString(form) << true;
        }
    }

    void analyzeByContent()
    {
        QFETCH(QString, form);
        QFETCH(bool, stdinput);
        QByteArray bytes = pcapBytes;
        if (form == "pcapng") {
            bytes = pcaptest::pcapToPcapng(pcapBytes);
        } else if (form == "text") {
            bytes =
                "# pasted\n"
                "09:30:01.000000 IP 100.64.1.2.40000 > 10.0.0.5.80: Flags [S], seq 1, win 64240, length 0\n"
                "09:30:01.000040 IP 10.0.0.5.80 > 100.64.1.2.40000: Flags [S.], seq 1, ack 2, win 64240, length 0\n"
                "09:30:01.000070 IP 100.64.1.2.40000 > 10.0.0.5.80: Flags [.], ack 1, win 502, length 0\n"
                "09:30:01.000100 IP 100.64.1.2.40000 > 10.0.0.5.80: Flags [P.], seq 1:60, ack 1, win 502, length 59: HTTP: GET /health HTTP/1.1\n"
                "09:30:01.004120 IP 10.0.0.5.80 > 100.64.1.2.40000: Flags [P.], seq 1:60, ack 60, win 502, length 59: HTTP: HTTP/1.1 404 X\n"
                "09:30:02.000000 IP 100.64.9.9.40001 > 10.0.0.5.80: Flags [S], seq 1, win 64240, length 0\n"
                "09:30:02.000040 IP 10.0.0.5.80 > 100.64.9.9.40001: Flags [S.], seq 1, ack 2, win 64240, length 0\n"
                "09:30:02.000100 IP 100.64.9.9.40001 > 10.0.0.5.80: Flags [P.], seq 1:60, ack 1, win 502, length 59: HTTP: GET /health HTTP/1.1\n"
                "09:30:02.004120 IP 10.0.0.5.80 > 100.64.9.9.40001: Flags [P.], seq 1:60, ack 60, win 502, length 59: HTTP: HTTP/1.1 404 X\n";
        }
        const QString file = stdinput ? QString("-") : write("capture." + form, bytes);
        const Result r = run({"analyze", "capture", "--profile", "alibaba", "--listener", "http", "--port", "80",
                              "--file", file, "--json"},
                             stdinput ? bytes : QByteArray());
        QVERIFY2(r.exitCode == 1, r.err.constData()); // 404s are a problem found
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value("status").toString(), QString("fail"));
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value("step").toString(), QString("capture"));
        QCOMPARE(o.value("kind").toString(), QString("capture"));
        QCOMPARE(o.value("outcome").toString(), QString("bad-status"));
        const QJsonArray attempts = o.value("attempts").toArray();
        QCOMPARE(attempts.size(), 2);
        QCOMPARE(attempts[0].toObject().value("code").toInt(), 404);
        QCOMPARE(attempts[0].toObject().value("ms").toInt(), 4);
        QCOMPARE(attempts[1].toObject().value("source").toString(), QString("100.64.9.9"));
        QCOMPARE(attempts[1].toObject().value("outcome").toString(), QString("http"));
        QCOMPARE(o.value("sources").toObject().value("100.64.1.2").toInt(), 1);
        QCOMPARE(o.value("attemptTotals").toObject().value("attempts").toInt(), 2);
    }

    void badInputIsNamed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("garbage") << QByteArray("\x01\x02 binary garbage\xff\xfe\n", 20) << 0 << "not tcpdump output";
        QTest::newRow("truncated") << pcapBytes.left(pcapBytes.size() - 20) << 1 << "damaged or truncated";
        QTest::newRow("empty") << QByteArray() << 0 << "the evidence is empty";
    }

    void badInputIsNamed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        if (QByteArray(QTest::currentDataTag()) == "truncated")
            bytes = pcapBytes.left(pcapBytes.size() - 20);
        const Result r = run({"analyze", "capture", "--profile", "alibaba", "--listener", "http", "--port", "80",
                              "--file", write("bad", bytes)});
        QVERIFY2(QString::fromUtf8(r.out).contains(says), r.out.constData());
        QCOMPARE(r.exitCode, exitCode);
    }

    void missingFileIsBadUsage()
    {
        const Result r =
            run({"analyze", "capture", "--profile", "alibaba", "--port", "80", "--file", dir.filePath("nope.pcap")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("cannot read"), r.err.constData());
    }

    void checkTakesCaptureEvidence()
    {
        // The probes go to 127.0.0.1, port 9 (discard: refused on loopback); the capture is the backend's.
        const Result r = run({"check", "--profile", "alibaba", "--listener", "http", "--ip", "127.0.0.1", "--port", "9",
                              "--check-port", "80", "--timeout", "300", "--evidence",
                              "capture=" + write("check.pcap", pcapBytes), "--json"});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        bool found = false;
        for (const QJsonValue &f : o.value("findings").toArray()) {
            if (f.toObject().value("step").toString() != "capture")
                continue;
            found = true;
            QCOMPARE(f.toObject().value("outcome").toString(), QString("bad-status"));
            QCOMPARE(f.toObject().value("attempts").toArray().size(), 2);
        }
        QVERIFY2(found, r.out.left(2000).constData());
    }
};

QTEST_GUILESS_MAIN(TestCaptureCli)
#include "tst_capturecli.moc"
