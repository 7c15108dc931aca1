#include "core/profilestore.h"

#include <QDir>
#include <QTest>

// The built-in facts come from the issue and the seeds (see each profile's "sources").
class TestProfile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void builtinFacts_data();
    void builtinFacts();
    void everyProfileHasGuidanceForEveryStep();
    void brokenFile_data();
    void brokenFile();
    void userProfilesOverrideAndAdd();
    void localizedGuidance();

private:
    ProfileStore m_store;
};

void TestProfile::initTestCase()
{
    qputenv("XDG_CONFIG_HOME", QDir::tempPath().toUtf8() + "/lbdoctor-test-no-config");
    qunsetenv("LBDOCTOR_PROFILE_PATH");
    m_store.loadAll();
    QVERIFY2(m_store.errors().isEmpty(), qPrintable(m_store.errors().join('\n')));
}

void TestProfile::builtinFacts_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QStringList>("cidrs");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QList<int>>("healthy");
    QTest::addColumn<QList<int>>("unhealthy");
    QTest::addColumn<int>("timeoutSeconds");

    QTest::newRow("alibaba") << "alibaba"
                             << "" << QStringList{"100.64.0.0/10"} << "HEAD"
                             << "1.0" << QList<int>{200, 204, 301, 302, 399} << QList<int>{404, 500, 199} << 5;
    QTest::newRow("tencent") << "tencent"
                             << "" << QStringList{"100.64.0.0/10"} << "HEAD"
                             << "1.0" << QList<int>{200, 299} << QList<int>{301, 404} << 2;
    QTest::newRow("tencent 1.1") << "tencent"
                                 << "http11" << QStringList{"100.64.0.0/10"} << "HEAD"
                                 << "1.1" << QList<int>{200} << QList<int>{302} << 2;
    QTest::newRow("huawei shared") << "huawei"
                                   << "shared" << QStringList{"100.125.0.0/16"} << "GET"
                                   << "1.0" << QList<int>{200, 202, 401} << QList<int>{201, 301, 404} << 3;
    QTest::newRow("huawei classic") << "huawei"
                                    << "classic" << QStringList{"100.125.0.0/16"} << "GET"
                                    << "1.0" << QList<int>{200, 301, 302} << QList<int>{401, 404} << 3;
    QTest::newRow("huawei tcp-http") << "huawei"
                                     << "tcp-http" << QStringList{"100.125.0.0/16"} << "GET"
                                     << "1.0" << QList<int>{200} << QList<int>{202, 401} << 3;
    QTest::newRow("huawei dedicated") << "huawei"
                                      << "dedicated" << QStringList{} << "GET"
                                      << "1.0" << QList<int>{200} << QList<int>{202} << 3;
    QTest::newRow("aws alb") << "aws"
                             << "alb" << QStringList{} << "GET"
                             << "1.1" << QList<int>{200} << QList<int>{204, 301} << 5;
    QTest::newRow("azure") << "azure"
                           << "" << QStringList{"168.63.129.16/32"} << "GET"
                           << "1.1" << QList<int>{200} << QList<int>{201, 301} << 15;
    QTest::newRow("gcp") << "gcp"
                         << "" << QStringList{"35.191.0.0/16", "130.211.0.0/22"} << "GET"
                         << "1.1" << QList<int>{200} << QList<int>{204, 301} << 5;
    QTest::newRow("custom") << "custom"
                            << "" << QStringList{} << "GET"
                            << "1.1" << QList<int>{200, 302} << QList<int>{404} << 5;
}

void TestProfile::builtinFacts()
{
    QFETCH(QString, profile);
    QFETCH(QString, variant);
    QFETCH(QStringList, cidrs);
    QFETCH(QString, method);
    QFETCH(QString, version);
    QFETCH(QList<int>, healthy);
    QFETCH(QList<int>, unhealthy);
    QFETCH(int, timeoutSeconds);
    const Profile *p = m_store.find(profile);
    QVERIFY(p);
    const ProfileVariant *v = p->variant(variant);
    QVERIFY(v);
    QCOMPARE(v->cidrs, cidrs);
    QCOMPARE(v->cidrFromUser, cidrs.isEmpty());
    if (v->cidrFromUser)
        QVERIFY2(!v->cidrPrompt.isEmpty(), "a profile without CIDRs must tell the user what to enter");
    QCOMPARE(v->http.method, method);
    QCOMPARE(v->http.version, version);
    for (int code : healthy)
        QVERIFY2(v->http.healthyCodes.contains(code), qPrintable(QString::number(code)));
    for (int code : unhealthy)
        QVERIFY2(!v->http.healthyCodes.contains(code), qPrintable(QString::number(code)));
    QCOMPARE(v->timing.timeoutSeconds, timeoutSeconds);
    QVERIFY(!p->sources.isEmpty());
}

