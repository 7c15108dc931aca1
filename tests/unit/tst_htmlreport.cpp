#include "xhtmlcheck.h"

#include "core/profilestore.h"
#include "core/sessionfile.h"
#include "report/htmlreport.h"
#include "report/jsonreport.h"

#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include "fixtures.h"

#include <QTest>

#include <functional>

namespace {

const QString payload =
    R"x(<script>alert(1)</script><img src=x onerror="alert(2)"><a href='javascript:alert(3)'>&amp;</a>]]><!--)x";

// Everything the report may contain; an injected element would show up as something else.
const QSet<QString> allowedElements{
    "html",  "head", "meta", "title",   "style",   "body",    "header",  "h1",  "h2",     "h3",   "table", "thead",
    "tbody", "tr",   "th",   "td",      "main",    "section", "article", "p",   "strong", "span", "code",  "pre",
    "ol",    "ul",   "li",   "details", "summary", "div",     "footer",  "svg", "circle", "path"};
const QSet<QString> allowedAttributes{"lang",        "charset",   "http-equiv",  "content", "name",   "class",
                                      "id",          "scope",     "style",       "width",   "height", "viewBox",
                                      "aria-hidden", "focusable", "cx",          "cy",      "r",      "fill",
                                      "d",           "stroke",    "stroke-width"};

QString fixture(const QString &name)
{
    return Fixtures::path("reports/" + name);
}

// The structural rules every report obeys, whatever went into it.
void checkStructure(const XhtmlDocument &doc)
{
    QVERIFY2(doc.error.isEmpty(), qPrintable(doc.error));
    QCOMPARE(doc.all("html").size(), 1);
    QCOMPARE(doc.all("head").size(), 1);
    QCOMPARE(doc.all("body").size(), 1);
    QCOMPARE(doc.all("title").size(), 1);
    for (const XhtmlElement &e : doc.elements) {
        QVERIFY2(allowedElements.contains(e.name), qPrintable("unexpected element <" + e.name + ">"));
        for (auto it = e.attributes.cbegin(); it != e.attributes.cend(); ++it) {
            QVERIFY2(allowedAttributes.contains(it.key()),
                     qPrintable("unexpected attribute " + it.key() + " on <" + e.name + ">"));
            QVERIFY2(!it.value().contains("://") && !it.value().contains("url(", Qt::CaseInsensitive),
                     qPrintable(it.value()));
        }
    }
    for (const XhtmlElement *style : doc.all("style")) {
        QVERIFY(!style->text.contains("url(", Qt::CaseInsensitive));
        QVERIFY(!style->text.contains("@import"));
    }
}

} // namespace

class TestHtmlReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void escape_data();
    void escape();
    void escapeBudgetNeverSplits();
    void fixtureReport();
    void xssIsEscaped_data();
    void xssIsEscaped();
    void controlCharactersStayWellFormed();
    void rawOutputIsCut();
    void manyHugeOutputsStayUnderTwoMegabytes();
    void emptySession();
    void writtenByExtension();

private:
    Session load();
    ProfileStore m_store;
};

void TestHtmlReport::initTestCase()
{
    m_store.loadAll();
}

Session TestHtmlReport::load()
{
    auto s = SessionFile::load(fixture("firewall-drop.lbdoctor.json"), m_store);
    if (!s)
        qFatal("fixture: %s", qPrintable(s.error()));
    return *s;
}

