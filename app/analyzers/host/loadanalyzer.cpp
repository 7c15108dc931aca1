#include "loadanalyzer.h"

#include "core/relations.h"

#include "analyzers/evidencetext.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace {

double number(QString text)
{
    return text.replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
}

// "23Gi", "1.2G", "512Mi", "1024" (no unit: as printed) in MiB when a unit is given.
std::optional<double> amount(const QString &token)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+(?:[.,]\\d+)?)([KMGT]i?B?)?$"));
    const auto m = re.match(token);
    if (!m.hasMatch())
        return std::nullopt;
    double v = number(m.captured(1));
    const QString unit = m.captured(2);
    if (unit.startsWith(QLatin1Char('K')))
        v /= 1024;
    else if (unit.startsWith(QLatin1Char('G')))
        v *= 1024;
    else if (unit.startsWith(QLatin1Char('T')))
        v *= 1024 * 1024;
    return v;
}

// ^\d+$ without a regex: it is asked of every line of a `top` paste.
bool isDigits(QStringView s)
{
    return !s.isEmpty()
        && std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

bool startsWithDigit(QStringView s)
{
    return !s.isEmpty() && s.front() >= QLatin1Char('0') && s.front() <= QLatin1Char('9');
}

QString fmt(double v)
{
    return QString::number(v, 'f', 2);
}

QString describe(const LoadAnalyzer::Metrics &m)
{
    QStringList parts;
    if (m.load1 && m.cores)
        parts << LoadAnalyzer::tr("load per core %1 (1-minute load %2 on %n core(s))", nullptr, *m.cores)
                     .arg(fmt(*m.load1 / *m.cores), fmt(*m.load1));
    else if (m.load1)
        parts << LoadAnalyzer::tr("1-minute load %1 (core count unknown)").arg(fmt(*m.load1));
    if (m.cpuBusyPercent)
        parts << LoadAnalyzer::tr("CPU %1% busy").arg(qRound(*m.cpuBusyPercent));
    if (m.memTotal && m.memAvailable && *m.memTotal > 0)
        parts << LoadAnalyzer::tr("%1% of memory available").arg(qRound(100.0 * *m.memAvailable / *m.memTotal));
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString LoadAnalyzer::description() const
{
    return LoadAnalyzer::tr("server load (loadavg, uptime, top, free)");
}

LoadAnalyzer::Metrics LoadAnalyzer::parse(QStringView text)
{
    static const QRegularExpression loadavg(
        QStringLiteral("^(\\d+\\.\\d+)\\s+(\\d+\\.\\d+)\\s+(\\d+\\.\\d+)\\s+\\d+/\\d+\\s+\\d+$"));
    static const QRegularExpression loadAverage(
        QStringLiteral("load averages?:\\s*(\\d+[.,]\\d+),?\\s+(\\d+[.,]\\d+),?\\s+(\\d+[.,]\\d+)"));
    static const QRegularExpression lscpu(QStringLiteral("^CPU\\(s\\):\\s+(\\d+)$"));
    static const QRegularExpression topCpu(QStringLiteral("Cpu\\(s\\):.*?(\\d+[.,]\\d+)\\s*id"));
    static const QRegularExpression topMem(QStringLiteral("^([KMG]iB) Mem\\s*:\\s*(\\d+[.,]?\\d*)\\s+total"));
    static const QRegularExpression topAvail(QStringLiteral("(\\d+[.,]?\\d*)\\s+avail Mem"));
    static const QRegularExpression topSwap(QStringLiteral(
        "^([KMG]iB) Swap\\s*:\\s*(\\d+[.,]?\\d*)\\s+total,\\s*(\\d+[.,]?\\d*)\\s+free,\\s*(\\d+[.,]?\\d*)\\s+used"));
    static const QRegularExpression jsonLoad(QStringLiteral("\"LoadPercentage\"\\s*:\\s*(\\d+)"));
    static const QRegularExpression jsonFree(QStringLiteral("\"FreePhysicalMemory\"\\s*:\\s*(\\d+)"));
    static const QRegularExpression jsonTotal(QStringLiteral("\"TotalVisibleMemorySize\"\\s*:\\s*(\\d+)"));

    Metrics m;
    QStringList freeColumns; // free's header
    QStringList wmiColumns; // FreePhysicalMemory / TotalVisibleMemorySize header
    QString counter; // the Get-Counter path whose value comes next
    bool expectLoadPercentage = false;
    QList<double> loadPercentages;
    const auto unitFactor = [](const QString &unit) {
        return unit == QStringLiteral("KiB") ? 1.0 / 1024 : unit == QStringLiteral("GiB") ? 1024.0 : 1.0;
    };

    for (const QString &raw : EvidenceText::lines(text)) {
        if (EvidenceText::isCollectorNote(raw))
            continue;
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("---")) || EvidenceText::isComment(line))
            continue;
        // LoadPercentage values follow their header, one per CPU socket, until something else.
        if (expectLoadPercentage && !isDigits(line))
            expectLoadPercentage = false;
        const QStringList f = EvidenceText::fields(line);
        // Each regex runs only on lines that hold its literal text: a `top` paste has a line per process.
        if (auto a = startsWithDigit(line) && line.contains(QLatin1Char('/')) ? loadavg.match(line)
                                                                              : QRegularExpressionMatch();
            a.hasMatch()) {
            m.load1 = number(a.captured(1));
            m.load5 = number(a.captured(2));
            m.load15 = number(a.captured(3));
            continue;
        }
        if (auto a = line.contains(QLatin1String("load average")) ? loadAverage.match(line) : QRegularExpressionMatch();
            a.hasMatch()) {
            m.load1 = number(a.captured(1));
            m.load5 = number(a.captured(2));
            m.load15 = number(a.captured(3));
        }
        if (auto c = line.contains(QLatin1String("Cpu(s):")) ? topCpu.match(line) : QRegularExpressionMatch();
            c.hasMatch()) {
            m.cpuBusyPercent = qBound(0.0, 100.0 - number(c.captured(1)), 100.0);
            continue;
        }
        if (auto t = line.contains(QLatin1String("iB Mem")) ? topMem.match(line) : QRegularExpressionMatch();
            t.hasMatch()) {
            m.memTotal = number(t.captured(2)) * unitFactor(t.captured(1));
            continue;
        }
        if (auto s = line.contains(QLatin1String("iB Swap")) ? topSwap.match(line) : QRegularExpressionMatch();
            s.hasMatch()) {
            m.swapTotal = number(s.captured(2)) * unitFactor(s.captured(1));
            m.swapUsed = number(s.captured(4)) * unitFactor(s.captured(1));
            if (auto a = topAvail.match(line); a.hasMatch())
                m.memAvailable = number(a.captured(1)) * unitFactor(s.captured(1));
            continue;
        }
        if (auto l = line.startsWith(QLatin1String("CPU(s):")) ? lscpu.match(line) : QRegularExpressionMatch();
            l.hasMatch()) {
            m.cores = l.captured(1).toInt();
            continue;
        }
        if (line == QStringLiteral("LoadPercentage")) {
            expectLoadPercentage = true;
            continue;
        }
        if (line.contains(QLatin1String("FreePhysicalMemory"))
            && line.contains(QLatin1String("TotalVisibleMemorySize"))) {
            wmiColumns = f;
            continue;
        }
        if (line.startsWith(QLatin1String("\\\\")) && line.endsWith(QLatin1Char(':'))) {
            counter = line.toLower();
            continue;
        }
        if (f.contains(QStringLiteral("total")) && f.contains(QStringLiteral("used"))
            && f.contains(QStringLiteral("free"))) {
            freeColumns = f;
            continue;
        }
        if (isDigits(line)) {
            const int v = line.toInt();
            if (expectLoadPercentage)
                loadPercentages << v;
            else if (!m.cores && v >= 1 && v <= 16384)
                m.cores = v; // nproc
            continue;
        }
        if (!counter.isEmpty()) {
            bool ok = false;
            const double value = QString(line).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
            if (ok && counter.contains(QLatin1String("% processor time")))
                m.cpuBusyPercent = value;
            counter.clear();
            continue;
        }
        if (wmiColumns.size() == 2 && f.size() == 2 && isDigits(f.at(0)) && isDigits(f.at(1))) {
            const int freeIndex = int(wmiColumns.indexOf(QStringLiteral("FreePhysicalMemory")));
            m.memAvailable = f.at(freeIndex).toDouble() / 1024;
            m.memTotal = f.at(1 - freeIndex).toDouble() / 1024;
            wmiColumns.clear();
            continue;
        }
        if (!freeColumns.isEmpty()
            && (f.value(0) == QStringLiteral("Mem:") || f.value(0) == QStringLiteral("Swap:")
                || f.value(0) == QStringLiteral("-/+"))) {
            const bool mem = f.value(0) == QStringLiteral("Mem:");
            const QStringList values = f.mid(f.value(0) == QStringLiteral("-/+") ? 2 : 1);
            const auto column = [&](const QString &name) -> std::optional<double> {
                const qsizetype i = freeColumns.indexOf(name);
                return i >= 0 && i < values.size() ? amount(values.at(i)) : std::nullopt;
            };
            if (f.value(0) == QStringLiteral("-/+")) {
                // procps 3.2: "-/+ buffers/cache: used free"; the free column is what is available.
                if (values.size() >= 2)
                    m.memAvailable = amount(values.at(1));
            } else if (mem) {
                m.memTotal = column(QStringLiteral("total"));
                if (auto avail = column(QStringLiteral("available")))
                    m.memAvailable = avail;
                else if (auto fr = column(QStringLiteral("free")))
                    m.memAvailable = *fr + column(QStringLiteral("buffers")).value_or(0)
                        + column(QStringLiteral("cached")).value_or(0);
            } else {
                m.swapTotal = column(QStringLiteral("total"));
                m.swapUsed = column(QStringLiteral("used"));
            }
            continue;
        }
    }
    // The JSON keys are searched in a copy of the whole text: only when they are there at all.
    const bool jsonKeys =
        text.contains(QLatin1String("\"LoadPercentage\"")) || text.contains(QLatin1String("\"FreePhysicalMemory\""));
    const QString whole = jsonKeys ? text.toString() : QString();
    if (auto j = jsonKeys ? jsonLoad.match(whole) : QRegularExpressionMatch(); j.hasMatch())
        loadPercentages << j.captured(1).toInt();
    if (auto fr = jsonKeys ? jsonFree.match(whole) : QRegularExpressionMatch(),
        to = jsonKeys ? jsonTotal.match(whole) : QRegularExpressionMatch();
        fr.hasMatch() && to.hasMatch()) {
        m.memAvailable = fr.captured(1).toDouble() / 1024;
        m.memTotal = to.captured(1).toDouble() / 1024;
    }
    if (!loadPercentages.isEmpty()) {
        double sum = 0;
        for (double v : std::as_const(loadPercentages))
            sum += v;
        m.cpuBusyPercent = sum / loadPercentages.size();
    }
    return m;
}

