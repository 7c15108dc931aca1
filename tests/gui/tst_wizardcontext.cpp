// The context an engineer set up comes back: a saved Custom session reopens with the user's
// health-check values, and a recent target restores its provider, variant, listener and mode.
// Driven with QTest through the widgets' object names, offscreen; no network traffic.
#include "doctorwizard.h"
#include "modepage.h"
#include "providerpage.h"
#include "stepspage.h"
#include "summarypage.h"

#include "core/runner.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
QtMessageHandler previousHandler = nullptr;
// The offscreen platform says this for every top-level resize; it is not about LB Doctor.
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QStringLiteral("does not support propagateSizeHints")))
        return;
    previousHandler(type, context, message);
}

const char *radioFor(RunMode mode)
{
    return mode == RunMode::Probe ? "modeProbe" : mode == RunMode::Collect ? "modeCollect" : "modeGuided";
}

// What the user types into Custom's editors; every value differs from custom.json's defaults
// (no CIDRs, GET, HTTP/1.1, 2xx,3xx, 5 s / 5 s / 3 / 3).
struct CustomValues
{
    QString cidrs = QStringLiteral("10.0.0.0/8, 192.168.0.0/16");
    QString method = QStringLiteral("HEAD");
    QString version = QStringLiteral("1.0");
    QString codes = QStringLiteral("200,204");
    int interval = 7;
    int timeout = 4;
    int healthy = 2;
    int unhealthy = 6;
};
} // namespace

class TestWizardContext : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void customSessionRoundTrips();
    void recentTargetRestoresContext_data();
    void recentTargetRestoresContext();

private:
    template<typename T> T *child(const char *name) const
    {
        T *w = m_wizard->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no %s named %s", T::staticMetaObject.className(), name);
        return w;
    }
    void newWizard();
    void chooseByKeyboard(const char *comboName, const QString &data);
    void typeInto(const char *editName, const QString &text);
    void setSpin(const char *spinName, int value);
    void clickNext();
    bool nextEnabled() const { return m_wizard->button(QWizard::NextButton)->isEnabled(); }
    void enterCustomValues(const CustomValues &v);
    void verifyCustomValues(const CustomValues &v);

    std::unique_ptr<DoctorWizard> m_wizard;
    QTemporaryDir m_dir;
};

void TestWizardContext::initTestCase()
{
    previousHandler = qInstallMessageHandler(quietHandler);
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location, not the user's
    QCoreApplication::setOrganizationName(QStringLiteral("lbdoctor-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_wizardcontext"));
    QVERIFY(m_dir.isValid());
}

void TestWizardContext::init()
{
    QSettings().clear();
    newWizard();
}

void TestWizardContext::cleanup()
{
    m_wizard.reset();
}

void TestWizardContext::newWizard()
{
    m_wizard = std::make_unique<DoctorWizard>();
    m_wizard->resize(1100, 780);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    QApplication::setActiveWindow(m_wizard.get());
}

void TestWizardContext::chooseByKeyboard(const char *comboName, const QString &data)
{
    // Arrow keys as a keyboard user would; a combo box cycles through its items.
    auto *combo = child<QComboBox>(comboName);
    QVERIFY(combo);
    const int wanted = combo->findData(data) >= 0 ? combo->findData(data) : combo->findText(data);
    QVERIFY2(wanted >= 0, qPrintable(data));
    combo->setFocus();
    for (int guard = 0; combo->currentIndex() != wanted && guard < 2 * combo->count(); ++guard)
        QTest::keyClick(combo, combo->currentIndex() < wanted ? Qt::Key_Down : Qt::Key_Up);
    QCOMPARE(combo->currentIndex(), wanted);
}