void TestHtmlReport::escape_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "iptables -L"
                           << "iptables -L";
    QTest::newRow("markup") << "<b>&\"'"
                            << "&lt;b&gt;&amp;&quot;&#39;";
    QTest::newRow("entity stays text") << "&amp;"
                                       << "&amp;amp;";
    QTest::newRow("newline and tab kept") << "a\tb\r\nc"
                                          << "a\tb\r\nc";
    QTest::newRow("NUL and ESC become visible")
        << QString("a") + QChar(0) + "\x1b[31m" << QString("a") + QChar(0x2400) + QChar(0x241b) + "[31m";
    QTest::newRow("DEL") << QString(QChar(0x7f)) << QString(QChar(0x2421));
    QTest::newRow("lone surrogate") << QString(QChar(0xd800)) + "x" << QString(QChar(0xfffd)) + "x";
    QTest::newRow("pair kept") << QString::fromUtf8("\xF0\x9F\x94\xA5") << QString::fromUtf8("\xF0\x9F\x94\xA5");
    QTest::newRow("noncharacter") << QString(QChar(0xffff)) << QString(QChar(0xfffd));
    QTest::newRow("chinese") << QString::fromUtf8("健康检查") << QString::fromUtf8("健康检查");
}

void TestHtmlReport::escape()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(HtmlReport::escape(input), expected);
}

void TestHtmlReport::escapeBudgetNeverSplits()
{
    qsizetype consumed = -1;
    // "&lt;" is 4 bytes: a budget of 6 fits "a" and one reference, not half of the next.
    QCOMPARE(HtmlReport::escape(u"a<<", 6, &consumed), "a&lt;");
    QCOMPARE(consumed, 2);
    // A 4-byte character does not fit 3 bytes, and is not split.
    const QString fire = QString::fromUtf8("\xF0\x9F\x94\xA5");
    QCOMPARE(HtmlReport::escape(QString(fire + fire), 7, &consumed), fire);
    QCOMPARE(consumed, 2);
    QCOMPARE(HtmlReport::escape(u"abc", 0, &consumed), QString());
    QCOMPARE(consumed, 0);
    QCOMPARE(HtmlReport::escape(u"abc", -1, &consumed), "abc");
    QCOMPARE(consumed, 3);
}

void TestHtmlReport::fixtureReport()
{
    const Session s = load();
    const QString html = HtmlReport::document(s, {});
    const XhtmlDocument doc = parseXhtml(html);
    checkStructure(doc);

    // Header: version, profile, variant CIDRs, code rules, target.
    const QString header = doc.all("header").value(0)->text;
    QVERIFY(header.contains(QStringLiteral("LB Doctor " LBDOCTOR_VERSION)));
    QVERIFY(header.contains(s.context.profile.name.text()));
    QVERIFY(header.contains("100.64.0.0/10"));
    QVERIFY(header.contains("2xx,3xx"));
    QVERIFY(header.contains("10.0.0.5"));
    QVERIFY(header.contains("www.example.com"));
    QVERIFY(header.contains("HEAD /health HTTP/1.0"));

    // Summary: verdict word, root cause, fixes in order (the firewall's commands first).
    const auto summary = doc.all("section", "summary-box");
    QCOMPARE(summary.size(), 1);
    QVERIFY(summary[0]->text.contains("UNHEALTHY"));
    QVERIFY(summary[0]->text.contains(Step::titleFor("firewall")));
    const auto fixes = doc.within(doc.indexOf(summary[0]), "li");
    QVERIFY(fixes.size() >= 2);
    QVERIFY(fixes[0]->text.contains(Step::titleFor("firewall")));
    QVERIFY(fixes[0]->text.contains("iptables -I INPUT 1 -s 100.64.0.0/10 -p tcp --dport 80 -j ACCEPT"));
    QVERIFY(fixes[0]->text.indexOf("iptables -I INPUT") < fixes[0]->text.indexOf("iptables-save"));
    // The timeouts the firewall explains come after it.
    QVERIFY(fixes[1]->text.contains(Step::titleFor("tcp")) || fixes[1]->text.contains(Step::titleFor("http")));

    // One article per finding, in order, each with an icon, its status word and summary.
    const auto steps = doc.all("article", "step");
    QCOMPARE(steps.size(), s.findings.size());
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const Finding &f = s.findings[i];
        const qsizetype at = doc.indexOf(steps[i]);
        QCOMPARE(doc.within(at, "svg").size(), 1);
        const auto status = doc.within(at, "span", "status");
        QVERIFY(!status.isEmpty());
        QCOMPARE(status[0]->text, statusWord(f.status));
        QVERIFY(steps[i]->hasClass("st-" + statusId(f.status)));
        QVERIFY(steps[i]->text.contains(f.summary));
        for (const QString &e : f.evidence)
            QVERIFY(steps[i]->text.contains(e));
        // Raw output folds away in <details>, complete here because it is small.
        const auto details = doc.within(at, "details");
        QCOMPARE(details.size(), f.raw.isEmpty() ? 0 : 1);
        if (!f.raw.isEmpty()) {
            QCOMPARE(doc.within(doc.indexOf(details[0]), "summary").size(), 1);
            QString raw = f.raw;
            QCOMPARE(doc.within(doc.indexOf(details[0]), "pre", "raw").value(0)->text, raw.replace("\r\n", "\n"));
        }
    }
    QVERIFY(steps[1]->text.contains("ROOT CAUSE"));
    QVERIFY(!steps[3]->text.contains("ROOT CAUSE"));
    // Prints on A4.
    QVERIFY(doc.all("style").value(0)->text.contains("size: A4"));
    QVERIFY(doc.all("style").value(0)->text.contains("@media print"));
}

