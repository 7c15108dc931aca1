#include "watchtimeline.h"
#include "watch.h" // the "Watch" translation context

#include "watchanalysis.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

constexpr int left = 64, right = 16;
constexpr int bandTop = 8, bandHeight = 22;
constexpr int markY = 44;
constexpr int plotTop = 60, plotHeight = 150;
constexpr int axisY = plotTop + plotHeight;
constexpr int height = axisY + 58;

const char *passColor = "#2e7d32";
const char *answeredColor = "#ef6c00";
const char *silentColor = "#c62828";
const char *initialColor = "#9e9e9e";

QString xml(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        case '\'': out += QLatin1String("&#39;"); break;
        default:
            // Characters XML forbids become a visible stand-in.
            if ((c.unicode() < 0x20 && c.unicode() != '\t' && c.unicode() != '\n') || c.isSurrogate()
                || c.unicode() >= 0xfffe)
                out += QChar(0xfffd);
            else
                out += c;
        }
    }
    return out;
}

QString num(double v)
{
    return QString::number(v, 'f', 1);
}

const char *stateColor(LbState s)
{
    switch (s) {
    case LbState::Healthy: return passColor;
    case LbState::Unhealthy: return silentColor;
    case LbState::Initial: break;
    }
    return initialColor;
}

qint64 tickStepMs(qint64 spanMs)
{
    static const qint64 steps[] = {1,   2,   5,    10,   15,   30,    60,    120,   300,
                                   600, 900, 1800, 3600, 7200, 14400, 21600, 43200, 86400};
    for (qint64 s : steps)
        if (spanMs / (s * 1000) <= 10)
            return s * 1000;
    return 86400000;
}

} // namespace