LoadAnalyzer::Pressure LoadAnalyzer::pressure(const Metrics &m)
{
    if (!m.any())
        return Pressure::Unknown;
    Pressure p = Pressure::Idle;
    if (m.load1 && m.cores && *m.cores > 0) {
        const double perCore = *m.load1 / *m.cores;
        p = perCore >= 2.0 ? Pressure::Overloaded : perCore >= 1.0 ? Pressure::Busy : p;
    }
    if (m.cpuBusyPercent && *m.cpuBusyPercent >= 90)
        p = qMax(p, Pressure::Busy); // one snapshot: never "overloaded" alone
    if (m.memTotal && m.memAvailable && *m.memTotal > 0) {
        const double avail = *m.memAvailable / *m.memTotal;
        p = qMax(p, avail < 0.05 ? Pressure::Overloaded : avail < 0.10 ? Pressure::Busy : Pressure::Idle);
    }
    return p;
}

int LoadAnalyzer::recognize(QStringView whole) const
{
    if (EvidenceText::looksBinary(whole))
        return 0;
    const QStringView text = EvidenceText::recognitionHead(whole);
    const Metrics m = parse(text);
    if (m.load1 || (m.memTotal && m.memAvailable))
        return 85;
    if (m.cpuBusyPercent
        && (text.contains(QLatin1String("LoadPercentage")) || text.contains(QLatin1String("Cpu(s)"))
            || text.contains(QLatin1String("processor time"), Qt::CaseInsensitive)))
        return 80;
    return 0;
}

