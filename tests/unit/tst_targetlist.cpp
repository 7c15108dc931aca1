#include "core/group/targetlist.h"

#include <QTest>

// The server group's target list: CSV (ip,port[,check_port][,name]) or a pasted list, with the
// messages a bad row gets, each naming its line, while the good rows are kept.
class TestTargetList : public QObject
{
    Q_OBJECT
private slots:
    void goodRows_data();
    void goodRows();
    void badRows_data();
    void badRows();
    void goodRowsSurviveBadOnes();
    void hundredThousandRows();
    void emptyList();
};

void TestTargetList::goodRows_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("endpoints"); // address|port|checkPort|name per row
    QTest::newRow("csv with header and comments")
        << "# web tier\nip,port,check_port,name\n10.0.0.5,80,,web-1\n10.0.0.6,80,8080,web-2\n\n# end\n"
        << QStringList{"10.0.0.5|80|80|web-1", "10.0.0.6|80|8080|web-2"};
    QTest::newRow("csv without header") << "10.0.0.5,80\n10.0.0.6,443,8443\n"
                                        << QStringList{"10.0.0.5|80|80|", "10.0.0.6|443|8443|"};
    QTest::newRow("crlf and spaces") << "ip , port\r\n 10.0.0.5 , 80 \r\n" << QStringList{"10.0.0.5|80|80|"};
    QTest::newRow("quoted csv fields") << "\"10.0.0.5\",\"80\",\"\",\"web, 1\"\n" << QStringList{};
    QTest::newRow("pasted ip:port") << "10.0.0.5:80\n10.0.0.6:81\n"
                                    << QStringList{"10.0.0.5|80|80|", "10.0.0.6|81|81|"};
    QTest::newRow("pasted ip port") << "10.0.0.5 80\n10.0.0.6\t81\n"
                                    << QStringList{"10.0.0.5|80|80|", "10.0.0.6|81|81|"};
    QTest::newRow("ipv6") << "[fd00::5]:80\nfd00::6,80\n" << QStringList{"fd00::5|80|80|", "fd00::6|80|80|"};
    QTest::newRow("semicolons") << "10.0.0.5;80;8080\n" << QStringList{"10.0.0.5|80|8080|"};
}

void TestTargetList::goodRows()
{
    QFETCH(QString, text);
    QFETCH(QStringList, endpoints);
    const TargetList list = TargetListParser::parse(text);
    if (QTest::currentDataTag() == QByteArray("quoted csv fields")) {
        // A comma inside quotes is not supported: the row has five fields and says so.
        QCOMPARE(list.rows.size(), 0);
        QCOMPARE(list.problems.size(), 1);
        QVERIFY2(list.problems.first().message.startsWith("line 1: "), qPrintable(list.problems.first().message));
        return;
    }
    QVERIFY2(list.problems.isEmpty(), qPrintable(list.messages().join('\n')));
    QStringList got;
    for (const TargetRow &r : list.rows)
        got << QStringLiteral("%1|%2|%3|%4").arg(r.address.toString()).arg(r.port).arg(r.checkPort).arg(r.name);
    QCOMPARE(got, endpoints);
}

void TestTargetList::badRows_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad ip") << "ip,port\n10.0.0.5,80\n10.0.0.300,80\n"
                            << 3 << "line 3: \"10.0.0.300\" is not an IP address";
    QTest::newRow("host name") << "web.example.com,80\n" << 1 << "line 1: \"web.example.com\" is not an IP address";
    QTest::newRow("port 0") << "10.0.0.5,0\n" << 1 << "line 1: port must be 1-65535, got 0";
    QTest::newRow("port too big") << "# x\n10.0.0.5,70000\n" << 2 << "line 2: port must be 1-65535";
    QTest::newRow("check port 0") << "10.0.0.5,80,0\n" << 1 << "line 1: health-check port must be 1-65535, got 0";
    QTest::newRow("no port") << "10.0.0.5\n" << 1 << "line 1: expected ip,port[,check_port][,name]";
    QTest::newRow("too many fields") << "10.0.0.5,80,80,a,b\n" << 1 << "line 1: 5 fields";
    QTest::newRow("duplicate") << "10.0.0.5,80\n10.0.0.6,80\n10.0.0.5,80\n"
                               << 3 << "line 3: 10.0.0.5:80 is already on line 1";
    QTest::newRow("empty ip") << ",80\n" << 1 << "line 1: the IP address is empty";
    QTest::newRow("control in name") << QStringLiteral("10.0.0.5,80,,a\x01"
                                                       "b\n")
                                     << 1 << "line 1: the name contains a control character";
}

void TestTargetList::badRows()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, message);
    const TargetList list = TargetListParser::parse(text);
    QCOMPARE(list.problems.size(), 1);
    QCOMPARE(list.problems.first().line, line);
    QVERIFY2(list.problems.first().message.startsWith(message), qPrintable(list.problems.first().message));
}

void TestTargetList::goodRowsSurviveBadOnes()
{
    const TargetList list = TargetListParser::parse(
        QStringLiteral("ip,port\n127.0.0.2,80\nbad,80\n127.0.0.3,0\n127.0.0.2,80\n127.0.0.4,80,8080,web-4\n"));
    QCOMPARE(list.rows.size(), 2);
    QCOMPARE(list.rows.at(0).line, 2);
    QCOMPARE(list.rows.at(1).line, 6);
    QCOMPARE(list.rows.at(1).label(), QStringLiteral("web-4"));
    QCOMPARE(list.rows.at(1).endpoint(), QStringLiteral("127.0.0.4:80 (check port 8080)"));
    QCOMPARE(list.problems.size(), 3);
    QCOMPARE(list.problems.at(0).line, 3);
    QCOMPARE(list.problems.at(1).line, 4);
    QCOMPARE(list.problems.at(2).line, 5);
}

void TestTargetList::hundredThousandRows()
{
    QString text = QStringLiteral("ip,port\n");
    for (int i = 0; i < 100000; ++i)
        text += QStringLiteral("10.%1.%2.%3,80\n").arg(i >> 16).arg((i >> 8) & 0xff).arg(i & 0xff);
    const TargetList list = TargetListParser::parse(text);
    QCOMPARE(list.rows.size(), TargetListParser::maxRows);
    QCOMPARE(list.problems.size(), 1);
    // Line 1 is the header: row 10,001 is on line 10,002.
    QCOMPARE(list.problems.first().line, TargetListParser::maxRows + 2);
    QVERIFY2(list.problems.first().message.contains("at most 10000 backends"),
             qPrintable(list.problems.first().message));
    QVERIFY2(list.problems.first().message.contains("the 89999 after it"), qPrintable(list.problems.first().message));
}

void TestTargetList::emptyList()
{
    QVERIFY(TargetListParser::parse(QString()).rows.isEmpty());
    QVERIFY(TargetListParser::parse(QStringLiteral("# only\nip,port\n\n")).problems.isEmpty());
}

QTEST_GUILESS_MAIN(TestTargetList)
#include "tst_targetlist.moc"
