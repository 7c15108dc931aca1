#include "pdfreport.h"

#include "core/session.h"
#include "report/reportcontent.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

LBDOCTOR_REGISTER_REPORT(PdfReport)

QString PdfReport::description() const
{
    return PdfReport::tr("PDF report");
}

HtmlReportOptions PdfReport::htmlOptions()
{
    HtmlReportOptions options;
    options.flavor = HtmlReportOptions::Flavor::RichText;
    options.rawLimitBytes = 32 * 1024;
    options.rawBudgetBytes = 256 * 1024;
    return options;
}

QByteArray PdfReport::render(const Session &session) const
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(14, 14, 14, 14),
                                         QPageLayout::Millimeter));
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("LB Doctor %1").arg(QStringLiteral(LBDOCTOR_VERSION)));
        writer.setTitle(ReportContent(session).title());

        QTextDocument document;
        document.setHtml(HtmlReport::document(session, htmlOptions()));
        document.print(&writer);
    }
    buffer.close();
    return bytes;
}
