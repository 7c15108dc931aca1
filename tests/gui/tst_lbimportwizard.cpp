// Issue 15 in the wizard: "Import from load balancer..." on the target page fills the fields from a
// provider's JSON and says where each value came from; a backend status lists the backends to pick.
#include "wizarddriver.h"

#include "lbimportdialog.h"
#include "providerpage.h"
#include "targetpage.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTest>

class TestLbImportWizard : public WizardDriver
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void importFillsEveryField_data();
    void importFillsEveryField();
    void statusListsBackendsToPick();
    void badPasteFillsNothing();
    void importedStepsJoinThePlan();

private:
    LbImportDialog *importFile(const char *name);
    static QString fixture(const char *name)
    {
        return QStringLiteral(LBDOCTOR_FIXTURES_DIR "/lb/") + QString::fromLatin1(name);
    }
    QString text(const char *editName) const { return child<QLineEdit>(editName)->text(); }
};

void TestLbImportWizard::initTestCase()
{
    setUpApplication("tst_lbimportwizard");
}

void TestLbImportWizard::init()
{
    QSettings().clear();
    openWizard();
    if (QTest::currentTestFailed())
        return;
    QApplication::setActiveWindow(m_wizard.get());
    auto *combo = child<QComboBox>("profileCombo");
    combo->setCurrentIndex(combo->findData(QStringLiteral("alibaba")));
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(DoctorWizard::TargetPageId));
}

void TestLbImportWizard::cleanup()
{
    m_wizard.reset();
}

// Clicks the button, puts the file's text into the dialog as "Open file..." would, clicks Import.
LbImportDialog *TestLbImportWizard::importFile(const char *name)
{
    QTest::mouseClick(child<QPushButton>("importLbButton"), Qt::LeftButton);
    LbImportDialog *dialog = nullptr;
    [&] {
        QTRY_VERIFY((dialog = m_wizard->findChild<LbImportDialog *>(QStringLiteral("lbImportDialog")))
                    && dialog->isVisible());
    }();
    if (!dialog)
        return nullptr;
    QFile file(fixture(name));
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    dialog->setText(QString::fromUtf8(file.readAll()), fixture(name));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("lbImportApply")), Qt::LeftButton);
    return dialog;
}

void TestLbImportWizard::importFillsEveryField_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("variant");
    // listener, port, checkPort, domain, path, codes as the page shows them after the import.
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QStringList>("sources"); // in the "filled from" text
    QTest::newRow("alibaba $_ip") << "alibaba-http-attribute.json"
                                  << "alibaba"
                                  << "default" << QStringList{"http", "80", "8080", "", "/health", "2xx,3xx"}
                                  << QStringList{"HealthCheckConnectPort", "HealthCheckDomain ($_ip)", "HealthCheckURI",
                                                 "HealthCheckHttpCode", "$_ip"};
    QTest::newRow("tencent HttpCode 31")
        << "tencent-listeners-http-api.json"
        << "tencent"
        << "default" << QStringList{"http", "", "", "www.example.com", "/ping", "1xx,2xx,3xx,4xx,5xx"}
        << QStringList{"Rules[0].HealthCheck.HttpCode", "Rules[0].HealthCheck.HttpCheckDomain"};
    QTest::newRow("tencent HttpCode 6, HTTP/1.1") << "tencent-listeners-tcp.json"
                                                  << "tencent"
                                                  << "http11" << QStringList{"http", "", "", "", "/status", "2xx,3xx"}
                                                  << QStringList{"HealthCheck.HttpVersion", "SourceIpType 0"};
    QTest::newRow("huawei empty monitor_port")
        << "huawei-show-monitor.json"
        << "huawei"
        << "shared" << QStringList{"http", "", "", "www.example.com", "/healthz", "200-204"}
        << QStringList{"healthmonitor.expected_codes", "monitor_port is empty"};
    QTest::newRow("aws traffic-port 200-299")
        << "aws-target-groups.json"
        << "aws"
        << "alb" << QStringList{"http", "80", "", "", "/health", "200-299"}
        << QStringList{"HealthCheckPort (traffic-port = Port)", "Matcher.HttpCode"};
}

