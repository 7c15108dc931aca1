#include "reportcontent.h"

#include "core/inputchannel.h"

#include "core/guidancetext.h"

#include "core/session.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

QString runModeName(RunMode mode)
{
    switch (mode) {
    case RunMode::Probe:
        return (InputChannel::commandLine()
                    ? ReportContent::tr("probe from this machine (backend steps from evidence files)")
                    : ReportContent::tr("probe from a desktop (backend steps from pasted output)"));
    case RunMode::Collect: return ReportContent::tr("collect on the backend server itself");
    case RunMode::Guided:
        return (InputChannel::commandLine() ? ReportContent::tr("offline (evidence files only)")
                                            : ReportContent::tr("offline (pasted output only)"));
    }
    return runModeId(mode);
}

bool isProblem(const Finding &f)
{
    return f.status == Status::Fail || f.status == Status::Warn;
}
} // namespace

ReportContent::ReportContent(const Session &session, const QDateTime &createdAt)
    : m_session(session),
      m_createdAt(createdAt),
      m_diagnosis(session.diagnosis())
{
    const RunContext &c = session.context;
    const Target &t = c.target;
    m_facts.append({ReportContent::tr("Tool"), QStringLiteral("LB Doctor %1").arg(QStringLiteral(LBDOCTOR_VERSION))});
    m_facts.append({ReportContent::tr("Report created"), createdAt.toUTC().toString(Qt::ISODate)});
    if (session.startedAt.isValid())
        m_facts.append({ReportContent::tr("Checked at"), session.startedAt.toUTC().toString(Qt::ISODate)});
    m_facts.append({ReportContent::tr("Profile"), QStringLiteral("%1 (%2)").arg(c.profile.name.text(), c.profile.id)});
    m_facts.append({ReportContent::tr("Variant"), QStringLiteral("%1 (%2)").arg(c.variant.name.text(), c.variant.id)});
    m_facts.append({ReportContent::tr("Health-check source CIDRs"), c.healthCheckCidrs().join(QStringLiteral(", "))});
    m_facts.append({ReportContent::tr("Listener"), listenerId(t.listener).toUpper()});
    const QString address = t.address.isNull() ? t.host : t.address.toString();
    m_facts.append({ReportContent::tr("Backend"),
                    t.host == address || t.host.isEmpty() ? address : QStringLiteral("%1 (%2)").arg(t.host, address)});
    m_facts.append(
        {ReportContent::tr("Port / health-check port"), QStringLiteral("%1 / %2").arg(t.port).arg(t.checkPort)});
    m_facts.append({ReportContent::tr("Interface"), t.interfaceName});
    if (isHttpListener(t.listener)) {
        m_facts.append({ReportContent::tr("Health-check request"),
                        QStringLiteral("%1 %2 HTTP/%3").arg(c.variant.http.method, t.path, c.variant.http.version)});
        m_facts.append(
            {ReportContent::tr("Domain (Host header)"),
             t.domain.isEmpty() ? ReportContent::tr("none: %1").arg(c.variant.http.hostWhenNoDomain) : t.domain});
        m_facts.append({ReportContent::tr("Healthy status codes"),
                        c.healthyCodes().toString()
                            + (t.expectedCodes ? ReportContent::tr(" (set for this check)")
                                               : ReportContent::tr(" (provider default)"))});
    }
    m_facts.append({ReportContent::tr("Run mode"), runModeName(c.mode)});

    for (qsizetype i : m_diagnosis.fixOrder) {
        const Finding &f = session.findings[i];
        const QString fix = fixText(f);
        if (fix.isEmpty() && f.commands.isEmpty())
            continue;
        m_fixes.append({i, stepTitle(f), fix, f.commands, m_diagnosis.explainedByRoot.contains(i)});
    }
}

QString ReportContent::title() const
{
    const Target &t = m_session.context.target;
    return ReportContent::tr("LB Doctor report: %1 port %2 (%3)")
        .arg(t.address.isNull() ? t.host : t.address.toString(), QString::number(t.checkPort),
             listenerId(t.listener).toUpper());
}

QString ReportContent::verdictText() const
{
    switch (m_diagnosis.verdict) {
    case Verdict::Healthy:
        return ReportContent::tr("Nothing failed: the backend answers the health check as the load balancer sends it.");
    case Verdict::Inconclusive:
        return ReportContent::tr(
            "Nothing failed, but the check that decides health did not pass either: run it, or add the missing evidence.");
    case Verdict::Unhealthy:
        return ReportContent::tr(
            "At least one step failed: the load balancer's health check cannot succeed until it is fixed.");
    }
    return {};
}

