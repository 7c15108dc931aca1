#include "core/profilestore.h"
#include "core/sessionfile.h"
#include "report/markdownreport.h"

#include <QRegularExpression>
#include "fixtures.h"

#include <QTest>

namespace {

QString fixture(const QString &name)
{
    return Fixtures::path("reports/" + name);
}

// The fenced code blocks of a Markdown document, as CommonMark reads them: an opening fence of
// n >= 3 backticks is closed only by a line of at least n backticks and nothing else.
QStringList codeBlocks(const QString &markdown)
{
    QStringList blocks;
    const QStringList lines = markdown.split('\n');
    static const QRegularExpression fence("^( {0,3})(`{3,})\\s*$");
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto open = fence.match(lines[i]);
        if (!open.hasMatch())
            continue;
        const qsizetype width = open.captured(2).size();
        QStringList body;
        qsizetype j = i + 1;
        for (; j < lines.size(); ++j) {
            const QString trimmed = lines[j].trimmed();
            if (trimmed.size() >= width && trimmed == QString(trimmed.size(), '`'))
                break;
            body << lines[j].mid(open.captured(1).size());
        }
        blocks << body.join('\n');
        i = j;
    }
    return blocks;
}

} // namespace

class TestMarkdownReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_store.loadAll(); }
    void inlineText_data();
    void inlineText();
    void codeBlockCannotBeClosedByContent_data();
    void codeBlockCannotBeClosedByContent();
    void fixtureReport();
    void rawIsCutForTickets();

private:
    Session load()
    {
        auto s = SessionFile::load(fixture("firewall-drop.lbdoctor.json"), m_store);
        if (!s)
            qFatal("fixture: %s", qPrintable(s.error()));
        return *s;
    }
    ProfileStore m_store;
};

void TestMarkdownReport::inlineText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain address stays readable") << "10.0.0.5:80 100.64.0.0/10"
                                                  << "10.0.0.5:80 100.64.0.0/10";
    QTest::newRow("html is not html") << "<img src=x onerror=alert(1)>"
                                      << "\\<img src=x onerror=alert(1)\\>";
    QTest::newRow("emphasis and code") << "*a* _b_ `c`"
                                       << "\\*a\\* \\_b\\_ \\`c\\`";
    QTest::newRow("link") << "[click](javascript:x)"
                          << "\\[click\\](javascript:x)";
    QTest::newRow("image") << "![x](y)"
                           << "\\!\\[x\\](y)";
    QTest::newRow("table pipe") << "a|b"
                                << "a\\|b";
    QTest::newRow("heading at start") << "# no"
                                      << "\\# no";
    QTest::newRow("list marker at start") << "- item"
                                          << "\\- item";
    QTest::newRow("ordered marker at start") << "12. item"
                                             << "12\\. item";
    QTest::newRow("dash inside stays") << "drop-in 1.2"
                                       << "drop-in 1.2";
    QTest::newRow("entity") << "&amp;"
                            << "\\&amp;";
    QTest::newRow("newlines become spaces") << "a\r\nb\nc"
                                            << "a b c";
    QTest::newRow("backslash") << "C:\\Windows"
                               << "C:\\\\Windows";
    QTest::newRow("control visible") << QString("a") + QChar(0x1b) << QString("a") + QChar(0x241b);
}

void TestMarkdownReport::inlineText()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(MarkdownReport::inlineText(input), expected);
}

void TestMarkdownReport::codeBlockCannotBeClosedByContent_data()
{
    QTest::addColumn<QString>("content");
    QTest::newRow("plain") << "iptables -L -n";
    QTest::newRow("triple backticks inside") << "before\n```\n# not a heading\n```\nafter";
    QTest::newRow("long fence inside") << "``````\nx";
    QTest::newRow("ends with backticks") << "x ``";
}

void TestMarkdownReport::codeBlockCannotBeClosedByContent()
{
    QFETCH(QString, content);
    const QString block = MarkdownReport::codeBlock(content);
    QCOMPARE(codeBlocks(block), QStringList{content});
    const QString indented = MarkdownReport::codeBlock(content, "   ");
    QCOMPARE(codeBlocks(indented), QStringList{content});
}

void TestMarkdownReport::fixtureReport()
{
    Session s = load();
    s.findings[3].summary = "<script>alert(1)</script> | **bold**";
    s.findings[4].raw = "```\n</details><script>alert(2)</script>\n```";
    const QString md = MarkdownReport::document(s);
    QVERIFY(md.startsWith("# "));
    // Header table: version, CIDR, code rule, target.
    QVERIFY(md.contains(QStringLiteral("LB Doctor " LBDOCTOR_VERSION)));
    QVERIFY(md.contains("| 100.64.0.0/10 |"));
    QVERIFY(md.contains("2xx,3xx"));
    // Verdict and root cause with status word and symbol, not colour.
    // Issue 13: a verdict with steps not verified says "as far as checked" and lists them.
    QVERIFY(md.contains("**Verdict: UNHEALTHY**") || md.contains("**Verdict: UNHEALTHY as far as checked**"));
    if (md.contains("as far as checked"))
        QVERIFY(md.contains("Not verified (NOT RUN)"));
    QVERIFY(md.contains("`[XX]` **FAIL** " + MarkdownReport::inlineText(Step::titleFor("firewall"))));
    // Fix commands in order, each in a code block that survives pasting.
    const QStringList blocks = codeBlocks(md);
    const qsizetype first = blocks.indexOf(
        "iptables -I INPUT 1 -s 100.64.0.0/10 -p tcp --dport 80 -j ACCEPT\niptables-save > /etc/iptables/rules.v4");
    QVERIFY(first >= 0);
    // The hostile summary is text; the hostile raw output stays inside its block.
    QVERIFY(md.contains("\\<script\\>alert(1)\\</script\\> \\| \\*\\*bold\\*\\*"));
    QCOMPARE(md.count("<script>"), blocks.join('\n').count("<script>"));
    QVERIFY(blocks.contains(s.findings[4].raw));
    // One section per step.
    QCOMPARE(md.count(QRegularExpression("^### ", QRegularExpression::MultilineOption)),
             s.findings.size() + 1); // + "Fix, in this order"
}

void TestMarkdownReport::rawIsCutForTickets()
{
    Session s = load();
    s.findings[1].raw = QString("-A INPUT -j DROP\n").repeated(10000); // 170 000 bytes
    const QString md = MarkdownReport::document(s);
    const QStringList blocks = codeBlocks(md);
    const auto it = std::find_if(blocks.cbegin(), blocks.cend(),
                                 [](const QString &b) { return b.startsWith("-A INPUT -j DROP\n"); });
    QVERIFY(it != blocks.cend());
    QVERIFY(it->toUtf8().size() <= MarkdownReport::rawLimitBytes);
    QVERIFY(md.contains("166 KiB"));
}

QTEST_GUILESS_MAIN(TestMarkdownReport)
#include "tst_markdownreport.moc"