Finding LoadAnalyzer::analyzeText(const AnalyzerInput &input) const
{
    const Metrics m = parse(input.text);
    if (!m.any())
        return EvidenceText::unreadable(
            step(), kind(), input.text,
            LoadAnalyzer::tr(
                "unknown, because the text has no load or memory figures (expected /proc/loadavg, uptime, top -bn1 or free -m output)"));
    Finding f = Finding::make(step(), Status::Pass, {});
    f.kind = kind();
    const QString what = describe(m);
    if (m.load1 && m.load5 && m.load15)
        f.evidence << LoadAnalyzer::tr("load average %1 / %2 / %3 (1, 5, 15 minutes)")
                          .arg(fmt(*m.load1), fmt(*m.load5), fmt(*m.load15));
    if (m.load1 && !m.cores)
        f.evidence << LoadAnalyzer::tr(
            "the core count is missing: add the output of `nproc` to judge the load per core");
    if (m.swapTotal && m.swapUsed && *m.swapTotal > 0 && *m.swapUsed / *m.swapTotal > 0.5)
        f.evidence << LoadAnalyzer::tr(
            "more than half of the swap space is in use: the server has been short of memory");
    const Pressure level = pressure(m);
    if (level != Pressure::Unknown)
        f.outcome = level == Pressure::Idle ? FindingOutcome::Normal : FindingOutcome::High;
    switch (level) {
    case Pressure::Overloaded:
        f.status = Status::Fail;
        f.summary =
            LoadAnalyzer::tr("the server is overloaded: %1; health checks time out on a server this busy").arg(what);
        f.fix = EvidenceText::guidanceFix(input.context, step());
        break;
    case Pressure::Busy:
        f.status = Status::Warn;
        f.summary = LoadAnalyzer::tr("the server is busy: %1").arg(what);
        f.fix = EvidenceText::guidanceFix(input.context, step());
        break;
    case Pressure::Idle: f.summary = LoadAnalyzer::tr("the server is not overloaded: %1").arg(what); break;
    case Pressure::Unknown:
        f.status = Status::Unknown;
        f.summary = LoadAnalyzer::tr("unknown, because %1").arg(what);
        break;
    }
    return f;
}

