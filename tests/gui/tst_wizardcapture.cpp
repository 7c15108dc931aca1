// The capture step in the wizard's guided mode: the exact tcpdump command for the profile's
// CIDR and port is offered, and a pasted tcpdump text is analyzed into "did the checks arrive".
#include "wizarddriver.h"

#include "commandbox.h"
#include "guidedpanel.h"
#include "modepage.h"
#include "pastebox.h"

#include "analyzers/capture/capturefile.h"

#include <QComboBox>
#include <QLabel>
#include <QProcess>
#include <QSpinBox>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {
bool runningAsRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}
} // namespace
#include <QHostAddress>
#include <QPushButton>
#include <QSettings>

class TestWizardCapture : public WizardDriver
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        setUpApplication("tst_wizardcapture");
        startBackendAndScreenshots("screenshots-capture");
    }

    void init()
    {
        QSettings().clear();
        openWizard();
        if (QTest::currentTestFailed())
            return;
        QApplication::setActiveWindow(m_wizard.get());
        auto *profile = child<QComboBox>("profileCombo");
        QVERIFY(profile);
        profile->setCurrentIndex(profile->findData(QStringLiteral("alibaba")));
    }

    void cleanup() { m_wizard.reset(); }

    void guidedCaptureOffersTheCommandAndReadsThePaste()
    {
        goToCaptureStep("modeGuided", RunMode::Guided);
        if (QTest::currentTestFailed())
            return;

        const RunContext context = m_wizard->stepsPage()->runner()->context();
        const QString cidr = context.healthCheckCidrs().value(0);
        QVERIFY(!cidr.isEmpty());
        auto *command = m_wizard->findChild<CommandBox *>(QStringLiteral("guidedCommand0"));
        QVERIFY(command);
        QCOMPARE(command->command(),
                 QStringLiteral("timeout 60 tcpdump -i any -nn -c 200 'net %1 and (tcp port 80 or icmp or icmp6)'")
                     .arg(cidr));
        screenshot(QStringLiteral("capture-guided"));

        // Two checks from the first address of the CIDR, answered 200 in 3 ms.
        const QString prober = QHostAddress(QHostAddress::parseSubnet(cidr).first.toIPv4Address() + 1).toString();
        QString text;
        for (int i = 0; i < 2; ++i) {
            const QString p = QStringLiteral("%1.%2").arg(prober).arg(40000 + i), s = QStringLiteral("127.0.0.1.80");
            const QString t = QStringLiteral("09:30:0%1.").arg(i);
            text += t + QStringLiteral("000000 IP %1 > %2: Flags [S], seq 1, win 64240, length 0\n").arg(p, s) + t
                + QStringLiteral("000040 IP %2 > %1: Flags [S.], seq 1, ack 2, win 64240, length 0\n").arg(p, s) + t
                + QStringLiteral(
                      "000100 IP %1 > %2: Flags [P.], seq 1:40, ack 1, win 502, length 39: HTTP: HEAD / HTTP/1.0\n")
                      .arg(p, s)
                + t
                + QStringLiteral(
                      "003100 IP %2 > %1: Flags [P.], seq 1:20, ack 40, win 502, length 19: HTTP: HTTP/1.1 200 OK\n")
                      .arg(p, s);
        }
        auto *panel = m_wizard->findChild<GuidedPanel *>();
        panel->pasteBox()->setText(text);
        QTest::mouseClick(panel->analyzeButton(), Qt::LeftButton);
        QTRY_COMPARE(m_wizard->stepsPage()->stateOf(QStringLiteral("capture")), StatusIcons::State::Pass);
        const QString state = m_wizard->stepsPage()->stateText(QStringLiteral("capture"));
        QVERIFY2(state.contains(QStringLiteral("2 checks from 1 address"))
                     && state.contains(QStringLiteral("answered 200 in 3 ms")),
                 qPrintable(state));
        screenshot(QStringLiteral("capture-analyzed"));
    }

    // On the backend itself (collect mode) the capture step offers "Capture now": LB Doctor runs
    // tcpdump for the chosen time, here inside a network namespace the test creates where no check
    // ever arrives, and the step says so. A second capture is ended early with Stop.
    void collectModeCapturesNow()
    {
        if (!runningAsRoot())
            QSKIP("capturing needs root, and the test's namespace too: run the tests as root");
        if (!CaptureFile::readerAvailable()
            || QStandardPaths::findExecutable("tcpdump", {"/usr/sbin", "/usr/bin", "/sbin"}).isEmpty())
            QSKIP("needs tcpdump and libpcap");
        const QString ns = "lbdwiz" + QString::number(QCoreApplication::applicationPid());
        QCOMPARE(QProcess::execute("ip", {"netns", "add", ns}), 0);
        const auto removeNs = qScopeGuard([ns] { QProcess::execute("ip", {"netns", "del", ns}); });
        goToCaptureStep("modeCollect", RunMode::Collect);
        if (QTest::currentTestFailed())
            return;
        auto *panel = m_wizard->findChild<GuidedPanel *>();
        QVERIFY(panel->captureNowButton()->isVisible());
        panel->setCaptureCommandPrefix({"ip", "netns", "exec", ns});
        panel->captureSecondsSpin()->setValue(2);
        QTest::mouseClick(panel->captureNowButton(), Qt::LeftButton);
        QVERIFY(!panel->captureNowButton()->isEnabled());
        QVERIFY(panel->captureStopButton()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->stepsPage()->stateOf(QStringLiteral("capture")), StatusIcons::State::Fail,
                                  20000);
        const QString state = m_wizard->stepsPage()->stateText(QStringLiteral("capture"));
        QVERIFY2(state.contains(QStringLiteral("no health-check packet")) && state.contains(QStringLiteral("in 2 s")),
                 qPrintable(state));
        QVERIFY(panel->captureNowButton()->isEnabled());
        screenshot(QStringLiteral("capture-now"));

        // Stop ends a 60 s capture at once.
        panel->captureSecondsSpin()->setValue(60);
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(panel->captureNowButton(), Qt::LeftButton);
        QTest::qWait(1500);
        QTest::mouseClick(panel->captureStopButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel->captureNowButton()->isEnabled(), 15000);
        QVERIFY2(clock.elapsed() < 20000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(panel->captureMessage()->text().contains(QStringLiteral("Captured 0 packet")),
                 qPrintable(panel->captureMessage()->text()));
    }

private:
    // Target 127.0.0.1:80 (HTTP), the given run mode, then the capture step's guided tab.
    void goToCaptureStep(const char *modeButton, RunMode mode)
    {
        clickNext();
        auto *listener = child<QComboBox>("listenerCombo");
        listener->setCurrentIndex(listener->findData(QStringLiteral("http")));
        typeInto("hostEdit", QStringLiteral("127.0.0.1"));
        typeInto("portEdit", QStringLiteral("80"));
        clickNext();
        clickMode(modeButton);
        QCOMPARE(m_wizard->modePage()->mode(), mode);
        clickNext();
        QCOMPARE(m_wizard->currentId(), int(DoctorWizard::StepsPageId));
        selectStep(QStringLiteral("capture"));
        showTab(QStringLiteral("guidedPanel"));
    }
};

QTEST_MAIN(TestWizardCapture)
#include "tst_wizardcapture.moc"
