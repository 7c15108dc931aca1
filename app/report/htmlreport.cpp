#include "htmlreport.h"

#include "reportcontent.h"

#include "core/localizedtext.h"
#include "core/session.h"

#include <QCoreApplication>

LBDOCTOR_REGISTER_REPORT(HtmlReport)

namespace {

// Long enough for any honest evidence list; a hostile one must not blow up the file.
constexpr qsizetype maxEvidenceLines = 200;
constexpr qint64 maxFieldBytes = 16 * 1024;

QString esc(QStringView text)
{
    return HtmlReport::escape(text, maxFieldBytes);
}

const char *statusColour(Status status)
{
    switch (status) {
    case Status::Pass: return "#1a7f37";
    case Status::Fail: return "#cf222e";
    case Status::Warn: return "#9a6700";
    case Status::Skip: return "#6e7781";
    case Status::Unknown: return "#8250df";
    }
    return "#6e7781";
}

// Drawn shapes differ per status too (check, cross, triangle, dash, question mark), so the
// icon reads without colour; the status word next to it always does.
QString icon(Status status, int size = 20)
{
    QString shape;
    const QString c = QString::fromLatin1(statusColour(status));
    switch (status) {
    case Status::Pass:
        shape =
            QStringLiteral(
                "<circle cx=\"8\" cy=\"8\" r=\"7.5\" fill=\"%1\"/><path d=\"M4.5 8.3l2.4 2.4 4.6-5\" fill=\"none\" stroke=\"#fff\" stroke-width=\"1.8\"/>")
                .arg(c);
        break;
    case Status::Fail:
        shape =
            QStringLiteral(
                "<circle cx=\"8\" cy=\"8\" r=\"7.5\" fill=\"%1\"/><path d=\"M5 5l6 6M11 5l-6 6\" fill=\"none\" stroke=\"#fff\" stroke-width=\"1.8\"/>")
                .arg(c);
        break;
    case Status::Warn:
        shape =
            QStringLiteral(
                "<path d=\"M8 0.8l7.6 14H0.4z\" fill=\"%1\"/><path d=\"M8 5.5v4.5M8 11.6v1.6\" fill=\"none\" stroke=\"#fff\" stroke-width=\"1.8\"/>")
                .arg(c);
        break;
    case Status::Skip:
        shape =
            QStringLiteral(
                "<circle cx=\"8\" cy=\"8\" r=\"7.5\" fill=\"%1\"/><path d=\"M4.5 8h7\" fill=\"none\" stroke=\"#fff\" stroke-width=\"1.8\"/>")
                .arg(c);
        break;
    case Status::Unknown:
        shape =
            QStringLiteral(
                "<circle cx=\"8\" cy=\"8\" r=\"7.5\" fill=\"%1\"/><path d=\"M5.9 6.1a2.1 2.1 0 1 1 2.9 1.9c-.6.3-.8.7-.8 1.3v.6M8 11.5v1.6\" fill=\"none\" stroke=\"#fff\" stroke-width=\"1.6\"/>")
                .arg(c);
        break;
    }
    return QStringLiteral(
               "<svg class=\"icon\" width=\"%1\" height=\"%1\" viewBox=\"0 0 16 16\" aria-hidden=\"true\" focusable=\"false\">%2</svg>")
        .arg(size)
        .arg(shape);
}

Status verdictStatus(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Healthy: return Status::Pass;
    case Verdict::Unhealthy: return Status::Fail;
    case Verdict::Inconclusive: return Status::Unknown;
    }
    return Status::Unknown;
}

const char *browserCss()
{
    return R"css(
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", "WenQuanYi Micro Hei", sans-serif; color: #1f2328; background: #fff;
       margin: 0 auto; padding: 24px; max-width: 60em; line-height: 1.45; font-size: 15px; }