Finding LoadAnalyzer::correlate(const Finding &load, const Finding &http, const RunContext &context)
{
    const Metrics m = parse(load.raw);
    if (load.step != StepId::Load || !m.any())
        return load;
    Finding out = LoadAnalyzer().analyze(AnalyzerInput{load.raw, context});
    out.step = load.step;
    out.kind = load.kind;
    out.raw = load.raw;
    out.durationMs = load.durationMs;
    if (http.durationMs < 0 || http.status == Status::Skip)
        return out;
    const int timeoutMs = context.timeoutMs > 0 ? context.timeoutMs : context.variant.timing.timeoutSeconds * 1000;
    const bool timedOut = http.summary.contains(QLatin1String("timed out"), Qt::CaseInsensitive)
        || http.summary.contains(QLatin1String("timeout"), Qt::CaseInsensitive);
    const bool slow = http.durationMs * 2 > timeoutMs || (timedOut && http.status != Status::Pass);
    const Pressure p = pressure(m);
    const QString what = describe(m);
    if (!slow) {
        out.evidence << LoadAnalyzer::tr("the health-check request answered in %1 ms, within the %2 ms timeout")
                            .arg(http.durationMs)
                            .arg(timeoutMs);
        if (out.status == Status::Fail) {
            // Busy, but the check is still answered in time: worth watching, not what fails it.
            out.status = Status::Warn;
            out.summary =
                LoadAnalyzer::tr(
                    "the server is very busy (%1), but the health-check request still answered in %2 ms of the %3 ms timeout")
                    .arg(what)
                    .arg(http.durationMs)
                    .arg(timeoutMs);
        }
        return out;
    }
    if (p == Pressure::Busy || p == Pressure::Overloaded) {
        out.status = Status::Fail;
        out.summary =
            LoadAnalyzer::tr("backend overloaded: the health-check request took %1 ms of the %2 ms timeout while %3")
                .arg(http.durationMs)
                .arg(timeoutMs)
                .arg(what);
        out.fix = EvidenceText::guidanceFix(context, QStringLiteral("load"));
    } else if (p == Pressure::Idle) {
        out.status = Status::Warn;
        out.summary =
            LoadAnalyzer::tr(
                "the server is idle (%1) but the health-check request took %2 ms of the %3 ms timeout: the application is slow, not the server")
                .arg(what)
                .arg(http.durationMs)
                .arg(timeoutMs);
        out.fix = LoadAnalyzer::tr(
            "Look at what the health-check path does: make it a small static page (no database, no session, no PHP), "
            "check the application's logs and slow queries, and its worker or thread pool limits.");
    }
    out.evidence << LoadAnalyzer::tr("HTTP step: %1 (%2 ms)").arg(http.summary).arg(http.durationMs);
    return out;
}

LBDOCTOR_REGISTER_ANALYZER(LoadAnalyzer)
LBDOCTOR_REGISTER_RELATION("load", "http", LoadAnalyzer::correlate)