void TestProfile::everyProfileHasGuidanceForEveryStep()
{
    const QStringList steps{"secgroup", "firewall",    "listening", "tcp",    "http", "udp",
                            "icmp",     "tcpwrappers", "route",     "sysctl", "load"};
    for (const Profile &p : m_store.profiles()) {
        for (const QString &step : steps) {
            const StepGuidance *g = p.guidanceFor(step);
            QVERIFY2(g && !g->why.isEmpty() && !g->fix.isEmpty(), qPrintable(p.id + ' ' + step));
        }
    }
    // A profile's own text wins over the shared one; the rest is filled in.
    const StepGuidance *tencentFirewall = m_store.find("tencent")->guidanceFor("firewall");
    QVERIFY(tencentFirewall->fix.text().contains("firewall.cpl"));
    QVERIFY(tencentFirewall->why.text().contains("fixed private range"));
    QVERIFY(tencentFirewall->commands.value(Shell::Posix).first().contains("iptables -I INPUT"));
}

void TestProfile::brokenFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad cidr") << "bad-cidr.json"
                              << "bad-cidr.json: variants[0].healthCheckCidrs[1]: prefix length must be 0-32, got 33";
    QTest::newRow("host bits")
        << "host-bits.json"
        << "host-bits.json: variants[1].healthCheckCidrs[0]: 100.125.1.0/16 has host bits set; did you mean 100.125.0.0/16?";
    QTest::newRow("bad codes") << "bad-codes.json"
                               << "bad-codes.json: variants[0].http.healthyCodes: \"700\" is not a status code";
    QTest::newRow("bad method") << "bad-method.json"
                                << "bad-method.json: variants[0].http.methods: must list HEAD and/or GET, got \"POST\"";
    QTest::newRow("no variants") << "no-variants.json"
                                 << "no-variants.json: variants: must be a non-empty array";
    QTest::newRow("truncated") << "truncated.json"
                               << "truncated.json: not valid JSON at byte";
    QTest::newRow("bad timing")
        << "bad-timing.json"
        << "bad-timing.json: variants[0].timing.timeoutSeconds: must be a whole number from 1 to 300";
    QTest::newRow("guidance typo") << "bad-guidance-step.json"
                                   << "bad-guidance-step.json: guidance.firewal: unknown step";
    QTest::newRow("future schema") << "future-schema.json"
                                   << "future-schema.json: schema: version 2 is newer";
    QTest::newRow("bad id") << "bad-id.json"
                            << "bad-id.json: id: must be lower-case";
    QTest::newRow("missing") << "does-not-exist.json"
                             << "does-not-exist.json: cannot read";
}

void TestProfile::brokenFile()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    ProfileStore store;
    const auto loaded = store.loadFile(QStringLiteral(LBDOCTOR_FIXTURES_DIR "/profiles/") + file);
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().contains(message), qPrintable(loaded.error()));
    QVERIFY(store.profiles().isEmpty());
}

void TestProfile::userProfilesOverrideAndAdd()
{
    qputenv("LBDOCTOR_PROFILE_PATH", LBDOCTOR_FIXTURES_DIR "/profiles/user");
    ProfileStore store;
    store.loadAll();
    qunsetenv("LBDOCTOR_PROFILE_PATH");
    QVERIFY2(store.errors().isEmpty(), qPrintable(store.errors().join('\n')));
    QCOMPARE(store.profiles().size(), m_store.profiles().size() + 1);
    QCOMPARE(store.find("alibaba")->name.text(), QStringLiteral("Alibaba (site override)"));
    QVERIFY(!store.find("alibaba")->variant({})->http.healthyCodes.contains(302));
    QVERIFY(store.find("acme")->variant({})->http.healthyCodes.contains(204));
}

void TestProfile::localizedGuidance()
{
    ProfileStore store;
    store.loadSharedGuidance();
    QVERIFY(store.loadFile(LBDOCTOR_FIXTURES_DIR "/profiles/user/acme.json"));
    const StepGuidance *g = store.find("acme")->guidanceFor("firewall");
    QCOMPARE(g->why.text("zh_CN"), QStringLiteral("ACME 的健康检查来自 192.0.2.0/24。"));
    QCOMPARE(g->why.text("zh"), QStringLiteral("ACME 的健康检查来自 192.0.2.0/24。"));
    QCOMPARE(g->why.text("de"), QStringLiteral("ACME checks come from 192.0.2.0/24."));
    QVERIFY(!g->fix.isEmpty()); // filled from the shared guidance
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
