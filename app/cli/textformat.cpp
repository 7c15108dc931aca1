#include "textformat.h"

#include "terminaltext.h"

#include "analyzers/otherhost.h"

#include "core/coverage.h"
#include "core/session.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

namespace {

// Unicode's East Asian Width W and F ranges (EastAsianWidth.txt, Unicode 15), merged where the
// gaps are unassigned; what terminals draw two columns wide.
bool isWide(char32_t c)
{
    struct Range
    {
        char32_t first, last;
    };
    static constexpr Range wide[] = {
        {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},   {0x23F0, 0x23F0},
        {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},   {0x2648, 0x2653},   {0x267F, 0x267F},
        {0x2693, 0x2693},   {0x26A1, 0x26A1},   {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},
        {0x26CE, 0x26CE},   {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
        {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},   {0x2728, 0x2728},
        {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},   {0x2757, 0x2757},   {0x2795, 0x2797},
        {0x27B0, 0x27B0},   {0x27BF, 0x27BF},   {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},
        {0x2E80, 0x303E},   {0x3041, 0x3247},   {0x3250, 0x4DBF},   {0x4E00, 0xA4C6},   {0xA960, 0xA97C},
        {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},   {0xFE30, 0xFE6B},   {0xFF01, 0xFF60},
        {0xFFE0, 0xFFE6},   {0x16FE0, 0x16FE4}, {0x16FF0, 0x16FF1}, {0x17000, 0x18CD5}, {0x18D00, 0x18D08},
        {0x1AFF0, 0x1B2FB}, {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A},
        {0x1F200, 0x1F202}, {0x1F210, 0x1F23B}, {0x1F240, 0x1F248}, {0x1F250, 0x1F251}, {0x1F260, 0x1F265},
        {0x1F300, 0x1F320}, {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA},
        {0x1F3CF, 0x1F3D3}, {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E}, {0x1F440, 0x1F440},
        {0x1F442, 0x1F4FC}, {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E}, {0x1F550, 0x1F567}, {0x1F57A, 0x1F57A},
        {0x1F595, 0x1F596}, {0x1F5A4, 0x1F5A4}, {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5}, {0x1F6CC, 0x1F6CC},
        {0x1F6D0, 0x1F6D2}, {0x1F6D5, 0x1F6D7}, {0x1F6DC, 0x1F6DF}, {0x1F6EB, 0x1F6EC}, {0x1F6F4, 0x1F6FC},
        {0x1F7E0, 0x1F7EB}, {0x1F7F0, 0x1F7F0}, {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF},
        {0x1FA70, 0x1FAFF}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
    };
    const auto it =
        std::upper_bound(std::begin(wide), std::end(wide), c, [](char32_t v, const Range &r) { return v < r.first; });
    return it != std::begin(wide) && c <= std::prev(it)->last;
}

int charWidth(char32_t c)
{
    if (c < 0x20 || (c >= 0x7F && c < 0xA0))
        return 0;
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format: return 0;
    default: break;
    }
    return isWide(c) ? 2 : 1;
}

QString statusCell(Status status)
{
    return TextFormat::padRight(statusSymbol(status) + QLatin1Char(' ') + statusWord(status), 13);
}

QString durationCell(qint64 ms)
{
    return TextFormat::padLeft(ms < 0 ? QStringLiteral("-") : QStringLiteral("%1 ms").arg(ms), 9);
}

void appendFixes(QString &out, const Finding &f, const QString &indent)
{
    if (!f.fix.isEmpty())
        out += indent + TextFormat::Tr::tr("Fix: ") + f.fix + QLatin1Char('\n');
    for (const QString &c : f.commands)
        out += indent + QStringLiteral("  $ ") + c + QLatin1Char('\n');
}

} // namespace

namespace TextFormat {

int displayWidth(QStringView text)
{
    int columns = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        columns += charWidth(c);
    }
    return columns;
}

QString padRight(const QString &text, int columns)
{
    return text + QString(qMax(0, columns - displayWidth(text)), QLatin1Char(' '));
}

QString padLeft(const QString &text, int columns)
{
    return QString(qMax(0, columns - displayWidth(text)), QLatin1Char(' ')) + text;
}

QString finding(const Finding &f)
{
    QString out = statusCell(f.status) + QLatin1Char(' ') + (f.kind.isEmpty() ? f.step : f.kind) + QStringLiteral(": ")
        + f.summary + QLatin1Char('\n');
    for (const QString &e : f.evidence)
        out += QStringLiteral("    ") + TerminalText::line(e) + QLatin1Char('\n');
    const auto addRanges = [&](RangeDecision::Verdict verdict, const QString &label) {
        for (const RangeDecision &d : f.ranges) {
            if (d.verdict == verdict)
                out += QStringLiteral("    %1 %2  (%3)\n")
                           .arg(label, d.cidr.leftJustified(18), TerminalText::line(d.decidedBy));
        }
    };
    addRanges(RangeDecision::Verdict::Blocked, padRight(TextFormat::Tr::tr("blocked"), 8));
    addRanges(RangeDecision::Verdict::Unknown, padRight(TextFormat::Tr::tr("unknown"), 8));
    addRanges(RangeDecision::Verdict::Allowed, padRight(TextFormat::Tr::tr("allowed"), 8));
    appendFixes(out, f, QStringLiteral("  "));
    return out;
}

