#include "markdownreport.h"

#include "reportcontent.h"

#include "core/session.h"

#include <QCoreApplication>

LBDOCTOR_REGISTER_REPORT(MarkdownReport)

namespace {

constexpr qsizetype maxEvidenceLines = 200;
constexpr qint64 maxFieldBytes = 8 * 1024;

QString md(QStringView text)
{
    return MarkdownReport::inlineText(ReportContent::cut(text, maxFieldBytes));
}

QChar visible(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x20 && u != u'\t' && u != u'\n')
        return QChar(char16_t(0x2400 + u));
    if (u == 0x7f)
        return QChar(char16_t(0x2421));
    return c;
}

QString statusLabel(Status status)
{
    return QStringLiteral("`%1` **%2**").arg(statusSymbol(status), statusWord(status));
}

class MarkdownBuilder
{
public:
    explicit MarkdownBuilder(const Session &session) : m_content(session) { }

    QString build()
    {
        m_out += QStringLiteral("# ") + md(m_content.title()) + QStringLiteral("\n\n");
        m_out += QStringLiteral("| %1 | %2 |\n|---|---|\n")
                     .arg(md(MarkdownReport::tr("Field")), md(MarkdownReport::tr("Value")));
        for (const ReportFact &f : m_content.facts())
            m_out += QStringLiteral("| %1 | %2 |\n").arg(md(f.label), md(f.value));
        m_out += QLatin1Char('\n');
        summary();
        steps();
        m_out += QStringLiteral("---\n\n_") + md(m_content.footer()) + QStringLiteral("_\n");
        return m_out;
    }

private:
    void summary()
    {
        const DiagnosisResult &d = m_content.diagnosis();
        m_out += QStringLiteral("## ") + md(MarkdownReport::tr("Summary")) + QStringLiteral("\n\n");
        m_out += QStringLiteral("**%1**\n\n").arg(md(m_content.verdictHeadline()));
        m_out += md(m_content.verdictText()) + QStringLiteral("\n\n");
        if (const Finding *root = m_content.rootCause()) {
            m_out += QStringLiteral("**%1** %2 %3: %4\n\n")
                         .arg(md(MarkdownReport::tr("Root cause:")), statusLabel(root->status),
                              md(ReportContent::stepTitle(*root)), md(root->summary));
            m_out += md(d.rootReason) + QStringLiteral("\n\n");
            const QStringList explained = m_content.explainedTitles();
            if (!explained.isEmpty())
                m_out +=
                    md(MarkdownReport::tr("Fixing it should also clear: %1.").arg(explained.join(QStringLiteral("; "))))
                    + QStringLiteral("\n\n");
        }
        list(MarkdownReport::tr("Contradicting evidence"), m_content.conflicts());
        list(MarkdownReport::tr("Not checked yet, and could explain the root cause"), m_content.uncheckedTitles());
        list(m_content.notVerifiedHeading(), m_content.notVerifiedTitles());
        if (m_content.fixes().isEmpty())
            return;
        m_out += QStringLiteral("### ") + md(MarkdownReport::tr("Fix, in this order")) + QStringLiteral("\n\n");
        int n = 1;
        for (const ReportFix &fix : m_content.fixes()) {
            m_out += QStringLiteral("%1. **%2**").arg(n++).arg(md(fix.title));
            if (!fix.fix.isEmpty())
                m_out += QStringLiteral(": ") + md(fix.fix);
            if (fix.explainedByRoot)
                m_out += QStringLiteral(" _(") + md(ReportContent::clearsWithRootNote()) + QStringLiteral(")_");
            m_out += QStringLiteral("\n\n");
            if (!fix.commands.isEmpty())
                m_out += MarkdownReport::codeBlock(fix.commands.join(QLatin1Char('\n')), QStringLiteral("   "))
                    + QLatin1Char('\n');
        }
    }

    void list(const QString &heading, const QStringList &items)
    {
        if (items.isEmpty())
            return;
        m_out += QStringLiteral("**") + md(heading) + QStringLiteral("**\n\n");
        for (const QString &item : items)
            m_out += QStringLiteral("- ") + md(item) + QLatin1Char('\n');
        m_out += QLatin1Char('\n');
    }

    void steps()
    {
        m_out += QStringLiteral("## ") + md(MarkdownReport::tr("Steps")) + QStringLiteral("\n\n");
        const QList<Finding> &findings = m_content.session().findings;
        if (findings.isEmpty())
            m_out += md(MarkdownReport::tr("No step has run yet.")) + QStringLiteral("\n\n");
        const auto root = m_content.diagnosis().rootCause;
        for (qsizetype i = 0; i < findings.size(); ++i)
            step(findings[i], root && *root == i);
    }

