#include "textformat.h"

#include "core/session.h"

#include <QCoreApplication>

namespace {

QString statusCell(Status status)
{
    return QString(statusSymbol(status) + QLatin1Char(' ') + statusWord(status)).leftJustified(13);
}

QString durationCell(qint64 ms)
{
    return (ms < 0 ? QStringLiteral("-") : QStringLiteral("%1 ms").arg(ms)).rightJustified(9);
}

void appendFixes(QString &out, const Finding &f, const QString &indent)
{
    if (!f.fix.isEmpty())
        out += indent + QCoreApplication::translate("TextFormat", "Fix: ") + f.fix + QLatin1Char('\n');
    for (const QString &c : f.commands)
        out += indent + QStringLiteral("  $ ") + c + QLatin1Char('\n');
}

} // namespace

namespace TextFormat {

QString finding(const Finding &f)
{
    QString out = statusCell(f.status) + QLatin1Char(' ') + (f.kind.isEmpty() ? f.step : f.kind) + QStringLiteral(": ")
        + f.summary + QLatin1Char('\n');
    for (const QString &e : f.evidence)
        out += QStringLiteral("    ") + e + QLatin1Char('\n');
    const auto addRanges = [&](RangeDecision::Verdict verdict, const QString &label) {
        for (const RangeDecision &d : f.ranges) {
            if (d.verdict == verdict)
                out += QStringLiteral("    %1 %2  (%3)\n").arg(label, d.cidr.leftJustified(18), d.decidedBy);
        }
    };
    addRanges(RangeDecision::Verdict::Blocked, QCoreApplication::translate("TextFormat", "blocked").leftJustified(8));
    addRanges(RangeDecision::Verdict::Unknown, QCoreApplication::translate("TextFormat", "unknown").leftJustified(8));
    addRanges(RangeDecision::Verdict::Allowed, QCoreApplication::translate("TextFormat", "allowed").leftJustified(8));
    appendFixes(out, f, QStringLiteral("  "));
    return out;
}

QString findingRow(const Finding &f)
{
    return statusCell(f.status) + QLatin1Char(' ') + f.step.leftJustified(12) + durationCell(f.durationMs) + QStringLiteral("  ")
        + f.summary;
}

QString session(const Session &s)
{
    const RunContext &c = s.context;
    QString out;
    out += QCoreApplication::translate("TextFormat", "LB Doctor %1: %2 (%3), %4 listener, backend %5, health-check port %6\n")
               .arg(QStringLiteral(LBDOCTOR_VERSION), c.profile.name.text(), c.variant.name.text(),
                    listenerId(c.target.listener).toUpper(),
                    c.target.address.isNull() ? c.target.host : c.target.address.toString())
               .arg(c.target.checkPort);
    if (c.target.host != c.target.address.toString() && !c.target.address.isNull())
        out += QCoreApplication::translate("TextFormat", "  %1 resolves to %2\n").arg(c.target.host, c.target.address.toString());
    out += QCoreApplication::translate("TextFormat", "  health-check sources %1").arg(c.healthCheckCidrs().join(QStringLiteral(", ")));
    if (isHttpListener(c.target.listener))
        out += QCoreApplication::translate("TextFormat", "; %1 %2 HTTP/%3, healthy codes %4")
                   .arg(c.variant.http.method, c.target.path, c.variant.http.version, c.healthyCodes().toString());
    out += QStringLiteral("\n\n");

    out += QStringLiteral("  ") + QCoreApplication::translate("TextFormat", "STATUS").leftJustified(13) + QLatin1Char(' ') + QCoreApplication::translate("TextFormat", "STEP").leftJustified(12)
        + QCoreApplication::translate("TextFormat", "TIME").rightJustified(9) + QStringLiteral("  ") + QCoreApplication::translate("TextFormat", "SUMMARY") + QLatin1Char('\n');
    for (const Finding &f : s.findings)
        out += QStringLiteral("  ") + findingRow(f) + QLatin1Char('\n');
    out += QLatin1Char('\n') + QCoreApplication::translate("TextFormat", "Verdict: %1").arg(verdictWord(s.verdict()).toUpper()) + QLatin1Char('\n');
    if (const Finding *root = s.rootCause()) {
        out += QCoreApplication::translate("TextFormat", "Root cause (%1): %2").arg(root->step, root->summary) + QLatin1Char('\n');
        for (const QString &e : root->evidence)
            out += QStringLiteral("    ") + e + QLatin1Char('\n');
        appendFixes(out, *root, QStringLiteral("  "));
    }
    bool header = false;
    for (const Finding &f : s.findings) {
        if (&f == s.rootCause() || (f.status != Status::Fail && f.status != Status::Warn))
            continue;
        if (!header) {
            out += QLatin1Char('\n') + QCoreApplication::translate("TextFormat", "Also:") + QLatin1Char('\n');
            header = true;
        }
        out += QStringLiteral("  ") + finding(f);
    }
    return out;
}

} // namespace TextFormat
