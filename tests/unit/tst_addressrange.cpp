#include "core/addressrange.h"

#include <QTest>

class TestAddressRange : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void toCidrs_data();
    void toCidrs();
    void setAlgebra_data();
    void setAlgebra();
    void containsAddress();
};

void TestAddressRange::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::newRow("cidr") << "100.64.0.0/10"
                          << "100.64.0.0"
                          << "100.127.255.255";
    QTest::newRow("host") << "10.0.0.7"
                          << "10.0.0.7"
                          << "10.0.0.7";
    QTest::newRow("slash32") << "168.63.129.16/32"
                             << "168.63.129.16"
                             << "168.63.129.16";
    QTest::newRow("netmask") << "100.64.0.0/255.192.0.0"
                             << "100.64.0.0"
                             << "100.127.255.255";
    QTest::newRow("dash range") << "10.0.0.1-10.0.0.9"
                                << "10.0.0.1"
                                << "10.0.0.9";
    QTest::newRow("spaces") << "  35.191.0.0/16 "
                            << "35.191.0.0"
                            << "35.191.255.255";
    QTest::newRow("everything v4") << "0.0.0.0/0"
                                   << "0.0.0.0"
                                   << "255.255.255.255";
    QTest::newRow("ipv6 cidr") << "2001:db8::/32"
                               << "2001:db8::"
                               << "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff";
    QTest::newRow("ipv6 /64 boundary") << "fd00:1:2:3::/64"
                                       << "fd00:1:2:3::"
                                       << "fd00:1:2:3:ffff:ffff:ffff:ffff";
    QTest::newRow("ipv6 everything") << "::/0"
                                     << "::"
                                     << "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff";
}

void TestAddressRange::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, first);
    QFETCH(QString, last);
    const auto range = AddressRange::parse(text);
    QVERIFY2(range, qPrintable(range.error()));
    QCOMPARE(range->firstAddress(), QHostAddress(first));
    QCOMPARE(range->lastAddress(), QHostAddress(last));
}

void TestAddressRange::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("prefix too long") << "100.64.0.0/33"
                                     << "0-32";
    QTest::newRow("host bits") << "100.64.0.1/10"
                               << "did you mean 100.64.0.0/10";
    QTest::newRow("shorthand") << "10.1/16"
                               << "not an IP";
    QTest::newRow("garbage") << "hello"
                             << "not an IP";
    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("reversed range") << "10.0.0.9-10.0.0.1"
                                    << "ends before";
    QTest::newRow("mixed families") << "10.0.0.1-::1"
                                    << "not an address range";
    QTest::newRow("holey netmask") << "10.0.0.0/255.0.255.0"
                                   << "not contiguous";
    QTest::newRow("octet overflow") << "300.1.1.1/8"
                                    << "not an IP";
}

void TestAddressRange::rejects()
{
    QFETCH(QString, text);
    QFETCH(QString, messagePart);
    const auto range = AddressRange::parse(text);
    QVERIFY(!range);
    QVERIFY2(range.error().contains(messagePart), qPrintable(range.error()));
}

void TestAddressRange::toCidrs_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<QStringList>("cidrs");
    QTest::newRow("aligned") << "100.64.0.0/10" << QStringList{"100.64.0.0/10"};
    QTest::newRow("1-6") << "10.0.0.1-10.0.0.6"
                         << QStringList{"10.0.0.1/32", "10.0.0.2/31", "10.0.0.4/31", "10.0.0.6/32"};
    QTest::newRow("to top") << "255.255.255.254-255.255.255.255" << QStringList{"255.255.255.254/31"};
    QTest::newRow("whole space") << "0.0.0.0-255.255.255.255" << QStringList{"0.0.0.0/0"};
    QTest::newRow("v6 across 64-bit halves")
        << "::ffff:ffff:ffff:ffff-::1:0:0:0:1" << QStringList{"::ffff:ffff:ffff:ffff/128", "0:0:0:1::/127"};
}

void TestAddressRange::toCidrs()
{
    QFETCH(QString, range);
    QFETCH(QStringList, cidrs);
    const auto r = AddressRange::parse(range);
    QVERIFY(r);
    QCOMPARE(r->toCidrs(), cidrs);
}

void TestAddressRange::setAlgebra_data()
{
    QTest::addColumn<QStringList>("a");
    QTest::addColumn<QStringList>("b");
    QTest::addColumn<QStringList>("aMinusB");
    QTest::addColumn<QStringList>("aAndB");
    QTest::newRow("hole in the middle") << QStringList{"100.64.0.0/10"} << QStringList{"100.80.0.0/12"}
                                        << QStringList{"100.64.0.0/12", "100.96.0.0/11"}
                                        << QStringList{"100.80.0.0/12"};
    QTest::newRow("disjoint") << QStringList{"10.0.0.0/8"} << QStringList{"192.168.0.0/16"} << QStringList{"10.0.0.0/8"}
                              << QStringList{};
    QTest::newRow("covering") << QStringList{"100.125.0.0/16"} << QStringList{"0.0.0.0/0"} << QStringList{}
                              << QStringList{"100.125.0.0/16"};
    QTest::newRow("adjacent merge") << QStringList{"10.0.0.0/25", "10.0.0.128/25"} << QStringList{"10.0.0.1"}
                                    << QStringList{"10.0.0.0/32",  "10.0.0.2/31",  "10.0.0.4/30",  "10.0.0.8/29",
                                                   "10.0.0.16/28", "10.0.0.32/27", "10.0.0.64/26", "10.0.0.128/25"}
                                    << QStringList{"10.0.0.1/32"};
    QTest::newRow("families apart") << QStringList{"35.191.0.0/16", "2001:db8::/32"} << QStringList{"::/0"}
                                    << QStringList{"35.191.0.0/16"} << QStringList{"2001:db8::/32"};
}

void TestAddressRange::setAlgebra()
{
    QFETCH(QStringList, a);
    QFETCH(QStringList, b);
    QFETCH(QStringList, aMinusB);
    QFETCH(QStringList, aAndB);
    const RangeSet sa = RangeSet::fromCidrs(a);
    const RangeSet sb = RangeSet::fromCidrs(b);
    QCOMPARE(sa.subtracted(sb).toCidrs(), aMinusB);
    QCOMPARE(sa.intersected(sb).toCidrs(), aAndB);
    // a = (a - b) + (a & b), and the two parts do not overlap.
    QCOMPARE(sa.subtracted(sb).united(sa.intersected(sb)), sa);
    QVERIFY(sa.subtracted(sb).intersected(sb).isEmpty());
    QCOMPARE(sa.complemented().complemented(), sa);
}

void TestAddressRange::containsAddress()
{
    const RangeSet gcp = RangeSet::fromCidrs({QStringLiteral("35.191.0.0/16"), QStringLiteral("130.211.0.0/22")});
    QVERIFY(gcp.contains(QHostAddress(QStringLiteral("130.211.3.255"))));
    QVERIFY(!gcp.contains(QHostAddress(QStringLiteral("130.211.4.0"))));
    QVERIFY(!gcp.contains(QHostAddress(QStringLiteral("::ffff:35.191.0.1"))));
    QVERIFY(gcp.containsAll(RangeSet::fromCidrs({QStringLiteral("35.191.7.0/24")})));
}

QTEST_APPLESS_MAIN(TestAddressRange)
#include "tst_addressrange.moc"