QString ReportContent::verdictHeadline() const
{
    const QString word = verdictWord(m_diagnosis.verdict).toUpper();
    if (m_diagnosis.notVerified.isEmpty())
        return ReportContent::tr("Verdict: %1").arg(word);
    return ReportContent::tr("Verdict: %1 as far as checked").arg(word);
}

QStringList ReportContent::notVerifiedTitles() const
{
    QStringList out;
    for (const QString &step : m_diagnosis.notVerified)
        out << Step::titleFor(step);
    return out;
}

QString ReportContent::notVerifiedHeading() const
{
    return ReportContent::tr("Not verified (%1): the verdict does not rest on these steps")
        .arg(statusWord(Status::Skip));
}

QStringList ReportContent::restsOnTitles() const
{
    QStringList out;
    for (const QString &step : m_diagnosis.restsOn)
        out << Step::titleFor(step);
    return out;
}

const Finding *ReportContent::rootCause() const
{
    return m_diagnosis.rootCause ? &m_session.findings[*m_diagnosis.rootCause] : nullptr;
}

QStringList ReportContent::explainedTitles() const
{
    QStringList out;
    for (qsizetype i : m_diagnosis.explainedByRoot)
        out << stepTitle(m_session.findings[i]);
    return out;
}

QStringList ReportContent::conflicts() const
{
    QStringList out;
    for (const Conflict &c : m_diagnosis.conflicts)
        out << c.reason;
    return out;
}

QStringList ReportContent::uncheckedTitles() const
{
    QStringList out;
    for (const QString &step : m_diagnosis.unchecked)
        out << Step::titleFor(step);
    return out;
}

QString ReportContent::stepTitle(const Finding &finding)
{
    return Step::titleFor(finding.step);
}

QString ReportContent::checks(const Finding &finding) const
{
    const StepGuidance *g = m_session.context.profile.guidanceFor(finding.step);
    return g ? g->checks.text() : QString();
}

QString ReportContent::fixText(const Finding &finding) const
{
    if (!finding.fix.isEmpty() || !isProblem(finding))
        return finding.fix;
    const StepGuidance *g = m_session.context.profile.guidanceFor(finding.step);
    return GuidanceText::fix(g, m_session.context);
}

QString ReportContent::durationText(const Finding &finding) const
{
    return finding.durationMs < 0 ? QString() : ReportContent::tr("%1 ms").arg(finding.durationMs);
}

QString ReportContent::footer() const
{
    return ReportContent::
        tr("Written by LB Doctor %1. The JSON report and the session file (.lbdoctor.json) hold every step's complete raw output.")
            .arg(QStringLiteral(LBDOCTOR_VERSION));
}

QString ReportContent::clearsWithRootNote()
{
    return ReportContent::tr("likely clears once the root cause is fixed: check again before changing anything here");
}

qint64 ReportContent::utf8Size(QStringView text)
{
    qint64 bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80)
            bytes += 1;
        else if (c < 0x800)
            bytes += 2;
        else if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            bytes += 4;
            ++i;
        } else
            bytes += 3;
    }
    return bytes;
}

QString ReportContent::sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return ReportContent::tr("%1 bytes").arg(bytes);
    if (bytes < 1024 * 1024)
        return ReportContent::tr("%1 KiB").arg(bytes / 1024);
    return ReportContent::tr("%1 MiB").arg(double(bytes) / (1024 * 1024), 0, 'f', 1);
}

QStringView ReportContent::cut(QStringView text, qint64 maxBytes)
{
    if (text.size() <= maxBytes / 3 || utf8Size(text) <= maxBytes)
        return text;
    qint64 bytes = 0;
    qsizetype end = 0;
    while (end < text.size()) {
        const char16_t c = text[end].unicode();
        const bool pair = QChar::isHighSurrogate(c) && end + 1 < text.size() && text[end + 1].isLowSurrogate();
        const int size = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
        if (bytes + size > maxBytes)
            break;
        bytes += size;
        end += pair ? 2 : 1;
    }
    // A whole last line reads better than half of one, if it costs little.
    const qsizetype lineEnd = text.first(end).lastIndexOf(QLatin1Char('\n'));
    if (lineEnd >= 0 && end - lineEnd < 4096)
        end = lineEnd + 1;
    return text.first(end);
}

QString ReportContent::cutNote(qint64 shownBytes, qint64 totalBytes)
{
    if (shownBytes == 0)
        return ReportContent::
            tr("Not shown: the %1 of raw output would make this report too large to send; the JSON report and the session file hold it.")
                .arg(sizeText(totalBytes));
    return ReportContent::tr(
               "Cut: the first %1 of %2 are shown here; the JSON report and the session file hold the complete output.")
        .arg(sizeText(shownBytes), sizeText(totalBytes));
}