void TestHtmlReport::xssIsEscaped_data()
{
    QTest::addColumn<std::function<void(Session &)>>("inject");
    using S = Session &;
    QTest::newRow("target host") << std::function([](S s) {
        s.context.target.host = payload;
        s.context.target.address.clear();
    });
    QTest::newRow("target domain") << std::function([](S s) { s.context.target.domain = payload; });
    QTest::newRow("target path") << std::function([](S s) { s.context.target.path = payload; });
    QTest::newRow("target source cidr") << std::function([](S s) { s.context.target.sourceCidr = payload; });
    QTest::newRow("target interface") << std::function([](S s) { s.context.target.interfaceName = payload; });
    QTest::newRow("profile name") << std::function([](S s) { s.context.profile.name = LocalizedText(payload); });
    QTest::newRow("profile id") << std::function([](S s) { s.context.profile.id = payload; });
    QTest::newRow("variant name") << std::function([](S s) { s.context.variant.name = LocalizedText(payload); });
    QTest::newRow("variant cidr") << std::function([](S s) { s.context.variant.cidrs = {payload}; });
    QTest::newRow("http method") << std::function([](S s) { s.context.variant.http.method = payload; });
    QTest::newRow("finding step") << std::function([](S s) { s.findings[0].step = payload; });
    QTest::newRow("finding kind") << std::function([](S s) { s.findings[2].kind = payload; });
    QTest::newRow("finding summary") << std::function([](S s) { s.findings[3].summary = payload; });
    QTest::newRow("root cause summary") << std::function([](S s) { s.findings[1].summary = payload; });
    QTest::newRow("finding evidence") << std::function([](S s) { s.findings[1].evidence << payload; });
    QTest::newRow("finding fix") << std::function([](S s) { s.findings[1].fix = payload; });
    QTest::newRow("finding command") << std::function([](S s) { s.findings[1].commands << payload; });
    QTest::newRow("finding raw") << std::function([](S s) { s.findings[4].raw = payload + "\n" + payload; });
    QTest::newRow("range cidr") << std::function([](S s) { s.findings[1].ranges[0].cidr = payload; });
    QTest::newRow("range decided by") << std::function([](S s) { s.findings[1].ranges[0].decidedBy = payload; });
}

void TestHtmlReport::xssIsEscaped()
{
    QFETCH(std::function<void(Session &)>, inject);
    Session s = load();
    inject(s);
    const QString html = HtmlReport::document(s, {});
    const XhtmlDocument doc = parseXhtml(html);
    checkStructure(doc); // no <script>, <img>, <a>, on* or href: the payload made no markup
    // ...and it is shown to the reader as the text it was.
    QVERIFY2(doc.text().contains(payload), "the payload is visible as text");
    QVERIFY(!html.contains("<script"));
    QVERIFY(!html.contains("<img"));
}