void TestLbImportWizard::importFillsEveryField()
{
    QFETCH(QString, file);
    QFETCH(QString, profile);
    QFETCH(QString, variant);
    QFETCH(QStringList, fields);
    QFETCH(QStringList, sources);
    LbImportDialog *dialog = importFile(file.toLatin1().constData());
    QVERIFY(dialog);
    QTRY_VERIFY(!m_wizard->findChild<LbImportDialog *>(QStringLiteral("lbImportDialog"))); // accepted and gone
    QCOMPARE(m_wizard->providerPage()->profile()->id, profile);
    QCOMPARE(m_wizard->providerPage()->variant().id, variant);
    QCOMPARE(child<QComboBox>("listenerCombo")->currentData().toString(), fields[0]);
    QCOMPARE(text("portEdit"), fields[1]);
    QCOMPARE(text("checkPortEdit"), fields[2]);
    QCOMPARE(text("domainEdit"), fields[3]);
    QCOMPARE(text("pathEdit"), fields[4]);
    QCOMPARE(text("codesEdit"), fields[5]);
    QCOMPARE(text("hostEdit"), QString()); // the configuration does not say which backend
    QCOMPARE(text("interfaceEdit"), QString());
    auto *filled = child<QLabel>("importedLabel");
    QVERIFY(filled->isVisible());
    for (const QString &source : sources)
        QVERIFY2(filled->text().contains(source), qPrintable(filled->text()));
    // The backend address is all that is left to type.
    typeInto("hostEdit", QStringLiteral("10.0.0.5"));
    if (text("portEdit").isEmpty())
        typeInto("portEdit", QStringLiteral("80"));
    if (child<QLineEdit>("sourceCidrEdit")->isVisible())
        typeInto("sourceCidrEdit", QStringLiteral("10.0.0.0/16"));
    QTRY_VERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
}

void TestLbImportWizard::statusListsBackendsToPick()
{
    QVERIFY(importFile("aws-target-health.json"));
    auto *list = child<QListWidget>("lbBackendList");
    QTRY_VERIFY(list->isVisible());
    QCOMPARE(list->count(), 3);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("Target.Timeout")));
    // The first unhealthy backend is picked for an empty target; another row picks another.
    QCOMPARE(text("hostEdit"), QStringLiteral("10.0.0.5"));
    QCOMPARE(text("portEdit"), QStringLiteral("80"));
    list->setCurrentRow(1);
    QCOMPARE(text("hostEdit"), QStringLiteral("10.0.0.6"));
    QCOMPARE(m_wizard->providerPage()->profile()->id, QStringLiteral("aws"));
}

void TestLbImportWizard::badPasteFillsNothing()
{
    LbImportDialog *dialog = importFile("truncated.json");
    QVERIFY(dialog);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("lbImportError"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("truncated")), qPrintable(error->text()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(text("pathEdit"), QString());
    QCOMPARE(m_wizard->providerPage()->profile()->id, QStringLiteral("alibaba"));
    QVERIFY(!child<QLabel>("importedLabel")->isVisible());
    dialog->reject();
}

void TestLbImportWizard::importedStepsJoinThePlan()
{
    QVERIFY(importFile("alibaba-http-attribute.json"));
    QTRY_VERIFY(!m_wizard->findChild<LbImportDialog *>(QStringLiteral("lbImportDialog")));
    QVERIFY(importFile("alibaba-health-status.json"));
    QCOMPARE(text("hostEdit"), QStringLiteral("10.0.0.5"));
    QTRY_VERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(DoctorWizard::ModePageId));
    clickMode("modeGuided");
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(DoctorWizard::StepsPageId));
    const RunContext context = m_wizard->stepsPage()->runner()->context();
    QCOMPARE(context.variant.http.method, QStringLiteral("HEAD"));
    QCOMPARE(context.variant.timing.intervalSeconds, 2);
    QVERIFY(
        context.target.importedFrom.startsWith(QStringLiteral("alibaba DescribeLoadBalancerHTTPListenerAttribute")));
    selectStep(QStringLiteral("lbstatus"));
    selectStep(QStringLiteral("lbconfig"));
    runAllAndWait(20000);
    const Finding *status = m_wizard->stepsPage()->runner()->finding(QStringLiteral("lbstatus"));
    QVERIFY(status);
    QCOMPARE(status->status, Status::Fail);
    const Finding *config = m_wizard->stepsPage()->runner()->finding(QStringLiteral("lbconfig"));
    QVERIFY(config);
    QCOMPARE(config->outcome, QStringLiteral("check-port"));
}

QTEST_MAIN(TestLbImportWizard)
#include "tst_lbimportwizard.moc"
