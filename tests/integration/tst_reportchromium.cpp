// Opens the HTML report in headless Chromium (Debian package `chromium`): the DOM Chromium builds
// holds no injected element, a screenshot is saved for review, and printing gives A4 pages.
// The report has no external URL, and Chromium runs with background networking off.
#include "xhtmlcheck.h"

#include "core/profilestore.h"
#include "core/sessionfile.h"
#include "report/htmlreport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include "fixtures.h"

#include <QTest>

namespace {

const QString payload = R"(<script>document.title='PWNED'</script><img src=x onerror="document.title='PWNED'">)";
constexpr int screenshotWidth = 1100;
constexpr int screenshotHeight = 2600;

QString fixture(const QString &name)
{
    return Fixtures::path("reports/" + name);
}

// PNG: 8-byte signature, then the IHDR chunk with big-endian width and height.
QSize pngSize(const QByteArray &png)
{
    if (png.size() < 24 || !png.startsWith("\x89PNG\r\n\x1a\n") || png.mid(12, 4) != "IHDR")
        return {};
    const auto be32 = [&](int at) {
        return (quint32(quint8(png[at])) << 24) | (quint32(quint8(png[at + 1])) << 16)
            | (quint32(quint8(png[at + 2])) << 8) | quint8(png[at + 3]);
    };
    return QSize(int(be32(16)), int(be32(20)));
}

} // namespace

class TestReportChromium : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void domHasNoInjectedElements();
    void screenshotForReview();
    void printsOnA4();

private:
    QByteArray runChromium(const QStringList &extra, int *exitCode);

    QString m_chromium;
    QTemporaryDir m_dir;
    QString m_html;
    qsizetype m_steps = 0;
};

void TestReportChromium::initTestCase()
{
    for (const QString name : {"chromium", "chromium-browser"}) {
        m_chromium = QStandardPaths::findExecutable(name);
        if (!m_chromium.isEmpty())
            break;
    }
    if (m_chromium.isEmpty())
        QSKIP(
            "chromium is not installed (Debian package `chromium`, listed in installer/deps-debian.sh): the report is not opened in a browser");
    QVERIFY(m_dir.isValid());

    ProfileStore store;
    store.loadAll();
    auto s = SessionFile::load(fixture("firewall-drop.lbdoctor.json"), store);
    QVERIFY2(s, qPrintable(s.error()));
    // Hostile input where a customer or a pasted file controls it, and one huge raw output.
    s->context.target.domain = payload;
    s->context.target.path = "/health?x=" + payload;
    s->findings[3].summary = payload;
    s->findings[4].raw = payload + "\n" + s->findings[4].raw;
    s->findings[1].raw += QString("-A INPUT -s 198.51.100.0/24 -p tcp -m tcp --dport 8443 -j ACCEPT\n").repeated(8000);
    m_steps = s->findings.size();
    m_html = m_dir.filePath("report.html");
    QFile f(m_html);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(HtmlReport().render(*s));
}

QByteArray TestReportChromium::runChromium(const QStringList &extra, int *exitCode)
{
    QTemporaryDir profile; // a fresh browser profile per run: nothing carried over
    QProcess p;
    p.setProgram(m_chromium);
    p.setArguments(QStringList{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                               "--disable-background-networking", "--disable-component-update", "--disable-sync",
                               "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile.path()}
                   + extra + QStringList{QUrl::fromLocalFile(m_html).toString()});
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start();
    if (!p.waitForFinished(45000)) {
        p.kill();
        p.waitForFinished(5000);
        *exitCode = -1;
        return {};
    }
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    if (*exitCode != 0)
        qWarning("chromium: %s", p.readAllStandardError().right(2000).constData());
    return p.readAllStandardOutput();
}

void TestReportChromium::domHasNoInjectedElements()
{
    int exitCode = 0;
    const QString dom = QString::fromUtf8(runChromium({"--dump-dom"}, &exitCode));
    QCOMPARE(exitCode, 0);
    // Chromium serialises the DOM it built: an element the payload created would appear as a tag.
    QVERIFY(dom.contains("<article", Qt::CaseInsensitive));
    QCOMPARE(dom.count(QRegularExpression("<article\\b")), int(m_steps));
    QCOMPARE(dom.count(QRegularExpression("<script\\b", QRegularExpression::CaseInsensitiveOption)), 0);
    QCOMPARE(dom.count(QRegularExpression("<img\\b", QRegularExpression::CaseInsensitiveOption)), 0);
    QVERIFY(!dom.contains("<title>PWNED</title>"));
    // The payload is there as text, which the serialiser escapes again.
    QVERIFY(dom.contains("&lt;script&gt;document.title='PWNED'&lt;/script&gt;"));
    QVERIFY(dom.contains("<details"));
    QVERIFY(dom.contains("Cut: the first 256 KiB"));
}

void TestReportChromium::screenshotForReview()
{
    const QString review = QCoreApplication::applicationDirPath() + "/review";
    QVERIFY(QDir().mkpath(review));
    const QString png = review + "/report-chromium.png";
    QFile::remove(png);
    int exitCode = 0;
    runChromium({"--screenshot=" + png, QString("--window-size=%1,%2").arg(screenshotWidth).arg(screenshotHeight)},
                &exitCode);
    QCOMPARE(exitCode, 0);
    QFile f(png);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(png));
    const QByteArray bytes = f.readAll();
    QCOMPARE(pngSize(bytes), QSize(screenshotWidth, screenshotHeight));
    // A blank page compresses to almost nothing; a rendered report does not.
    QVERIFY2(bytes.size() > 50 * 1024, qPrintable(QString::number(bytes.size())));
    qInfo("screenshot for review: %s", qPrintable(png));
}

void TestReportChromium::printsOnA4()
{
    const QString pdf = m_dir.filePath("printed.pdf");
    int exitCode = 0;
    runChromium({"--print-to-pdf=" + pdf, "--no-pdf-header-footer"}, &exitCode);
    QCOMPARE(exitCode, 0);
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromLatin1(f.readAll());
    QVERIFY(text.startsWith("%PDF-"));
    // @page { size: A4 }: 595 x 842 points on every page.
    static const QRegularExpression mediaBox(R"(/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\])");
    auto it = mediaBox.globalMatch(text);
    int pages = 0;
    while (it.hasNext()) {
        const auto m = it.next();
        QVERIFY2(qAbs(m.captured(1).toDouble() - 595.3) < 1.5 && qAbs(m.captured(2).toDouble() - 841.9) < 1.5,
                 qPrintable(m.captured(0)));
        ++pages;
    }
    QVERIFY(pages >= 1);
    const QString review = QCoreApplication::applicationDirPath() + "/review/report-chromium-print.pdf";
    QFile::remove(review);
    QFile::copy(pdf, review);
}

QTEST_GUILESS_MAIN(TestReportChromium)
#include "tst_reportchromium.moc"