void TestWizardContext::typeInto(const char *editName, const QString &text)
{
    auto *edit = child<QLineEdit>(editName);
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void TestWizardContext::setSpin(const char *spinName, int value)
{
    auto *spin = child<QSpinBox>(spinName);
    QVERIFY(spin);
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
    QTest::keyClick(spin, Qt::Key_Tab);
    QCOMPARE(spin->value(), value);
}

void TestWizardContext::clickNext()
{
    QAbstractButton *next = m_wizard->button(QWizard::NextButton);
    QTRY_VERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
}

void TestWizardContext::enterCustomValues(const CustomValues &v)
{
    chooseByKeyboard("profileCombo", QStringLiteral("custom"));
    QVERIFY(child<QWidget>("customBox")->isVisible());
    typeInto("customCidrs", v.cidrs);
    chooseByKeyboard("customMethod", v.method);
    chooseByKeyboard("customVersion", v.version);
    typeInto("customCodes", v.codes);
    setSpin("customInterval", v.interval);
    setSpin("customTimeout", v.timeout);
    setSpin("customHealthy", v.healthy);
    setSpin("customUnhealthy", v.unhealthy);
    QTRY_VERIFY(nextEnabled());
}

void TestWizardContext::verifyCustomValues(const CustomValues &v)
{
    QCOMPARE(child<QComboBox>("profileCombo")->currentData().toString(), QStringLiteral("custom"));
    QCOMPARE(child<QLineEdit>("customCidrs")->text(), v.cidrs);
    QCOMPARE(child<QComboBox>("customMethod")->currentText(), v.method);
    QCOMPARE(child<QComboBox>("customVersion")->currentData().toString(), v.version);
    QCOMPARE(child<QLineEdit>("customCodes")->text(), v.codes);
    QCOMPARE(child<QSpinBox>("customInterval")->value(), v.interval);
    QCOMPARE(child<QSpinBox>("customTimeout")->value(), v.timeout);
    QCOMPARE(child<QSpinBox>("customHealthy")->value(), v.healthy);
    QCOMPARE(child<QSpinBox>("customUnhealthy")->value(), v.unhealthy);
    QVERIFY(child<QLabel>("customError")->text().isEmpty());
    // What the run uses, not only what the editors show.
    const RunContext c = m_wizard->runContext();
    QCOMPARE(c.healthCheckCidrs(), (QStringList{QStringLiteral("10.0.0.0/8"), QStringLiteral("192.168.0.0/16")}));
    QCOMPARE(c.variant.http.method, v.method);
    QCOMPARE(c.variant.http.version, v.version);
    QCOMPARE(c.variant.http.healthyCodes.toString(), v.codes);
    QCOMPARE(c.variant.timing.intervalSeconds, v.interval);
    QCOMPARE(c.timeoutMs, v.timeout * 1000);
}

void TestWizardContext::customSessionRoundTrips()
{
    const CustomValues custom;
    enterCustomValues(custom);
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(DoctorWizard::TargetPageId));
    chooseByKeyboard("listenerCombo", QStringLiteral("http"));
    typeInto("hostEdit", QStringLiteral("192.0.2.10")); // TEST-NET-1: offline mode sends nothing
    typeInto("portEdit", QStringLiteral("8080"));
    typeInto("pathEdit", QStringLiteral("/healthz"));
    // The healthy codes follow the provider page's.
    QCOMPARE(child<QLineEdit>("codesEdit")->text(), custom.codes);
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(DoctorWizard::ModePageId));
    QTest::mouseClick(child<QRadioButton>("modeGuided"), Qt::LeftButton, {}, QPoint(8, 8));
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(DoctorWizard::StepsPageId));
    m_wizard->stepsPage()->analyze(QStringLiteral("load"),
                                   Evidence{QString(),
                                            QStringLiteral(" 20:00:00 up 1 day,  load average: 0.10, 0.20, 0.30\n"),
                                            QStringLiteral("pasted")});
    QTRY_COMPARE(m_wizard->stepsPage()->stateOf(QStringLiteral("load")), StatusIcons::State::Pass);
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(DoctorWizard::SummaryPageId));
    const QString file = m_dir.filePath(QStringLiteral("custom.lbdoctor.json"));
    QCOMPARE(m_wizard->summaryPage()->saveSession(file), QString());

    // A fresh window, whose provider page starts on another profile, reopens it.
    QSettings().setValue(QStringLiteral("lastProfile"), QStringLiteral("aws"));
    newWizard();
    QCOMPARE(child<QComboBox>("profileCombo")->currentData().toString(), QStringLiteral("aws"));
    const auto opened = m_wizard->openSession(file);
    QVERIFY2(opened, qPrintable(opened.error()));
    QCOMPARE(m_wizard->currentId(), int(DoctorWizard::StepsPageId));
    verifyCustomValues(custom);
    QCOMPARE(m_wizard->modePage()->mode(), RunMode::Guided);
    QCOMPARE(m_wizard->stepsPage()->stateOf(QStringLiteral("load")), StatusIcons::State::Pass);
    QCOMPARE(child<QLineEdit>("pathEdit")->text(), QStringLiteral("/healthz"));
    QCOMPARE(child<QLineEdit>("codesEdit")->text(), custom.codes);

    // The restored context is the one the findings belong to: going back to the provider page
    // and forward again keeps them (a different context would start the steps afresh).
    m_wizard->back();
    m_wizard->back();
    m_wizard->back();
    QCOMPARE(m_wizard->currentId(), int(DoctorWizard::ProviderPageId));
    verifyCustomValues(custom);
    clickNext();
    clickNext();
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(DoctorWizard::StepsPageId));
    QCOMPARE(m_wizard->stepsPage()->stateOf(QStringLiteral("load")), StatusIcons::State::Pass);
}