namespace WatchTimeline {

bool answeredFailure(const WatchSample &s)
{
    return !s.passed && s.outcome != FindingOutcome::Timeout && s.outcome != FindingOutcome::NoAnswer
        && s.outcome != FindingOutcome::Refused && s.outcome != FindingOutcome::Unreachable;
}

QString svg(const WatchRecord &record, const WatchSettings &settings, const Options &options)
{
    const QList<WatchSample> samples = record.samples();
    const int width = std::max(320, options.width);
    const double plotWidth = width - left - right;
    const qint64 startMs = samples.isEmpty() ? 0 : samples.first().tMs;
    const qint64 endMs = std::max({record.lastMs(), options.nowMs, settings.durationMs, startMs + settings.intervalMs});
    const double spanMs = double(std::max<qint64>(1, endMs - startMs));
    const auto x = [&](qint64 t) { return left + plotWidth * double(t - startMs) / spanMs; };
    const double yMaxMs = std::max<double>(settings.timeoutMs * 1.15, double(record.maxLatencyMs()));
    const auto y = [&](qint64 ms) {
        return plotTop + plotHeight - plotHeight * std::min<double>(double(ms), yMaxMs) / yMaxMs;
    };

    QString out;
    out.reserve(4096 + samples.size() * 120);
    out +=
        QStringLiteral(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"watch-timeline\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" "
            "font-family=\"sans-serif\" font-size=\"11\">\n")
            .arg(width)
            .arg(height);
    out +=
        QStringLiteral("<title>%1</title>\n")
            .arg(xml(
                Watch::tr("Health-check timeline: %1 checks, %2 failed").arg(record.total()).arg(record.failures())));
    out +=
        QStringLiteral("<rect x=\"0\" y=\"0\" width=\"%1\" height=\"%2\" fill=\"#ffffff\"/>\n").arg(width).arg(height);

    // The load balancer's state band.
    out += QStringLiteral("<text x=\"4\" y=\"%1\" fill=\"#333333\">%2</text>\n")
               .arg(bandTop + 15)
               .arg(xml(Watch::tr("LB state")));
    {
        LbState state = settings.thresholds.initial;
        qint64 from = startMs;
        const auto span = [&](qint64 to, LbState s) {
            if (to <= from)
                return;
            out +=
                QStringLiteral("<rect class=\"state %1\" x=\"%2\" y=\"%3\" width=\"%4\" height=\"%5\" fill=\"%6\"/>\n")
                    .arg(lbStateId(s), num(x(from)))
                    .arg(bandTop)
                    .arg(num(std::max(0.5, x(to) - x(from))))
                    .arg(bandHeight)
                    .arg(QLatin1String(stateColor(s)));
        };
        const QList<WatchTransition> &transitions = record.transitions();
        // The state at the left edge: before the first transition drawn, or the last known one.
        const auto firstShown = std::find_if(transitions.cbegin(), transitions.cend(),
                                             [&](const WatchTransition &t) { return t.tMs >= startMs; });
        if (firstShown != transitions.cend())
            state = firstShown->from;
        else if (!samples.isEmpty())
            state = samples.last().stateAfter;
        for (const WatchTransition &t : transitions) {
            if (t.tMs < startMs)
                continue;
            span(t.tMs, state);
            from = t.tMs;
            state = t.to;
        }
        span(std::max(record.lastMs(), options.nowMs), state);
        const double bandEnd = x(std::max(record.lastMs(), options.nowMs));
        for (qsizetype i = 0; i < transitions.size(); ++i) {
            const WatchTransition &t = transitions[i];
            if (t.tMs < startMs)
                continue;
            out +=
                QStringLiteral(
                    "<line class=\"transition\" x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#000000\" stroke-width=\"1.5\"/>\n")
                    .arg(num(x(t.tMs)))
                    .arg(bandTop - 2)
                    .arg(axisY);
            // A label only where its span is wide enough to hold it (about 7 px a character).
            const double room = (i + 1 < transitions.size() ? x(transitions[i + 1].tMs) : bandEnd) - x(t.tMs) - 6;
            if (room >= 7.0 * lbStateWord(t.to).size())
                out += QStringLiteral("<text x=\"%1\" y=\"%2\" fill=\"#ffffff\" font-weight=\"bold\">%3</text>\n")
                           .arg(num(x(t.tMs) + 3))
                           .arg(bandTop + 15)
                           .arg(xml(lbStateWord(t.to)));
        }
    }

    // Latency panel: the timeout line and the latency line.
    out += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#fafafa\" stroke=\"#bbbbbb\"/>\n")
               .arg(left)
               .arg(plotTop)
               .arg(num(plotWidth))
               .arg(plotHeight);
    out +=
        QStringLiteral(
            "<line class=\"timeout\" x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"%4\" stroke-width=\"1\" stroke-dasharray=\"6,4\"/>\n")
            .arg(left)
            .arg(num(y(settings.timeoutMs)))
            .arg(num(left + plotWidth))
            .arg(QLatin1String(silentColor));
    out += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\" fill=\"%3\">%4</text>\n")
               .arg(num(left + plotWidth - 4))
               .arg(num(y(settings.timeoutMs) - 4))
               .arg(QLatin1String(silentColor))
               .arg(xml(Watch::tr("timeout %1").arg(WatchAnalysis::durationText(settings.timeoutMs))));
    out += QStringLiteral("<text x=\"4\" y=\"%1\" fill=\"#555555\">%2</text>\n")
               .arg(axisY - 2)
               .arg(xml(Watch::tr("0 ms")));
    {
        // At most two points per pixel column: the slowest answer of each column keeps the spikes.
        QString points;
        const qsizetype columns = qsizetype(plotWidth) * 2;
        const bool thin = samples.size() > columns;
        qint64 bucketMax = -1;
        qsizetype bucket = -1;
        double bucketX = 0;
        for (const WatchSample &s : samples) {
            if (s.latencyMs < 0)
                continue;
            if (!thin) {
                points += num(x(s.tMs)) + QLatin1Char(',') + num(y(s.latencyMs)) + QLatin1Char(' ');
                continue;
            }
            const qsizetype b = qsizetype((x(s.tMs) - left) * 2);
            if (b != bucket && bucket >= 0)
                points += num(bucketX) + QLatin1Char(',') + num(y(bucketMax)) + QLatin1Char(' ');
            if (b != bucket) {
                bucket = b;
                bucketMax = -1;
                bucketX = x(s.tMs);
            }
            bucketMax = std::max(bucketMax, s.latencyMs);
        }
        if (thin && bucket >= 0)
            points += num(bucketX) + QLatin1Char(',') + num(y(bucketMax));
        if (!points.isEmpty())
            out +=
                QStringLiteral(
                    "<polyline class=\"latency\" fill=\"none\" stroke=\"#1565c0\" stroke-width=\"1.2\" points=\"%1\"/>\n")
                    .arg(points.trimmed());
    }