    void step(const Finding &f, bool isRoot)
    {
        m_out += QStringLiteral("### %1 %2").arg(statusLabel(f.status), md(ReportContent::stepTitle(f)));
        if (isRoot)
            m_out += QStringLiteral(" (%1)").arg(md(MarkdownReport::tr("ROOT CAUSE")));
        m_out += QStringLiteral("\n\n");
        QStringList meta{MarkdownReport::tr("step %1").arg(f.step)};
        if (!f.kind.isEmpty())
            meta << MarkdownReport::tr("evidence: %1").arg(f.kind);
        if (!m_content.durationText(f).isEmpty())
            meta << m_content.durationText(f);
        m_out += QStringLiteral("_") + md(meta.join(QStringLiteral(" \u00b7 "))) + QStringLiteral("_\n\n");
        m_out += md(f.summary) + QStringLiteral("\n\n");
        QStringList lines = f.evidence.mid(0, maxEvidenceLines);
        if (f.evidence.size() > maxEvidenceLines)
            lines << MarkdownReport::tr("... and %1 more lines in the JSON report")
                         .arg(f.evidence.size() - maxEvidenceLines);
        for (const RangeDecision &d : f.ranges)
            lines << QStringLiteral("%1  %2  (%3)")
                         .arg(d.cidr.leftJustified(18), verdictId(d.verdict).leftJustified(8), d.decidedBy);
        if (!lines.isEmpty())
            m_out += MarkdownReport::codeBlock(ReportContent::cut(lines.join(QLatin1Char('\n')), 4 * maxFieldBytes))
                + QLatin1Char('\n');
        const QString fix = m_content.fixText(f);
        if (!fix.isEmpty())
            m_out += QStringLiteral("**%1** %2\n\n").arg(md(MarkdownReport::tr("Fix:")), md(fix));
        if (!f.commands.isEmpty())
            m_out += MarkdownReport::codeBlock(f.commands.join(QLatin1Char('\n'))) + QLatin1Char('\n');
        if (!f.raw.isEmpty()) {
            const qint64 total = ReportContent::utf8Size(f.raw);
            const QStringView shown = ReportContent::cut(f.raw, MarkdownReport::rawLimitBytes);
            // Inline HTML only for the fold; GitHub and GitLab render <details>, others show it plainly.
            m_out += QStringLiteral("<details><summary>%1</summary>\n\n")
                         .arg(md(MarkdownReport::tr("Raw output (%1)").arg(ReportContent::sizeText(total))));
            m_out += MarkdownReport::codeBlock(shown) + QLatin1Char('\n');
            if (shown.size() < f.raw.size())
                m_out += QStringLiteral("_") + md(ReportContent::cutNote(ReportContent::utf8Size(shown), total))
                    + QStringLiteral("_\n\n");
            m_out += QStringLiteral("</details>\n\n");
        }
    }

    ReportContent m_content;
    QString m_out;
};

} // namespace

QString MarkdownReport::description() const
{
    return MarkdownReport::tr("Markdown report");
}

QByteArray MarkdownReport::render(const Session &session) const
{
    return document(session).toUtf8();
}

QString MarkdownReport::document(const Session &session)
{
    return MarkdownBuilder(session).build();
}

QString MarkdownReport::inlineText(QStringView text)
{
    // Characters that start markup anywhere; "1." and "- " only start a list at the beginning.
    static const QString special = QStringLiteral("\\`*_{}[]<>#!|~&");
    QString out;
    out.reserve(text.size() + text.size() / 8);
    qsizetype leadingDigits = 0;
    bool atStart = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (!(c == QLatin1Char('\n') && i > 0 && text[i - 1] == QLatin1Char('\r')))
                out += QLatin1Char(' ');
            continue;
        }
        const bool blankNext =
            i + 1 == text.size() || text[i + 1] == QLatin1Char(' ') || text[i + 1] == QLatin1Char('\t');
        const bool listMarker =
            atStart && ((blankNext && (c == QLatin1Char('-') || c == QLatin1Char('+'))) || c == QLatin1Char('='));
        const bool orderedMarker =
            atStart && blankNext && leadingDigits > 0 && (c == QLatin1Char('.') || c == QLatin1Char(')'));
        if (special.contains(c) || listMarker || orderedMarker)
            out += QLatin1Char('\\');
        out += visible(c);
        if (atStart && c.isDigit())
            ++leadingDigits;
        else if (!(atStart && c == QLatin1Char(' ') && leadingDigits == 0))
            atStart = false;
    }
    return out;
}

QString MarkdownReport::codeBlock(QStringView text, const QString &indent)
{
    qsizetype longest = 0;
    qsizetype run = 0;
    for (QChar c : text) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    const QString fence(qMax<qsizetype>(3, longest + 1), QLatin1Char('`'));
    QString out = indent + fence + QLatin1Char('\n');
    out.reserve(text.size() + 64);
    bool lineStart = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
            continue; // CRLF from Windows output: one line break
        if (lineStart)
            out += indent;
        out += visible(c);
        lineStart = c == QLatin1Char('\n');
    }
    if (!lineStart)
        out += QLatin1Char('\n');
    out += indent + fence + QLatin1Char('\n');
    return out;
}
