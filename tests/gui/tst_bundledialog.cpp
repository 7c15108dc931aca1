// Guided mode's "Collect everything at once": the script to copy, one paste, every backend step
// analyzed from it, and a clear message for a paste that is not a whole bundle.
#include "backendfixtures.h"

#include "bundledialog.h"
#include "pastebox.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(BundleResult)

class TestBundleDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<BundleResult>(); }
    void scriptForEachSystem();
    void pastes_data();
    void pastes();
};

void TestBundleDialog::scriptForEachSystem()
{
    BundleDialog dialog(BackendFixtures::context("alibaba", "http", "10.0.0.5", "8080"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.scriptView()->toPlainText().startsWith("#!/bin/sh\n"));
    dialog.findChild<QPushButton *>("copyBundleButton")->click();
    QCOMPARE(QApplication::clipboard()->text(), dialog.scriptView()->toPlainText());
    dialog.osCombo()->setCurrentIndex(1);
    QVERIFY(dialog.scriptView()->toPlainText().contains("Invoke-LbdSection 1 'firewall' 'netsh'"));
    QVERIFY(dialog.findChild<QLabel *>("bundleRunLine")
                ->text()
                .contains("powershell -NoProfile -ExecutionPolicy Bypass -File lbdoctor-bundle.ps1"));
}

void TestBundleDialog::pastes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("analyzed");
    QTest::addColumn<QString>("message");
    const QString bundle = BackendFixtures::read("bundle/linux-root.txt");
    QTest::newRow("whole bundle") << bundle << true << "6 of 6 backend steps analyzed from the bundle.";
    QTest::newRow("cut in a chat window")
        << bundle.left(bundle.indexOf("net.ipv6.conf.lo.accept_dad")) << true << "cut in the middle of section 8";
    QTest::newRow("one command's output")
        << BackendFixtures::read("host/routes/ip-route-ok.txt") << false << "not an LB Doctor bundle output";
    QTest::newRow("nothing") << "   \n" << false << "Paste the script's output first.";
}

void TestBundleDialog::pastes()
{
    QFETCH(QString, text);
    QFETCH(bool, analyzed);
    QFETCH(QString, message);
    BundleDialog dialog(BackendFixtures::context("alibaba", "http", "10.0.0.5", "8080"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy spy(&dialog, &BundleDialog::analyzed);
    dialog.pasteBox()->setText(text);
    dialog.analyzeButton()->click();
    QTRY_VERIFY(dialog.analyzeButton()->isEnabled() && !dialog.messageLabel()->text().startsWith("Analyzing"));
    QVERIFY2(dialog.messageLabel()->text().contains(message), qPrintable(dialog.messageLabel()->text()));
    QCOMPARE(spy.size(), analyzed ? 1 : 0);
    if (analyzed) {
        const BundleResult r = spy.first().first().value<BundleResult>();
        QCOMPARE(r.findings.size(), 6);
        for (const Finding &f : r.findings)
            QCOMPARE(f.source, QString("bundle"));
    }
}

QTEST_MAIN(TestBundleDialog)
#include "tst_bundledialog.moc"