    // One mark per check.
    const qsizetype passes =
        std::count_if(samples.cbegin(), samples.cend(), [](const WatchSample &s) { return s.passed; });
    const qsizetype failures = samples.size() - passes;
    const qsizetype passRoom = std::max<qsizetype>(1, options.maxMarks - failures);
    const qsizetype passEvery = passes > passRoom ? (passes + passRoom - 1) / passRoom : 1;
    const bool titles = samples.size() <= 1000;
    qsizetype passIndex = 0;
    for (const WatchSample &s : samples) {
        if (s.passed && passIndex++ % passEvery != 0)
            continue;
        const double mx = x(s.tMs);
        QString title;
        if (titles) {
            QString detail = s.outcome;
            if (s.latencyMs >= 0)
                detail += QStringLiteral(", %1 ms").arg(s.latencyMs);
            if (s.statusCode >= 0)
                detail += QStringLiteral(", %1").arg(s.statusCode);
            title = QStringLiteral("<title>%1</title>")
                        .arg(xml(WatchAnalysis::clockText(s.tMs) + QLatin1Char(' ') + detail));
        }
        if (s.passed)
            out += QStringLiteral("<circle class=\"mark pass\" cx=\"%1\" cy=\"%2\" r=\"3.5\" fill=\"%3\">%4</circle>\n")
                       .arg(num(mx))
                       .arg(markY)
                       .arg(QLatin1String(passColor), title);
        else if (answeredFailure(s))
            out += QStringLiteral(
                       "<rect class=\"mark fail\" x=\"%1\" y=\"%2\" width=\"7\" height=\"7\" fill=\"%3\">%4</rect>\n")
                       .arg(num(mx - 3.5))
                       .arg(markY - 3.5)
                       .arg(QLatin1String(answeredColor), title);
        else
            out +=
                QStringLiteral(
                    "<path class=\"mark noanswer\" d=\"M%1 %2 l8 8 m0 -8 l-8 8\" stroke=\"%3\" stroke-width=\"2.2\" fill=\"none\">%4</path>\n")
                    .arg(num(mx - 4))
                    .arg(markY - 4)
                    .arg(QLatin1String(silentColor), title);
    }
    if (passEvery > 1)
        out += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\" fill=\"#555555\">%3</text>\n")
                   .arg(width - right)
                   .arg(markY - 6)
                   .arg(xml(Watch::tr("one mark per %1 passed checks").arg(passEvery)));

    // Time axis.
    out += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#333333\"/>\n")
               .arg(left)
               .arg(axisY)
               .arg(num(left + plotWidth));
    const qint64 step = tickStepMs(endMs - startMs);
    for (qint64 t = (startMs + step - 1) / step * step; t <= endMs; t += step) {
        out += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#333333\"/>\n")
                   .arg(num(x(t)))
                   .arg(axisY)
                   .arg(axisY + 4);
        out += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\" fill=\"#333333\">%3</text>\n")
                   .arg(num(x(t)))
                   .arg(axisY + 16)
                   .arg(xml(WatchAnalysis::clockText(t)));
    }

    // Legend: colour and shape both say the outcome.
    const int ly = height - 12;
    out += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"3.5\" fill=\"%3\"/><text x=\"%4\" y=\"%5\">%6</text>\n")
               .arg(left + 4)
               .arg(ly - 4)
               .arg(QLatin1String(passColor))
               .arg(left + 12)
               .arg(ly)
               .arg(xml(Watch::tr("passed")));
    out += QStringLiteral(
               "<rect x=\"%1\" y=\"%2\" width=\"7\" height=\"7\" fill=\"%3\"/><text x=\"%4\" y=\"%5\">%6</text>\n")
               .arg(left + 110)
               .arg(ly - 8)
               .arg(QLatin1String(answeredColor))
               .arg(left + 122)
               .arg(ly)
               .arg(xml(Watch::tr("wrong answer")));
    out +=
        QStringLiteral(
            "<path d=\"M%1 %2 l8 8 m0 -8 l-8 8\" stroke=\"%3\" stroke-width=\"2.2\" fill=\"none\"/><text x=\"%4\" y=\"%5\">%6</text>\n")
            .arg(left + 250)
            .arg(ly - 8)
            .arg(QLatin1String(silentColor))
            .arg(left + 263)
            .arg(ly)
            .arg(xml(Watch::tr("no answer")));
    out +=
        QStringLiteral(
            "<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#1565c0\" stroke-width=\"1.2\"/><text x=\"%4\" y=\"%5\">%6</text>\n")
            .arg(left + 370)
            .arg(ly - 4)
            .arg(left + 390)
            .arg(left + 396)
            .arg(ly)
            .arg(xml(Watch::tr("latency")));
    out += QStringLiteral("</svg>\n");
    return out;
}

QByteArray csv(const WatchRecord &record)
{
    QByteArray out = "t_ms,scheduled_ms,status,latency_ms,code,connect_ms,first_byte_ms,outcome,lb_state\n";
    const auto field = [](qint64 v) { return v >= 0 ? QByteArray::number(v) : QByteArray(); };
    for (const WatchSample &s : record.samples()) {
        // Outcomes are the probes' own ids; anything else would be quoted.
        QByteArray outcome = s.outcome.toUtf8();
        if (outcome.contains(',') || outcome.contains('"') || outcome.contains('\n'))
            outcome = '"' + outcome.replace('"', "\"\"") + '"';
        out += QByteArray::number(s.tMs) + ',' + QByteArray::number(s.scheduledMs) + ',' + (s.passed ? "pass" : "fail")
            + ',' + field(s.latencyMs) + ',' + field(s.statusCode) + ',' + field(s.connectMs) + ','
            + field(s.firstByteMs) + ',' + outcome + ',' + lbStateId(s.stateAfter).toLatin1() + '\n';
    }
    return out;
}

} // namespace WatchTimeline