h1 { font-size: 1.5em; margin: 0 0 .6em; }
h2 { font-size: 1.25em; border-bottom: 2px solid #d0d7de; padding-bottom: .2em; margin: 1.4em 0 .6em; }
h3 { font-size: 1.05em; margin: 0 0 .4em; display: flex; align-items: center; gap: .45em; flex-wrap: wrap; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .25em .6em; border-bottom: 1px solid #eaeef2; overflow-wrap: anywhere; }
table.facts th { width: 14em; color: #57606a; font-weight: 600; }
code, pre { font-family: "DejaVu Sans Mono", "Cascadia Mono", Consolas, monospace; font-size: .88em; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; margin: .3em 0; padding: .5em .7em; background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 4px; }
pre.cmd { background: #fff8c5; border-color: #d4a72c; overflow-x: auto; }
pre.cmd span.arg { white-space: pre; }
.icon { flex: none; vertical-align: middle; margin-right: .3em; }
.summary-box h2 { margin-top: 0; }
.status { font-weight: 700; letter-spacing: .04em; }
.summary-box { border: 2px solid #d0d7de; border-radius: 6px; padding: 1em 1.2em; }
.verdict { font-size: 1.3em; display: flex; align-items: center; gap: .5em; margin: 0 0 .3em; }
.v-unhealthy { border-color: #cf222e; } .v-healthy { border-color: #1a7f37; } .v-inconclusive { border-color: #8250df; }
.step { border: 1px solid #d0d7de; border-left-width: 6px; border-radius: 4px; padding: .8em 1em; margin: .8em 0; }
.st-pass { border-left-color: #1a7f37; } .st-fail { border-left-color: #cf222e; } .st-warn { border-left-color: #9a6700; }
.st-skip { border-left-color: #6e7781; } .st-unknown { border-left-color: #8250df; }
.badge { font-size: .8em; font-weight: 700; border: 1px solid #cf222e; color: #cf222e; border-radius: 3px; padding: 0 .35em; }
.meta, .checks, .note { color: #57606a; font-size: .9em; margin: .2em 0; }
.stepsummary { font-weight: 600; margin: .4em 0; }
ul.evidence { margin: .3em 0; padding-left: 1.3em; }
ul.evidence li { overflow-wrap: anywhere; }
figure.timeline { margin: .5em 0; overflow-x: auto; }
figure.timeline svg { max-width: 100%; height: auto; }
table.ranges { font-size: .9em; margin: .4em 0; }
details { margin-top: .4em; }
summary { cursor: pointer; color: #0550ae; }
ol.fixes > li { margin-bottom: .6em; }
footer { margin-top: 2em; color: #57606a; font-size: .85em; border-top: 1px solid #d0d7de; padding-top: .6em; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  .step, .summary-box, table.facts tr, pre.cmd { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  summary { color: #1f2328; }
  pre { border-color: #999; }
}
)css";
}

// The subset of CSS that QTextDocument understands.
const char *richTextCss()
{
    return R"css(
body { font-family: "DejaVu Sans", "WenQuanYi Micro Hei", sans-serif; font-size: 9pt; color: #1f2328; }
h1 { font-size: 15pt; } h2 { font-size: 12pt; margin-top: 14px; } h3 { font-size: 10pt; margin-top: 10px; }
th { text-align: left; color: #57606a; }
pre { font-family: "DejaVu Sans Mono", monospace; font-size: 7.5pt; background-color: #f6f8fa; white-space: pre-wrap; }
pre.cmd { background-color: #fff8c5; }
.meta, .checks, .note, footer { color: #57606a; }
.stepsummary, .status { font-weight: bold; }
.badge { color: #cf222e; font-weight: bold; }
)css";
}

class HtmlBuilder
{
public:
    HtmlBuilder(const Session &session, const HtmlReportOptions &options)
        : m_content(session),
          m_options(options),
          m_rich(options.flavor == HtmlReportOptions::Flavor::RichText)
    { }

    QString build()
    {
        m_out.reserve(64 * 1024);
        head();
        header();
        summary();
        steps();
        m_out += QStringLiteral("<footer><p>") + esc(m_content.footer())
            + QStringLiteral("</p></footer>\n</body>\n</html>\n");
        return m_out;
    }

private:
    void add(const QString &s) { m_out += s; }

    QString statusLabel(Status status) const
    {
        // The word always shows; the icon (browser) or the symbol (rich text) adds a shape.
        const QString word = QStringLiteral("<span class=\"status\" style=\"color: %1\">%2</span>")
                                 .arg(QString::fromLatin1(statusColour(status)), esc(statusWord(status)));
        return m_rich ? QStringLiteral("<code>%1</code> %2").arg(esc(statusSymbol(status)), word) : icon(status) + word;
    }

    void head()
    {
        QString lang = LocalizedText::language();
        lang.replace(QLatin1Char('_'), QLatin1Char('-'));
        add(QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .arg(esc(lang.isEmpty() ? QStringLiteral("en") : lang)));
        if (!m_rich) {
            // Defence in depth: even if escaping failed somewhere, nothing may run or load.
            add(QStringLiteral(
                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\"/>\n"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"));
        }
        add(QStringLiteral("<meta name=\"generator\" content=\"LB Doctor %1\"/>\n")
                .arg(esc(QStringLiteral(LBDOCTOR_VERSION))));
        add(QStringLiteral("<title>") + esc(m_content.title()) + QStringLiteral("</title>\n<style>"));
        add(QString::fromLatin1(m_rich ? richTextCss() : browserCss()));
        add(QStringLiteral("</style>\n</head>\n<body>\n"));
    }

    void header()
    {
        add(QStringLiteral("<header>\n<h1>") + esc(m_content.title())
            + QStringLiteral("</h1>\n<table class=\"facts\"><tbody>\n"));
        for (const ReportFact &f : m_content.facts())
            add(QStringLiteral("<tr><th scope=\"row\">%1</th><td>%2</td></tr>\n").arg(esc(f.label), esc(f.value)));
        add(QStringLiteral("</tbody></table>\n</header>\n<main>\n"));
    }

    void summary()
    {
        const DiagnosisResult &d = m_content.diagnosis();
        add(QStringLiteral("<section class=\"summary-box v-%1\" id=\"summary\">\n<h2>%2</h2>\n")
                .arg(verdictId(d.verdict), esc(HtmlReport::tr("Summary"))));
        const Status vs = verdictStatus(d.verdict);
        add(QStringLiteral("<p class=\"verdict\">%1<strong>%2</strong></p>\n")
                .arg(m_rich ? QString() : icon(vs, 28), esc(m_content.verdictHeadline())));
        add(QStringLiteral("<p>") + esc(m_content.verdictText()) + QStringLiteral("</p>\n"));
        if (const Finding *root = m_content.rootCause()) {
            add(QStringLiteral("<h3>") + esc(HtmlReport::tr("Root cause")) + QStringLiteral("</h3>\n"));
            add(QStringLiteral("<p>%1 <strong>%2</strong>: %3</p>\n")
                    .arg(statusLabel(root->status), esc(ReportContent::stepTitle(*root)), esc(root->summary)));
            add(QStringLiteral("<p>") + esc(d.rootReason) + QStringLiteral("</p>\n"));
            const QStringList explained = m_content.explainedTitles();
            if (!explained.isEmpty())
                add(QStringLiteral("<p>")
                    + esc(HtmlReport::tr("Fixing it should also clear: %1.").arg(explained.join(QStringLiteral("; "))))
                    + QStringLiteral("</p>\n"));
        }
        list(HtmlReport::tr("Contradicting evidence"), m_content.conflicts());
        list(HtmlReport::tr("Not checked yet, and could explain the root cause"), m_content.uncheckedTitles());
        if (!m_content.fixes().isEmpty()) {
            add(QStringLiteral("<h3>") + esc(HtmlReport::tr("Fix, in this order"))
                + QStringLiteral("</h3>\n<ol class=\"fixes\">\n"));
            for (const ReportFix &fix : m_content.fixes()) {
                add(QStringLiteral("<li><strong>%1</strong>").arg(esc(fix.title)));
                if (!fix.fix.isEmpty())
                    add(QStringLiteral(": ") + esc(fix.fix));
                if (fix.explainedByRoot)
                    add(QStringLiteral(" <span class=\"note\">(") + esc(ReportContent::clearsWithRootNote())
                        + QStringLiteral(")</span>"));
                commands(fix.commands);
                add(QStringLiteral("</li>\n"));
            }
            add(QStringLiteral("</ol>\n"));
        }
        // After the fixes: what the verdict does not rest on (its headline says "as far as checked").
        list(m_content.notVerifiedHeading(), m_content.notVerifiedTitles());
        add(QStringLiteral("</section>\n"));
    }

    void list(const QString &heading, const QStringList &items)
    {
        if (items.isEmpty())
            return;
        add(QStringLiteral("<h3>") + esc(heading) + QStringLiteral("</h3>\n<ul>\n"));
        for (const QString &item : items)
            add(QStringLiteral("<li>") + esc(item) + QStringLiteral("</li>\n"));
        add(QStringLiteral("</ul>\n"));
    }

    void commands(const QStringList &commands)
    {
        if (commands.isEmpty())
            return;
        // Each argument in a span that does not wrap: a long command breaks between arguments,
        // never after the dashes of `--ctstate` or inside a path; copying gives the text as it is.
        QStringList escaped;
        for (const QString &c : commands) {
            QStringList arguments;
            for (const QString &argument : c.split(QLatin1Char(' ')))
                arguments << (argument.isEmpty()
                                  ? QString()
                                  : QStringLiteral("<span class=\"arg\">") + esc(argument) + QStringLiteral("</span>"));
            escaped << arguments.join(QLatin1Char(' '));
        }
        add(QStringLiteral("<pre class=\"cmd\">") + escaped.join(QLatin1Char('\n')) + QStringLiteral("</pre>"));
    }

    void steps()
    {
        const QList<Finding> &findings = m_content.session().findings;
        add(QStringLiteral("<section id=\"steps\">\n<h2>") + esc(HtmlReport::tr("Steps")) + QStringLiteral("</h2>\n"));
        if (findings.isEmpty())
            add(QStringLiteral("<p>") + esc(HtmlReport::tr("No step has run yet.")) + QStringLiteral("</p>\n"));
        const auto root = m_content.diagnosis().rootCause;
        for (qsizetype i = 0; i < findings.size(); ++i)
            step(findings[i], root && *root == i, i);
        add(QStringLiteral("</section>\n</main>\n"));
    }

    void step(const Finding &f, bool isRoot, qsizetype index)
    {
        add(QStringLiteral("<article class=\"step st-%1\" id=\"step-%2\">\n<h3>%3 %4")
                .arg(statusId(f.status))
                .arg(index)
                .arg(statusLabel(f.status), esc(ReportContent::stepTitle(f))));
        if (isRoot)
            add(QStringLiteral(" <span class=\"badge\">") + esc(HtmlReport::tr("ROOT CAUSE"))
                + QStringLiteral("</span>"));
        add(QStringLiteral("</h3>\n"));
        QStringList meta{HtmlReport::tr("step %1").arg(f.step)};
        if (!f.kind.isEmpty())
            meta << HtmlReport::tr("evidence: %1").arg(f.kind);
        if (!m_content.durationText(f).isEmpty())
            meta << m_content.durationText(f);
        add(QStringLiteral("<p class=\"meta\">") + esc(meta.join(QStringLiteral(" \u00b7 ")))
            + QStringLiteral("</p>\n"));
        if (const QString checks = m_content.checks(f); !checks.isEmpty())
            add(QStringLiteral("<p class=\"checks\">") + esc(checks) + QStringLiteral("</p>\n"));
        add(QStringLiteral("<p class=\"stepsummary\">") + esc(f.summary) + QStringLiteral("</p>\n"));
        evidence(f);
        ranges(f);
        // The watch's timeline: SVG markup from the engine's writer, which escapes every text in it.
        if (f.step == StepId::Watch && !m_content.session().timelineSvg.isEmpty()
            && m_options.flavor == HtmlReportOptions::Flavor::Browser)
            add(QStringLiteral("<figure class=\"timeline\">") + m_content.session().timelineSvg
                + QStringLiteral("</figure>\n"));
        const QString fix = m_content.fixText(f);
        if (!fix.isEmpty() || !f.commands.isEmpty()) {
            add(QStringLiteral("<div class=\"fix\"><p><strong>%1</strong> %2</p>")
                    .arg(esc(HtmlReport::tr("Fix:")), esc(fix)));
            commands(f.commands);
            add(QStringLiteral("</div>\n"));
        }
        raw(f);
        add(QStringLiteral("</article>\n"));
    }

    void evidence(const Finding &f)
    {
        if (f.evidence.isEmpty())
            return;
        add(QStringLiteral("<ul class=\"evidence\">\n"));
        for (qsizetype i = 0; i < f.evidence.size() && i < maxEvidenceLines; ++i)
            add(QStringLiteral("<li><code>") + HtmlReport::escape(f.evidence[i], 2048)
                + QStringLiteral("</code></li>\n"));
        if (f.evidence.size() > maxEvidenceLines)
            add(QStringLiteral("<li>")
                + esc(HtmlReport::tr("... and %1 more lines in the JSON report")
                          .arg(f.evidence.size() - maxEvidenceLines))
                + QStringLiteral("</li>\n"));
        add(QStringLiteral("</ul>\n"));
    }

    void ranges(const Finding &f)
    {
        if (!f.hasRanges())
            return;
        add(QStringLiteral("<table class=\"ranges\"><thead><tr><th>%1</th><th>%2</th><th>%3</th></tr></thead><tbody>\n")
                .arg(esc(HtmlReport::tr("Health-check range")), esc(HtmlReport::tr("Verdict")),
                     esc(HtmlReport::tr("Decided by"))));
        for (qsizetype i = 0; i < f.ranges.size() && i < maxEvidenceLines; ++i) {
            const RangeDecision &d = f.ranges[i];
            const Status s = d.verdict == RangeDecision::Verdict::Allowed ? Status::Pass
                : d.verdict == RangeDecision::Verdict::Blocked            ? Status::Fail
                                                                          : Status::Unknown;
            const QString word = d.verdict == RangeDecision::Verdict::Allowed ? HtmlReport::tr("allowed")
                : d.verdict == RangeDecision::Verdict::Blocked                ? HtmlReport::tr("blocked")
                                                                              : HtmlReport::tr("unknown");
            add(QStringLiteral(
                    "<tr><td><code>%1</code></td><td><span class=\"status\" style=\"color: %2\">%3</span></td><td><code>%4</code></td></tr>\n")
                    .arg(esc(d.cidr), QString::fromLatin1(statusColour(s)), esc(word.toUpper()), esc(d.decidedBy)));
        }
        add(QStringLiteral("</tbody></table>\n"));
    }

    void raw(const Finding &f)
    {
        if (f.raw.isEmpty())
            return;
        const qint64 total = ReportContent::utf8Size(f.raw);
        const qint64 allowance = qMax<qint64>(0, qMin(m_options.rawLimitBytes, m_options.rawBudgetBytes - m_rawUsed));
        qsizetype consumed = 0;
        const QString shown = HtmlReport::escape(f.raw, allowance, &consumed);
        m_rawUsed += ReportContent::utf8Size(shown);
        const QString label = HtmlReport::tr("Raw output (%1)").arg(ReportContent::sizeText(total));
        if (m_rich)
            add(QStringLiteral("<p class=\"meta\"><strong>%1</strong></p>\n").arg(esc(label)));
        else
            add(QStringLiteral("<details><summary>%1</summary>\n").arg(esc(label)));
        if (!shown.isEmpty())
            add(QStringLiteral("<pre class=\"raw\">") + shown + QStringLiteral("</pre>\n"));
        if (consumed < f.raw.size()) {
            const qint64 shownBytes = ReportContent::utf8Size(QStringView(f.raw).first(consumed));
            add(QStringLiteral("<p class=\"note\">") + esc(ReportContent::cutNote(shownBytes, total))
                + QStringLiteral("</p>\n"));
        }
        if (!m_rich)
            add(QStringLiteral("</details>\n"));
    }

    ReportContent m_content;
    HtmlReportOptions m_options;
    bool m_rich;
    qint64 m_rawUsed = 0;
    QString m_out;
};

} // namespace

QString HtmlReport::description() const
{
    return HtmlReport::tr("HTML report");
}

QByteArray HtmlReport::render(const Session &session) const
{
    return document(session, HtmlReportOptions{}).toUtf8();
}

QString HtmlReport::document(const Session &session, const HtmlReportOptions &options)
{
    return HtmlBuilder(session, options).build();
}

QString HtmlReport::escape(QStringView text, qint64 maxBytes, qsizetype *consumed)
{
    QString out;
    out.reserve(maxBytes >= 0 ? qMin<qint64>(text.size() + 16, maxBytes) : text.size() + 16);
    qint64 bytes = 0;
    qsizetype i = 0;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        const char16_t u = c.unicode();
        QStringView piece;
        QChar single;
        char16_t pair[2];
        switch (u) {
        case u'&': piece = u"&amp;"; break;
        case u'<': piece = u"&lt;"; break;
        case u'>': piece = u"&gt;"; break;
        case u'"': piece = u"&quot;"; break;
        case u'\'': piece = u"&#39;"; break;
        default:
            if (u == u'\t' || u == u'\n' || u == u'\r')
                single = c;
            else if (u < 0x20)
                single = QChar(char16_t(0x2400 + u)); // control pictures: NUL shows as a visible symbol
            else if (u == 0x7f)
                single = QChar(char16_t(0x2421));
            else if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
                pair[0] = u;
                pair[1] = text[i + 1].unicode();
                piece = QStringView(pair, 2);
            } else if (c.isSurrogate() || u == 0xfffe || u == 0xffff)
                single = QChar(QChar::ReplacementCharacter);
            else
                single = c;
        }
        if (piece.isEmpty())
            piece = QStringView(&single, 1);
        if (maxBytes >= 0) {
            const char16_t first = piece[0].unicode();
            const qint64 size = piece.size() == 2 && QChar::isHighSurrogate(first) ? 4
                : piece.size() > 1                                                 ? piece.size()
                : first < 0x80                                                     ? 1
                : first < 0x800                                                    ? 2
                                                                                   : 3;
            if (bytes + size > maxBytes)
                break;
            bytes += size;
        }
        out += piece;
        if (piece.size() == 2 && QChar::isHighSurrogate(piece[0].unicode()))
            ++i;
    }
    if (consumed)
        *consumed = i;
    return out;
}