void TestHtmlReport::controlCharactersStayWellFormed()
{
    Session s = load();
    s.findings[2].raw = QString("ok") + QChar(0) + QChar(1) + "\x1b[1m" + QChar(0xdc00) + QChar(0xfffe) + "\r\nend";
    s.findings[2].summary = QString("bell") + QChar(7);
    const XhtmlDocument doc = parseXhtml(HtmlReport::document(s, {}));
    checkStructure(doc);
    QVERIFY(doc.text().contains(QString("ok") + QChar(0x2400) + QChar(0x2401) + QChar(0x241b) + "[1m"));
    QVERIFY(doc.text().contains(QString("bell") + QChar(0x2407)));
}

void TestHtmlReport::rawOutputIsCut()
{
    Session s = load();
    const QString line = "-A INPUT -s 198.51.100.7/32 -p tcp -m tcp --dport 443 -j ACCEPT\n"; // 64 bytes
    s.findings[1].raw = line.repeated(16 * 1024); // 1 MiB
    const QString html = HtmlReport::document(s, {});
    const XhtmlDocument doc = parseXhtml(html);
    checkStructure(doc);
    const auto pres = doc.all("pre", "raw");
    const XhtmlElement *firewallRaw = nullptr;
    for (const XhtmlElement *p : pres) {
        if (p->text.startsWith(line))
            firewallRaw = p;
    }
    QVERIFY(firewallRaw);
    // Within 256 KiB, and whole lines only: the cut is at a line break.
    QVERIFY(firewallRaw->text.toUtf8().size() <= 256 * 1024);
    QVERIFY(firewallRaw->text.toUtf8().size() > 250 * 1024);
    QVERIFY(firewallRaw->text.endsWith('\n'));
    const auto notes = doc.all("p", "note");
    QCOMPARE(notes.size(), 1);
    QVERIFY(notes[0]->text.contains("1.0 MiB"));
    QVERIFY(notes[0]->text.contains("JSON"));
    // The JSON report keeps every byte.
    const QJsonObject json = QJsonDocument::fromJson(JsonReport().render(s)).object();
    QCOMPARE(json["findings"][1]["raw"].toString(), s.findings[1].raw);
}

void TestHtmlReport::manyHugeOutputsStayUnderTwoMegabytes()
{
    Session s = load();
    // Worst case for size: every character of every raw output needs an entity.
    for (Finding &f : s.findings)
        f.raw = QString(2 * 1024 * 1024, '<');
    const QByteArray html = HtmlReport().render(s);
    QVERIFY2(html.size() < 2'000'000, qPrintable(QString::number(html.size())));
    const XhtmlDocument doc = parseXhtml(QString::fromUtf8(html));
    checkStructure(doc);
    // Every step says its raw output was cut (or left out once the report's budget is spent).
    QCOMPARE(doc.all("p", "note").size(), s.findings.size());
}

void TestHtmlReport::emptySession()
{
    Session s = load();
    s.findings.clear();
    s.evidence.clear();
    const XhtmlDocument doc = parseXhtml(HtmlReport::document(s, {}));
    checkStructure(doc);
    QCOMPARE(doc.all("article").size(), 0);
    QVERIFY(doc.all("section", "summary-box").value(0)->text.contains("INCONCLUSIVE"));
}

void TestHtmlReport::writtenByExtension()
{
    QTemporaryDir dir;
    const QString file = dir.filePath("Report.HTML");
    const auto written = ReportFile::write(load(), file);
    QVERIFY2(written, qPrintable(written.error()));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    checkStructure(parseXhtml(QString::fromUtf8(f.readAll())));
    QVERIFY(ReportRegistry::extensions().contains(".html"));
}

QTEST_GUILESS_MAIN(TestHtmlReport)
#include "tst_htmlreport.moc"
