// The CLI's plain-text table (app/cli/textformat.cpp): columns line up in terminal columns, also
// when cells hold Chinese (two columns per character, as East Asian Width "W" says).
#include "cli/textformat.h"

#include "core/profilestore.h"
#include "core/session.h"
#include "core/translation.h"

#include <QCoreApplication>
#include <QTest>

class TestTextFormat : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void displayWidth_data();
    void displayWidth();
    void padding_data();
    void padding();
    void tableColumnsAlign_data();
    void tableColumnsAlign();

private:
    ProfileStore m_store;
};

void TestTextFormat::initTestCase()
{
    m_store.loadAll();
    QVERIFY(m_store.find("alibaba"));
}

void TestTextFormat::cleanupTestCase()
{
    Translation::install(*QCoreApplication::instance(), "en");
}

void TestTextFormat::displayWidth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("columns");
    // Widths from Unicode's EastAsianWidth.txt: Han, kana, Hangul syllables and fullwidth forms are
    // W/F (2 columns); Latin, box drawing and the ideographic-looking but narrow U+FF61 are 1.
    QTest::newRow("empty") << "" << 0;
    QTest::newRow("ascii") << "firewall" << 8;
    QTest::newRow("han") << QString::fromUtf8("失败") << 4;
    QTest::newRow("mixed") << QString::fromUtf8("[XX] 失败") << 9;
    QTest::newRow("cjk punctuation") << QString::fromUtf8("端口：80。") << 10;
    QTest::newRow("fullwidth digits") << QString::fromUtf8("\uFF18\uFF10") << 4;
    QTest::newRow("halfwidth katakana") << QString::fromUtf8("\uFF71\uFF72") << 2;
    QTest::newRow("kana") << QString::fromUtf8("ポート") << 6;
    QTest::newRow("hangul") << QString::fromUtf8("포트") << 4;
    QTest::newRow("combining accent") << QString::fromUtf8("e\u0301") << 1;
    QTest::newRow("zero width space") << QString::fromUtf8("a\u200Bb") << 2;
    QTest::newRow("emoji outside the BMP") << QString::fromUtf8("\U0001F600!") << 3;
    QTest::newRow("han extension B outside the BMP") << QString::fromUtf8("\U00020000") << 2;
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << 1;
    QTest::newRow("tab is not printed") << "a\tb" << 2;
}

void TestTextFormat::displayWidth()
{
    QFETCH(QString, text);
    QFETCH(int, columns);
    QCOMPARE(TextFormat::displayWidth(text), columns);
}

void TestTextFormat::padding_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("columns");
    QTest::addColumn<QString>("right");
    QTest::addColumn<QString>("left");
    QTest::newRow("ascii") << "tcp" << 6 << "tcp   "
                           << "   tcp";
    // Two characters of four columns need two spaces to fill six, not four.
    QTest::newRow("han") << QString::fromUtf8("步骤") << 6 << QString::fromUtf8("步骤  ")
                         << QString::fromUtf8("  步骤");
    QTest::newRow("wider than the column is kept whole")
        << QString::fromUtf8("健康检查端口") << 6 << QString::fromUtf8("健康检查端口")
        << QString::fromUtf8("健康检查端口");
}

void TestTextFormat::padding()
{
    QFETCH(QString, text);
    QFETCH(int, columns);
    QFETCH(QString, right);
    QFETCH(QString, left);
    QCOMPARE(TextFormat::padRight(text, columns), right);
    QCOMPARE(TextFormat::padLeft(text, columns), left);
}

void TestTextFormat::tableColumnsAlign_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << "en";
    QTest::newRow("Chinese") << "zh_CN";
}

void TestTextFormat::tableColumnsAlign()
{
    QFETCH(QString, language);
    QCOMPARE(Translation::install(*QCoreApplication::instance(), language), language);

    Session s;
    s.context.profile = *m_store.find("alibaba");
    s.context.variant = *s.context.profile.variant({});
    TargetInput input;
    input.listener = "tcp";
    input.host = "10.0.0.5";
    input.port = "80";
    const TargetValidation v = TargetValidator::validate(input);
    QVERIFY2(v.ok(), qPrintable(v.errorText()));
    s.context.target = v.target;
    // Summaries in both scripts; statuses of different word lengths (PASS / UNKNOWN; 通过 / 未知).
    QList<Finding> findings{Finding::make("tcp", Status::Fail, QString::fromUtf8("连接 10.0.0.5:80 超时")),
                            Finding::make("firewall", Status::Pass, "iptables allows all of 100.64.0.0/10"),
                            Finding::make("load", Status::Unknown, QString::fromUtf8("未知，因为没有粘贴输出"))};
    findings[0].durationMs = 5003;
    findings[1].durationMs = 2;
    s.findings = findings;

    const QStringList lines = TextFormat::session(s).split('\n');
    // The table: header then one row per finding, each starting with two spaces of indent. The
    // summary column starts after indent 2 + status 13 + space 1 + step 12 + time 9 + gap 2.
    const int summaryColumn = 2 + 13 + 1 + 12 + 9 + 2;
    const QString header = QCoreApplication::translate("TextFormat", "SUMMARY");
    const qsizetype first = lines.indexOf(
        QStringLiteral("  ") + TextFormat::padRight(QCoreApplication::translate("TextFormat", "STATUS"), 13)
        + QLatin1Char(' ') + TextFormat::padRight(QCoreApplication::translate("TextFormat", "STEP"), 12)
        + TextFormat::padLeft(QCoreApplication::translate("TextFormat", "TIME"), 9) + "  " + header);
    QVERIFY2(first > 0, qPrintable(lines.join('\n')));
    QVERIFY(first + qsizetype(findings.size()) < lines.size());
    const QStringList table = lines.mid(first, 1 + findings.size());
    QVERIFY(lines[first + findings.size() + 1].isEmpty()); // the table ends with an empty line
    for (qsizetype i = 0; i < table.size(); ++i) {
        const QString &line = table[i];
        const QString last = i == 0 ? header : findings[i - 1].summary;
        QVERIFY2(line.endsWith(last), qPrintable(line));
        QVERIFY2(TextFormat::displayWidth(line.left(line.size() - last.size())) == summaryColumn, qPrintable(line));
    }
    // The time column is right-aligned: its last digit ends where the summary gap begins.
    for (const QString &line : lines) {
        if (line.contains(" 5003 ms  "))
            QCOMPARE(TextFormat::displayWidth(line.left(line.indexOf(" 5003 ms  ") + 8)), summaryColumn - 2);
    }
}

QTEST_GUILESS_MAIN(TestTextFormat)
#include "tst_textformat.moc"
