// The PDF report (GUI build): registered for .pdf, A4, and the same content as the HTML report.
#include "pdfreport.h"

#include "core/profilestore.h"
#include "core/sessionfile.h"
#include "report/reportcontent.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include "fixtures.h"

#include <QTest>
#include <QTextDocument>

namespace {

QString fixture(const QString &name)
{
    return Fixtures::path("reports/" + name);
}

} // namespace

class TestPdfReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void registeredForPdf();
    void writesA4Pdf();
    void sameContentAsHtml();
    void hostileTextIsText();

private:
    Session m_session;
    ProfileStore m_store;
};

void TestPdfReport::initTestCase()
{
    m_store.loadAll();
    const auto s = SessionFile::load(fixture("firewall-drop.lbdoctor.json"), m_store);
    QVERIFY2(s, qPrintable(s.error()));
    m_session = *s;
}

void TestPdfReport::registeredForPdf()
{
    const ReportWriter *writer = ReportRegistry::forFileName("/tmp/customer.PDF");
    QVERIFY(writer);
    QVERIFY(dynamic_cast<const PdfReport *>(writer));
    QVERIFY(ReportRegistry::extensions().contains(".pdf"));
}

void TestPdfReport::writesA4Pdf()
{
    const QByteArray pdf = PdfReport().render(m_session);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    // A4 is 595 x 842 points; every page uses it.
    static const QRegularExpression mediaBox(R"(/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\])");
    auto it = mediaBox.globalMatch(QString::fromLatin1(pdf));
    int boxes = 0;
    while (it.hasNext()) {
        const auto m = it.next();
        QVERIFY2(qAbs(m.captured(1).toDouble() - 595.3) < 1.0, qPrintable(m.captured(0)));
        QVERIFY2(qAbs(m.captured(2).toDouble() - 841.9) < 1.0, qPrintable(m.captured(0)));
        ++boxes;
    }
    QVERIFY(boxes >= 1);
    // Nine steps with raw output do not fit one page.
    const qsizetype pages = QString::fromLatin1(pdf).count(QRegularExpression("/Type\\s*/Page[^s]"));
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
    // Saved next to the tests for review.
    const QString review = QCoreApplication::applicationDirPath() + "/review";
    QDir().mkpath(review);
    QFile out(review + "/report.pdf");
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(pdf);
    qInfo("PDF for review: %s (%lld pages, %lld bytes)", qPrintable(out.fileName()), static_cast<long long>(pages),
          static_cast<long long>(pdf.size()));

    // No PDF rasteriser on the build machine: the first page's layout, drawn the same way at 96 dpi.
    QTextDocument document;
    document.setHtml(HtmlReport::document(m_session, PdfReport::htmlOptions()));
    const QSize a4(794, 1123);
    const int margin = 53; // 14 mm
    document.setTextWidth(a4.width() - 2 * margin);
    QImage page(a4, QImage::Format_RGB32);
    page.fill(Qt::white);
    {
        QPainter painter(&page);
        painter.translate(margin, margin);
        document.drawContents(&painter, QRectF(0, 0, a4.width() - 2 * margin, a4.height() - 2 * margin));
    }
    QVERIFY(page.save(review + "/report-pdf-page1.png"));
}

void TestPdfReport::sameContentAsHtml()
{
    // The PDF is this document printed; its text is what the reader gets.
    QTextDocument document;
    document.setHtml(HtmlReport::document(m_session, PdfReport::htmlOptions()));
    const QString text = document.toPlainText();
    const ReportContent content(m_session);
    QVERIFY(text.contains(content.title()));
    for (const ReportFact &f : content.facts()) {
        if (f.label == "Report created")
            continue; // written at render time
        QVERIFY2(text.contains(f.label) && text.contains(f.value), qPrintable(f.label + ": " + f.value));
    }
    QVERIFY(text.contains("UNHEALTHY"));
    QVERIFY(text.contains(content.diagnosis().rootReason.left(60)));
    for (const ReportFix &fix : content.fixes()) {
        for (const QString &c : fix.commands)
            QVERIFY2(text.contains(c), qPrintable(c));
    }
    for (const Finding &f : m_session.findings) {
        QVERIFY2(text.contains(Step::titleFor(f.step)), qPrintable(f.step));
        QVERIFY2(text.contains(statusWord(f.status)), qPrintable(f.step));
        QVERIFY2(text.contains(f.summary), qPrintable(f.summary));
        for (const QString &e : f.evidence)
            QVERIFY(text.contains(e));
        // Raw output is printed too (the fixture's is small enough to print whole).
        const QString firstLine = f.raw.section('\n', 0, 0).trimmed();
        if (!firstLine.isEmpty())
            QVERIFY2(text.contains(firstLine), qPrintable(firstLine));
    }
}

void TestPdfReport::hostileTextIsText()
{
    Session s = m_session;
    const QString payload = "<b>bold?</b><img src=\"file:///etc/passwd\"><a href=\"http://example.invalid\">x</a>";
    s.findings[3].summary = payload;
    s.findings[4].raw = payload;
    QTextDocument document;
    document.setHtml(HtmlReport::document(s, PdfReport::htmlOptions()));
    // The TCP summary shows in its step and in the root cause's reason (the firewall explains it); the raw once.
    QCOMPARE(document.toPlainText().count(payload), 3);
    QVERIFY(!document.toHtml().contains("<img"));
    QVERIFY(PdfReport().render(s).startsWith("%PDF-"));
}

QTEST_MAIN(TestPdfReport)
#include "tst_pdfreport.moc"