QString findingRow(const Finding &f)
{
    return statusCell(f.status) + QLatin1Char(' ') + padRight(f.step, 12) + durationCell(f.durationMs)
        + QStringLiteral("  ") + f.summary;
}

QString session(const Session &s)
{
    const RunContext &c = s.context;
    QString out;
    out += TextFormat::Tr::tr("LB Doctor %1: %2 (%3), %4 listener, backend %5, health-check port %6\n")
               .arg(QStringLiteral(LBDOCTOR_VERSION), c.profile.name.text(), c.variant.name.text(),
                    listenerId(c.target.listener).toUpper(),
                    c.target.address.isNull() ? c.target.host : c.target.address.toString())
               .arg(c.target.checkPort);
    if (c.target.host != c.target.address.toString() && !c.target.address.isNull())
        out += TextFormat::Tr::tr("  %1 resolves to %2\n").arg(c.target.host, c.target.address.toString());
    out += TextFormat::Tr::tr("  health-check sources %1").arg(c.healthCheckCidrs().join(QStringLiteral(", ")));
    if (isHttpListener(c.target.listener))
        out += TextFormat::Tr::tr("; %1 %2 HTTP/%3, healthy codes %4")
                   .arg(c.variant.http.method, c.target.path, c.variant.http.version, c.healthyCodes().toString());
    if (!c.target.importedFrom.isEmpty())
        out += TextFormat::Tr::tr("\n  values not given as options from %1").arg(c.target.importedFrom);
    out += QStringLiteral("\n\n");

    out += QStringLiteral("  ") + padRight(TextFormat::Tr::tr("STATUS"), 13) + QLatin1Char(' ')
        + padRight(TextFormat::Tr::tr("STEP"), 12) + padLeft(TextFormat::Tr::tr("TIME"), 9) + QStringLiteral("  ")
        + TextFormat::Tr::tr("SUMMARY") + QLatin1Char('\n');
    for (const Finding &f : s.findings) {
        out += QStringLiteral("  ") + findingRow(f) + QLatin1Char('\n');
        // Evidence from another host is said under its row, whatever the step's status.
        if (const QString other = f.details.value(OtherHost::detailsKey()).toString(); !other.isEmpty())
            out += QStringLiteral("  ") + padRight(QString(), 13) + QLatin1Char(' ') + statusSymbol(Status::Warn)
                + QLatin1Char(' ') + TerminalText::escaped(other) + QLatin1Char('\n');
    }
    const DiagnosisResult d = s.diagnosis();
    if (d.notVerified.isEmpty()) {
        out += QLatin1Char('\n') + TextFormat::Tr::tr("Verdict: %1").arg(verdictWord(d.verdict).toUpper())
            + QLatin1Char('\n');
    } else {
        // Never more than was checked: what the verdict rests on, and every step it does not.
        out += QLatin1Char('\n')
            + TextFormat::Tr::tr("Verdict: %1 as far as checked").arg(verdictWord(d.verdict).toUpper())
            + QLatin1Char('\n');
        if (!d.restsOn.isEmpty())
            out += TextFormat::Tr::tr("Rests on: %1").arg(d.restsOn.join(QStringLiteral(", "))) + QLatin1Char('\n');
        out += TextFormat::Tr::tr("Not verified (%1): %2")
                   .arg(statusWord(Status::Skip), d.notVerified.join(QStringLiteral(", ")))
            + QLatin1Char('\n');
    }
    if (const Finding *root = s.rootCause()) {
        out += TextFormat::Tr::tr("Root cause (%1): %2").arg(root->step, root->summary) + QLatin1Char('\n');
        for (const QString &e : root->evidence)
            out += QStringLiteral("    ") + TerminalText::line(e) + QLatin1Char('\n');
        appendFixes(out, *root, QStringLiteral("  "));
    }
    bool header = false;
    for (const Finding &f : s.findings) {
        if (&f == s.rootCause() || (f.status != Status::Fail && f.status != Status::Warn))
            continue;
        if (!header) {
            out += QLatin1Char('\n') + TextFormat::Tr::tr("Also:") + QLatin1Char('\n');
            header = true;
        }
        out += QStringLiteral("  ") + finding(f);
    }
    return out;
}

} // namespace TextFormat
