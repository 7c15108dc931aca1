#include "evidencetext.h"

#include "core/inputchannel.h"

#include "core/guidancetext.h"

#include "analyzer.h"
#include "core/step.h"

#include <QCoreApplication>
#include <algorithm>

namespace EvidenceText {

QStringList lines(QStringView text)
{
    QStringList out;
    qsizetype start = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i <= n; ++i) {
        const bool end = i == n;
        const QChar c = end ? QChar() : text.at(i);
        if (!end && c != QLatin1Char('\n') && c != QLatin1Char('\r'))
            continue;
        QString line = text.mid(start, i - start).toString();
        if (line.contains(QChar(0)))
            line.replace(QChar(0), QLatin1Char(' '));
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
        if (!(end && line.isEmpty() && start == n))
            out << line;
        if (!end && c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
            ++i;
        start = i + 1;
    }
    return out;
}

bool looksBinary(QStringView text)
{
    const QStringView sample = text.left(8192);
    if (sample.isEmpty())
        return false;
    qsizetype bad = 0;
    for (QChar c : sample) {
        const char16_t u = c.unicode();
        if (u == 0 || u == 0xFFFD || (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != 0x1b))
            ++bad;
    }
    return bad * 10 > sample.size(); // more than 10 % unprintable
}

QString withoutLeadingComments(QStringView text)
{
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), pos);
        if (end < 0)
            end = text.size();
        if (!text.mid(pos, end - pos).trimmed().startsWith(QLatin1Char('#')))
            break;
        pos = end + 1;
    }
    return text.mid(qMin(pos, text.size())).toString();
}

namespace {
// \s of a QRegularExpression without UseUnicodePropertiesOption.
constexpr bool isAsciiSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\v' || c == u'\f' || c == u'\r';
}
} // namespace

QStringList fields(const QString &line)
{
    // A hand-written split: a regex split per line was most of the time of a 10 MB paste.
    QStringList out;
    const qsizetype n = line.size();
    const char16_t *d = reinterpret_cast<const char16_t *>(line.constData());
    qsizetype i = 0;
    while (i < n) {
        while (i < n && isAsciiSpace(d[i]))
            ++i;
        const qsizetype start = i;
        while (i < n && !isAsciiSpace(d[i]))
            ++i;
        if (i > start)
            out << line.mid(start, i - start);
    }
    return out;
}

QStringView recognitionHead(QStringView text)
{
    constexpr qsizetype limit = 64 * 1024;
    if (text.size() <= limit)
        return text;
    const QStringView head = text.left(limit);
    const qsizetype cut = std::max(head.lastIndexOf(QLatin1Char('\n')), head.lastIndexOf(QLatin1Char('\r')));
    return cut > 0 ? head.left(cut) : head;
}

QString wrongPaste(QStringView text, const QString &ownKind)
{
    const Analyzer *other = AnalyzerRegistry::recognizeAny(text);
    if (!other || other->kind() == ownKind)
        return {};
    return EvidenceText::Tr::tr("unknown, because this looks like %1, which belongs to the \"%2\" step, not this one")
        .arg(other->description(), Step::titleFor(other->step()));
}

Finding unreadable(const QString &step, const QString &kind, QStringView text, const QString &reason)
{
    Finding f = Finding::make(step, Status::Unknown, reason);
    f.kind = kind;
    if (looksBinary(text)) {
        f.summary =
            (InputChannel::commandLine()
                 ? EvidenceText::Tr::tr(
                     "unknown, because the input looks binary, not like command output; give the command's text output")
                 : EvidenceText::Tr::tr(
                     "unknown, because the text looks binary, not like command output; paste the command's text output"));
    } else if (const QString other = wrongPaste(text, kind); !other.isEmpty()) {
        f.summary = other;
    }
    return f;
}

bool isCollectorNote(const QString &line)
{
    return line.startsWith(QLatin1String("$ "))
        || (line.startsWith(QLatin1String("[exit code ")) && line.endsWith(QLatin1Char(']')))
        || line.startsWith(QLatin1String("[stderr] "));
}

QString guidanceFix(const RunContext &context, const QString &step)
{
    const StepGuidance *g = context.profile.guidanceFor(step);
    return GuidanceText::fix(g, context);
}

void appendGuidanceFix(Finding &finding, const RunContext &context)
{
    finding.appendFix(guidanceFix(context, finding.step));
}

QStringList guidanceCommands(const RunContext &context, const QString &step, Shell shell)
{
    QStringList out;
    const StepGuidance *g = context.profile.guidanceFor(step);
    if (!g)
        return out;
    const QHash<QString, QString> values = context.templateValues();
    for (const QString &templ : g->commands.value(shell))
        out << ShellQuote::expand(shell, templ, values);
    return out;
}

} // namespace EvidenceText