void TestWizardContext::recentTargetRestoresContext_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("listener");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("mode"); // chosen when the target was checked
    QTest::addColumn<int>("restored"); // the mode page when the target is chosen again
    // 127.0.0.1 is this machine (detection suggests collecting); 192.0.2.10 (TEST-NET-1) never is
    // (detection suggests probing). Each row's mode differs from what detection would suggest,
    // except where restoring it would not make sense: collecting on a machine that is not the backend.
    QTest::newRow("custom, loopback, offline") << "custom"
                                               << "default"
                                               << "http"
                                               << "127.0.0.1" << int(RunMode::Guided) << int(RunMode::Guided);
    QTest::newRow("huawei classic, loopback, probe") << "huawei"
                                                     << "classic"
                                                     << "tcp"
                                                     << "127.0.0.1" << int(RunMode::Probe) << int(RunMode::Probe);
    QTest::newRow("custom, remote, offline") << "custom"
                                             << "default"
                                             << "https"
                                             << "192.0.2.10" << int(RunMode::Guided) << int(RunMode::Guided);
    QTest::newRow("tencent, remote, collect is not sensible")
        << "tencent"
        << "default"
        << "udp"
        << "192.0.2.10" << int(RunMode::Collect) << int(RunMode::Probe);
}

void TestWizardContext::recentTargetRestoresContext()
{
    QFETCH(QString, profile);
    QFETCH(QString, variant);
    QFETCH(QString, listener);
    QFETCH(QString, host);
    QFETCH(int, mode);
    QFETCH(int, restored);
    const CustomValues custom;
    if (profile == QStringLiteral("custom")) {
        enterCustomValues(custom);
    } else {
        chooseByKeyboard("profileCombo", profile);
        chooseByKeyboard("variantCombo", variant);
    }
    clickNext();
    chooseByKeyboard("listenerCombo", listener);
    typeInto("hostEdit", host);
    typeInto("portEdit", QStringLiteral("8443"));
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(DoctorWizard::ModePageId));
    QTest::mouseClick(child<QRadioButton>(radioFor(RunMode(mode))), Qt::LeftButton, {}, QPoint(8, 8));
    QCOMPARE(int(m_wizard->modePage()->mode()), mode);
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(DoctorWizard::StepsPageId));

    // Another day, another window that starts on Alibaba with an HTTP listener.
    QSettings().setValue(QStringLiteral("lastProfile"), QStringLiteral("alibaba"));
    newWizard();
    QCOMPARE(child<QComboBox>("profileCombo")->currentData().toString(), QStringLiteral("alibaba"));
    clickNext();
    auto *recent = child<QComboBox>("recentCombo");
    QVERIFY(recent->isVisible());
    QCOMPARE(recent->count(), 1);
    recent->setFocus();
    QTest::keyClick(recent, Qt::Key_Down); // picks the first entry and activates it
    QCOMPARE(recent->currentIndex(), 0);

    QCOMPARE(child<QComboBox>("profileCombo")->currentData().toString(), profile);
    QCOMPARE(child<QComboBox>("variantCombo")->currentData().toString(), variant);
    if (profile == QStringLiteral("custom"))
        verifyCustomValues(custom);
    QCOMPARE(child<QComboBox>("listenerCombo")->currentData().toString(), listener);
    QCOMPARE(child<QLineEdit>("hostEdit")->text(), host);
    QCOMPARE(child<QLineEdit>("portEdit")->text(), QStringLiteral("8443"));
    QTRY_VERIFY(nextEnabled());
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(DoctorWizard::ModePageId));
    QCOMPARE(int(m_wizard->modePage()->mode()), restored);
}

QTEST_MAIN(TestWizardContext)
#include "tst_wizardcontext.moc"
