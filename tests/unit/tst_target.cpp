#include "core/target.h"

#include <QTest>

class TestTarget : public QObject
{
    Q_OBJECT
private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void checkPortDefaultsToPort();
    void jsonRoundTrip();
};

namespace {
TargetInput baseInput()
{
    TargetInput in;
    in.listener = QStringLiteral("http");
    in.host = QStringLiteral("10.0.0.2");
    in.port = QStringLiteral("80");
    return in;
}

// The base input with one field (named as in TargetInput) set to `value`.
TargetInput inputWith(const QString &field, const QString &value)
{
    TargetInput in = baseInput();
    QString *slot = field == "host" ? &in.host
        : field == "port"           ? &in.port
        : field == "checkPort"      ? &in.checkPort
        : field == "domain"         ? &in.domain
        : field == "path"           ? &in.path
        : field == "codes"          ? &in.codes
        : field == "listener"       ? &in.listener
        : field == "sourceCidr"     ? &in.sourceCidr
        : field == "interfaceName"  ? &in.interfaceName
                                    : nullptr;
    if (!slot)
        qFatal("no TargetInput field %s", qPrintable(field));
    *slot = value;
    return in;
}
} // namespace

void TestTarget::valid_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // the value the target ends up with
    QTest::newRow("ipv4") << "host"
                          << "172.17.58.131"
                          << "172.17.58.131";
    QTest::newRow("ipv6") << "host"
                          << "fd00::5"
                          << "fd00::5";
    QTest::newRow("bracketed ipv6") << "host"
                                    << "[fd00::5]"
                                    << "fd00::5";
    QTest::newRow("host name kept for resolution") << "host"
                                                   << "Backend-1.Example.com"
                                                   << "backend-1.example.com";
    QTest::newRow("port edge high") << "port"
                                    << "65535"
                                    << "65535";
    QTest::newRow("port edge low") << "port"
                                   << "1"
                                   << "1";
    QTest::newRow("domain") << "domain"
                            << "www.slb-test.com"
                            << "www.slb-test.com";
    QTest::newRow("idn domain becomes punycode") << "domain"
                                                 << "bücher.example"
                                                 << "xn--bcher-kva.example";
    QTest::newRow("chinese idn") << "domain"
                                 << "例子.测试"
                                 << "xn--fsqu00a.xn--0zwm56d";
    QTest::newRow("domain may be an ip") << "domain"
                                         << "10.0.0.2"
                                         << "10.0.0.2";
    QTest::newRow("empty domain") << "domain"
                                  << ""
                                  << "";
    QTest::newRow("path") << "path"
                          << "/test.html"
                          << "/test.html";
    QTest::newRow("empty path is root") << "path"
                                        << ""
                                        << "/";
    QTest::newRow("space is encoded") << "path"
                                      << "/health check"
                                      << "/health%20check";
    QTest::newRow("non-ascii is encoded") << "path"
                                          << "/健康"
                                          << "/%E5%81%A5%E5%BA%B7";
    QTest::newRow("query kept") << "path"
                                << "/hc?full=1&x=%20"
                                << "/hc?full=1&x=%20";
    QTest::newRow("codes classes") << "codes"
                                   << "2xx,3xx"
                                   << "2xx,3xx";
    QTest::newRow("codes list") << "codes"
                                << "200, 202,401"
                                << "200,202,401";
    QTest::newRow("codes range") << "codes"
                                 << "200-399"
                                 << "2xx,3xx";
    QTest::newRow("alibaba spelling") << "codes"
                                      << "http_2xx,http_3xx"
                                      << "2xx,3xx";
    QTest::newRow("listener upper case") << "listener"
                                         << "HTTPS"
                                         << "https";
    QTest::newRow("source cidr") << "sourceCidr"
                                 << "10.0.0.0/16, 10.1.0.0/16"
                                 << "10.0.0.0/15";
}

void TestTarget::valid()
{
    QFETCH(QString, field);
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const TargetInput in = inputWith(field, input);
    const TargetValidation v = TargetValidator::validate(in);
    QVERIFY2(v.ok(), qPrintable(v.errorText()));
    const Target &t = v.target;
    QString actual;
    if (field == "host")
        actual = t.address.isNull() ? t.host : t.address.toString();
    if (field == "port")
        actual = QString::number(t.port);
    if (field == "domain")
        actual = t.domain;
    if (field == "path")
        actual = t.path;
    if (field == "codes")
        actual = t.expectedCodes ? t.expectedCodes->toString() : QString();
    if (field == "listener")
        actual = listenerId(t.listener);
    if (field == "sourceCidr")
        actual = t.sourceCidr;
    QCOMPARE(actual, expected);
}

