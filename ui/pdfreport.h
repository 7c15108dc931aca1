#pragma once

#include <QCoreApplication>

#include "report/htmlreport.h"
#include "report/reportwriter.h"

// The HTML report's content as an A4 PDF, laid out by QTextDocument and written by QPdfWriter.
// Needs QtGui (fonts), so only the GUI build registers it; it renders nothing without a
// QGuiApplication rather than abort.
class PdfReport : public ReportWriter
{
public:
    QString extension() const override { return QStringLiteral("pdf"); }
    QString description() const override;
    QByteArray render(const Session &session) const override;

    // The HTML that the PDF lays out: the rich-text flavour, with raw output cut harder,
    // because every shown byte becomes printed paper.
    static HtmlReportOptions htmlOptions();

    Q_DECLARE_TR_FUNCTIONS(PdfReport)
};
