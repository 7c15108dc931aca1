// A command shown for copying reaches the clipboard exactly, by mouse and by keyboard.
#include "commandbox.h"
#include "pastebox.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMimeData>
#include <QTest>
#include <QToolButton>

class TestCommandBox : public QObject
{
    Q_OBJECT

private slots:
    void copiesExactly_data();
    void copiesExactly();
    void pasteBoxKeepsLargePasteWhole();
    void pasteBoxSmallPasteIsEditable();
};

void TestCommandBox::copiesExactly_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("posix") << "iptables -I INPUT 1 -s 100.64.0.0/10 -p tcp --dport 80 -j ACCEPT";
    QTest::newRow("quotes") << "netsh advfirewall firewall add rule name=\"LB health check\" dir=in action=allow";
    QTest::newRow("non-ascii") << QString::fromUtf8("echo '\xe5\x81\xa5\xe5\xba\xb7\xe6\xa3\x80\xe6\x9f\xa5'");
    QTest::newRow("html-like") << "curl -H '<b>x</b>' http://127.0.0.1/";
}

void TestCommandBox::copiesExactly()
{
    QFETCH(QString, command);
    CommandBox box(command);
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    // Plain text: markup in a command is shown, not rendered.
    QCOMPARE(box.findChild<QLabel *>(QStringLiteral("commandText"))->textFormat(), Qt::PlainText);
    QApplication::clipboard()->clear();
    QTest::mouseClick(box.copyButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), command);
    QCOMPARE(box.copyButton()->text(), CommandBox::tr("Copied"));

    QApplication::clipboard()->clear();
    box.copyButton()->setFocus();
    QTest::keyClick(box.copyButton(), Qt::Key_Space);
    QCOMPARE(QApplication::clipboard()->text(), command);
    QVERIFY(!box.copyButton()->accessibleName().isEmpty());
}

void TestCommandBox::pasteBoxKeepsLargePasteWhole()
{
    PasteBox box;
    box.show();
    QString big;
    while (big.size() <= PasteBox::largeChars * 2)
        big += QStringLiteral("LISTEN 0 128 0.0.0.0:22 0.0.0.0:*\n");
    QApplication::clipboard()->setText(big);
    box.setFocus();
    QTest::keyClick(&box, Qt::Key_V, Qt::ControlModifier);
    QVERIFY(box.holdsLargeText());
    QCOMPARE(box.text(), big);
    // Only a preview is laid out.
    QVERIFY(box.toPlainText().size() < PasteBox::previewChars + 1000);
    // A second paste is appended, whole.
    QTest::keyClick(&box, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(box.text().size(), big.size() * 2);
    QTest::keyClick(&box, Qt::Key_Backspace);
    QVERIFY(box.isEmpty());
    QVERIFY(!box.holdsLargeText());
    QVERIFY(!box.isReadOnly());
}

void TestCommandBox::pasteBoxSmallPasteIsEditable()
{
    PasteBox box;
    box.show();
    QApplication::clipboard()->setText(QStringLiteral("LISTEN 0 128 0.0.0.0:80 0.0.0.0:*\n"));
    box.setFocus();
    QTest::keyClick(&box, Qt::Key_V, Qt::ControlModifier);
    QVERIFY(!box.holdsLargeText());
    QTest::keyClicks(&box, QStringLiteral("x"));
    QCOMPARE(box.text(), QStringLiteral("LISTEN 0 128 0.0.0.0:80 0.0.0.0:*\nx"));
}

QTEST_MAIN(TestCommandBox)
#include "tst_commandbox.moc"