void TestTarget::invalid_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("port zero") << "port"
                               << "0"
                               << "port must be 1-65535, got 0";
    QTest::newRow("port too big") << "port"
                                  << "65536"
                                  << "port must be 1-65535, got 65536";
    QTest::newRow("port negative") << "port"
                                   << "-1"
                                   << "port must be 1-65535, got -1";
    QTest::newRow("port word") << "port"
                               << "http"
                               << "port must be 1-65535, got http";
    QTest::newRow("port empty") << "port"
                                << ""
                                << "port is required";
    QTest::newRow("check port zero") << "checkPort"
                                     << "0"
                                     << "health-check port must be 1-65535, got 0";
    QTest::newRow("host empty") << "host"
                                << ""
                                << "backend IP is required";
    QTest::newRow("host octets") << "host"
                                 << "10.0.0.256"
                                 << "neither an IPv4/IPv6 address nor a host name";
    QTest::newRow("host with space") << "host"
                                     << "10.0.0.1 80"
                                     << "must not contain spaces";
    QTest::newRow("host is a range") << "host"
                                     << "10.0.0.0/24"
                                     << "one address, not a range";
    QTest::newRow("host url") << "host"
                              << "http://10.0.0.1"
                              << "an address, not a URL";
    QTest::newRow("domain with space") << "domain"
                                       << "www.example .com"
                                       << "must not contain spaces";
    QTest::newRow("domain with slash") << "domain"
                                       << "www.example.com/health"
                                       << "host name only";
    QTest::newRow("domain with crlf") << "domain"
                                      << "a.com\r\nX-Injected: 1"
                                      << "line breaks (CR/LF)";
    QTest::newRow("domain bad label") << "domain"
                                      << "-bad-.example"
                                      << "not a valid domain name";
    QTest::newRow("path no slash") << "path"
                                   << "health"
                                   << "must start with \"/\"";
    QTest::newRow("path lf") << "path"
                             << "/a\nHost: evil"
                             << "line breaks (CR/LF)";
    QTest::newRow("path cr") << "path"
                             << "/a\rb"
                             << "line breaks (CR/LF)";
    QTest::newRow("path nul") << "path" << QString::fromLatin1("/a\0b", 4) << "control characters";
    QTest::newRow("codes garbage") << "codes"
                                   << "ok"
                                   << "\"ok\" is not a status code";
    QTest::newRow("codes 600") << "codes"
                               << "600"
                               << "\"600\" is not a status code";
    QTest::newRow("codes reversed") << "codes"
                                    << "399-200"
                                    << "ends before it starts";
    QTest::newRow("listener") << "listener"
                              << "ftp"
                              << "listener must be tcp, udp, http or https";
    QTest::newRow("source cidr bad") << "sourceCidr"
                                     << "10.0.0.0/33"
                                     << "prefix length must be 0-32";
    QTest::newRow("iface") << "interfaceName"
                           << "eth0; rm -rf /"
                           << "is not an interface name";
}

void TestTarget::invalid()
{
    QFETCH(QString, field);
    QFETCH(QString, input);
    QFETCH(QString, message);
    const TargetInput in = inputWith(field, input);
    const TargetValidation v = TargetValidator::validate(in);
    QVERIFY(!v.ok());
    QCOMPARE(v.errors.size(), 1);
    QCOMPARE(v.errors.first().field, field);
    QVERIFY2(v.errorFor(field).contains(message), qPrintable(v.errorFor(field)));
}

void TestTarget::checkPortDefaultsToPort()
{
    TargetInput in = baseInput();
    in.port = QStringLiteral("8080");
    QCOMPARE(TargetValidator::validate(in).target.checkPort, quint16(8080));
    in.checkPort = QStringLiteral("81");
    QCOMPARE(TargetValidator::validate(in).target.checkPort, quint16(81));
}

void TestTarget::jsonRoundTrip()
{
    TargetInput in = baseInput();
    in.domain = QStringLiteral("www.slb-test.com");
    in.path = QStringLiteral("/test.html");
    in.codes = QStringLiteral("200,202,401");
    in.checkPort = QStringLiteral("8080");
    in.sourceCidr = QStringLiteral("192.168.0.0/24");
    const Target t = TargetValidator::validate(in).target;
    const auto back = Target::fromJson(t.toJson());
    QVERIFY2(back, qPrintable(back.error()));
    QCOMPARE(back->toJson(), t.toJson());
    QCOMPARE(back->expectedCodes->toString(), QStringLiteral("200,202,401"));
    const auto target = Target::fromJson(QJsonObject{{"ip", "10.0.0.1"}, {"port", 0}});
    QVERIFY(!target);
    QVERIFY(target.error().contains("port"));
}

QTEST_APPLESS_MAIN(TestTarget)
#include "tst_target.moc"
