#pragma once

#include "reportwriter.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

struct HtmlReportOptions
{
    enum class Flavor {
        Browser, // a browser: inline SVG icons, <details> for raw output, print CSS for A4
        RichText // QTextDocument (the PDF): no SVG, no <details>, the CSS subset Qt renders
    };
    Flavor flavor = Flavor::Browser;
    qint64 rawLimitBytes = 256 * 1024; // per step, as shown (escaped UTF-8)
    // All raw sections together, so a session with a dozen huge outputs still gives a file
    // that a mail or a ticket carries (under 2 MB).
    qint64 rawBudgetBytes = 1280 * 1024;
};

// One self-contained HTML file for the customer: inline CSS and SVG, no script, no external URL,
// prints on A4. Raw output is cut with a note; the JSON report keeps all of it.
class HtmlReport : public ReportWriter
{
public:
    QString extension() const override { return QStringLiteral("html"); }
    QString description() const override;
    QByteArray render(const Session &session) const override;

    static QString document(const Session &session, const HtmlReportOptions &options);

    // The one escaping function for everything that reaches the markup: & < > " ' become
    // references, and characters XML forbids (controls, lone surrogates) become visible stand-ins,
    // so the output is both safe HTML and well-formed XHTML. With maxBytes >= 0 it stops before its
    // UTF-8 output would exceed maxBytes and reports how much of text it consumed.
    static QString escape(QStringView text, qint64 maxBytes = -1, qsizetype *consumed = nullptr);

    Q_DECLARE_TR_FUNCTIONS(HtmlReport)
};
