// A command shown for copying reaches the clipboard exactly, by mouse and by keyboard.
#include "commandbox.h"
#include "commandtext.h"
#include "pastebox.h"

#include <QApplication>
#include <QTextDocument>

#include <algorithm>
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
    void wrapsOnlyBetweenArguments_data();
    void wrapsOnlyBetweenArguments();
    void selectionCopiesTheCommand();
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
    QVERIFY(!box.textView()->acceptRichText());
    QCOMPARE(box.textView()->displayedLines().join(QString()), command);
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

void TestCommandBox::wrapsOnlyBetweenArguments_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("width");
    // The commands the firewall step shows, at the wizard's first-launch width and narrower.
    const QString conntrack = QStringLiteral(
        "iptables -I INPUT 1 -s 100.125.0.0/16 -p tcp --dport 8080 -m conntrack --ctstate NEW,ESTABLISHED "
        "-m comment --comment 'LB health check' -j ACCEPT");
    const QString nft = QStringLiteral(
        "nft insert rule inet filter input ip saddr 100.64.0.0/10 tcp dport 80 ct state new,established accept");
    const QString url = QStringLiteral(
        "curl -v -0 -X HEAD -H 'Host: www.example.com' http://10.0.0.5:8080/very/long/health/check/path/index.html");
    for (const int width : {760, 520, 300}) {
        QTest::addRow("iptables-%d", width) << conntrack << width;
        QTest::addRow("nft-%d", width) << nft << width;
        QTest::addRow("curl-%d", width) << url << width;
    }
}

// A long command wraps between arguments, never inside `--ctstate` or a path, and Copy gives the
// exact one-line command whatever the wrapping.
void TestCommandBox::wrapsOnlyBetweenArguments()
{
    QFETCH(QString, command);
    QFETCH(int, width);
    CommandBox box(command);
    box.resize(width, 200);
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    QCoreApplication::processEvents();
    const QStringList lines = box.textView()->displayedLines();
    if (width < 600)
        QVERIFY2(lines.size() > 1, qPrintable(lines.join(QLatin1Char('|'))));
    const QStringList arguments = command.split(QLatin1Char(' '));
    const QFontMetrics metrics = box.textView()->fontMetrics();
    const int room = box.textView()->viewport()->width() - 2 * int(box.textView()->document()->documentMargin());
    for (const QString &line : lines) {
        // Every line is whole arguments: the line, trimmed, split at spaces, gives arguments of the
        // command; only an argument wider than the box itself may be cut.
        for (const QString &piece : line.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const bool tooWide = std::any_of(arguments.cbegin(), arguments.cend(), [&](const QString &a) {
                return a.contains(piece) && metrics.horizontalAdvance(a) > room;
            });
            QVERIFY2(arguments.contains(piece) || tooWide,
                     qPrintable(QStringLiteral("\"%1\" is not a whole argument; lines: %2")
                                    .arg(piece, lines.join(QStringLiteral(" | ")))));
        }
    }
    QCOMPARE(lines.join(QString()), command);
    // The whole command is visible: the box is as high as its lines.
    QVERIFY(box.textView()->height() >= lines.size() * box.textView()->fontMetrics().lineSpacing());
    QApplication::clipboard()->clear();
    QTest::mouseClick(box.copyButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), command);
}

// Selecting the shown text with the mouse and copying gives the command, without the invisible
// characters that keep arguments whole on screen.
void TestCommandBox::selectionCopiesTheCommand()
{
    const QString command = QStringLiteral("iptables -I INPUT -m conntrack --ctstate NEW -j ACCEPT");
    CommandBox box(command);
    box.resize(300, 200);
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    box.textView()->selectAll();
    QApplication::clipboard()->clear();
    box.textView()->copy();
    QCOMPARE(QApplication::clipboard()->text(), command);
    QVERIFY(CommandText::joined(command) != command);
    QCOMPARE(CommandText::unjoined(CommandText::joined(command)), command);
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
