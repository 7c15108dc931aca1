#include "watchcommand.h"

#include "clioutput.h"
#include "textformat.h"

#include "core/profilestore.h"
#include "core/session.h"
#include "probes/watch/watch.h"
#include "probes/watch/watchanalysis.h"
#include "probes/watch/watchtimeline.h"
#include "report/reportwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#define LBDOCTOR_ISATTY _isatty
#else
#include <QSocketNotifier>
#include <csignal>
#include <unistd.h>
#define LBDOCTOR_ISATTY isatty
#endif

namespace {
#ifndef Q_OS_WIN
// Ctrl-C (or a plain kill) ends the watch early with its summary: the handler only wakes the event loop.
int interruptPipe[2] = {-1, -1};
void onInterrupt(int)
{
    const char c = 1;
    [[maybe_unused]] const ssize_t n = ::write(interruptPipe[1], &c, 1);
}
#endif
constexpr qint64 maxDurationMs = 7LL * 24 * 3600 * 1000; // a week: the ring keeps the newest day
constexpr qint64 defaultDurationMs = 10 * 60 * 1000;
} // namespace

qint64 WatchCommand::parseDuration(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^\\s*(\\d{1,9})\\s*(s|m|min|h)?\\s*$"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch())
        return -1;
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2).toLower();
    const qint64 factor = unit == QStringLiteral("h") ? 3600000 : (unit.startsWith(QLatin1Char('m')) ? 60000 : 1000);
    return n * factor;
}

int WatchCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Repeats the load balancer's health check at its interval and runs its threshold state machine."));
    CliOutput::addCommonOptions(parser);
    m_targetOptions.addTo(parser);
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      tr("Check interval in ms (default: the profile's health-check interval)."),
                                      QStringLiteral("MS"));
    const QCommandLineOption duration(QStringLiteral("duration"),
                                      tr("How long to watch: 10m, 90s, 1h or seconds (default 10m)."),
                                      QStringLiteral("DURATION"));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("Write every check to a CSV file."), QStringLiteral("FILE"));
    const QCommandLineOption report(QStringLiteral("report"), tr("Write a report; the format follows the extension."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    parser.addOptions({interval, duration, csv, report, json});
    parser.addPositionalArgument(QStringLiteral("watch"), tr("The watch command."));
    if (const auto exitCode = CliOutput::parseCommand(parser, arguments, QStringLiteral("watch")))
        return *exitCode;

    ProfileStore profiles;
    CliOutput::loadProfiles(profiles);
    if (const auto built = m_targetOptions.build(parser, profiles, &m_context); !built)
        return CliOutput::usageError(built.error());
    m_settings = Watch::settingsFor(m_context);
    if (parser.isSet(interval)) {
        bool ok = false;
        const qint64 ms = parser.value(interval).toLongLong(&ok);
        if (!ok || ms < 100 || ms > 3600000)
            return CliOutput::usageError(
                tr("--interval must be 100-3600000 ms, got \"%1\"").arg(parser.value(interval)));
        m_settings.intervalMs = ms;
    }
    m_settings.durationMs = defaultDurationMs;
    if (parser.isSet(duration)) {
        const qint64 ms = parseDuration(parser.value(duration));
        if (ms <= 0 || ms > maxDurationMs)
            return CliOutput::usageError(
                tr("--duration takes 10m, 90s, 1h or seconds, at most 7 days, got \"%1\"").arg(parser.value(duration)));
        m_settings.durationMs = ms;
    }
    if (m_settings.durationMs < m_settings.intervalMs)
        m_settings.durationMs = m_settings.intervalMs; // at least one check
    m_json = parser.isSet(json);
    m_csvFile = parser.value(csv);
    if (parser.isSet(report)) {
        m_reportFile = parser.value(report);
        if (!ReportRegistry::forFileName(m_reportFile))
            return CliOutput::usageError(
                tr("cannot write \"%1\": the report format follows the extension, one of %2")
                    .arg(m_reportFile, ReportRegistry::extensions().join(QStringLiteral(", "))));
    }
    for (const Profile &p : profiles.profiles()) {
        for (const ProfileVariant &v : p.variants) {
            if (p.id == m_context.profile.id && v.id == m_context.variant.id)
                continue;
            const QString name =
                p.variants.size() > 1 ? QStringLiteral("%1 (%2)").arg(p.name.text(), v.name.text()) : p.name.text();
            m_others.append({name, HealthThresholds::fromTiming(v.timing)});
        }
    }

    m_live = LBDOCTOR_ISATTY(2) && LBDOCTOR_ISATTY(1);
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_watch = new Watch(m_context, m_settings, this);
    connect(m_watch, &Watch::finished, this, &WatchCommand::finish);
    if (m_live) {
        connect(m_watch, &Watch::sampleAdded, this, &WatchCommand::showStatus);
        m_statusTimer.setInterval(1000);
        connect(&m_statusTimer, &QTimer::timeout, this, &WatchCommand::showStatus);
        m_statusTimer.start();
    }
    if (!m_json)
        CliOutput::err(tr("Watching %1 every %2 for %3 (%4)\n")
                           .arg(m_context.target.host, WatchAnalysis::durationText(m_settings.intervalMs),
                                WatchAnalysis::durationText(m_settings.durationMs),
                                QStringLiteral("%1/%2").arg(m_context.profile.id, m_context.variant.id)));
#ifndef Q_OS_WIN
    if (::pipe(interruptPipe) == 0) {
        auto *notifier = new QSocketNotifier(interruptPipe[0], QSocketNotifier::Read, this);
        connect(notifier, &QSocketNotifier::activated, this, [this, notifier] {
            notifier->setEnabled(false);
            std::signal(SIGINT, SIG_DFL); // a second Ctrl-C ends the process at once
            std::signal(SIGTERM, SIG_DFL);
            if (m_watch)
                m_watch->stop();
        });
        struct sigaction action
        { };
        action.sa_handler = onInterrupt;
        sigemptyset(&action.sa_mask);
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGTERM, &action, nullptr);
    }
#endif
    m_watch->start();
    return -1;
}

void WatchCommand::showStatus()
{
    if (!m_watch)
        return;
    const WatchRecord &r = m_watch->record();
    QString line =
        tr("%1 / %2  checks %3  failed %4  LB: %5")
            .arg(WatchAnalysis::clockText(m_watch->elapsedMs()), WatchAnalysis::clockText(m_settings.durationMs))
            .arg(r.total())
            .arg(r.failures())
            .arg(lbStateWord(m_watch->state()));
    const QList<WatchSample> last = r.total() ? QList<WatchSample>{r.samples().constLast()} : QList<WatchSample>{};
    if (!last.isEmpty())
        line += tr("  last: %1 %2 ms").arg(last.first().outcome).arg(last.first().latencyMs);
    CliOutput::statusLine(line);
}

void WatchCommand::finish()
{
    m_statusTimer.stop();
    if (m_live)
        CliOutput::statusLine(QString());
    const WatchRecord &record = m_watch->record();
    if (!m_watch->error().isEmpty() && record.isEmpty()) {
        CliOutput::err(QStringLiteral("lbdoctor-cli: ") + tr("cannot watch: %1").arg(m_watch->error())
                       + QLatin1Char('\n'));
        emit done(CliOutput::BadUsage);
        return;
    }
    Finding finding = WatchAnalysis::analyze(record, m_settings, m_others);
    if (!m_watch->error().isEmpty())
        finding.evidence << tr("the watch stopped early: %1").arg(m_watch->error());

    Session session;
    session.context = m_context;
    session.startedAt = m_startedAt;
    session.findings = {finding};
    session.timelineSvg = WatchTimeline::svg(record, m_settings);

    if (m_json) {
        QJsonArray probes;
        for (const WatchSample &s : record.samples()) {
            probes.append(
                QJsonObject{{QStringLiteral("t"), s.tMs},
                            {QStringLiteral("status"), s.passed ? QStringLiteral("pass") : QStringLiteral("fail")},
                            {QStringLiteral("ms"), s.latencyMs >= 0 ? QJsonValue(s.latencyMs) : QJsonValue()},
                            {QStringLiteral("code"), s.statusCode >= 0 ? QJsonValue(s.statusCode) : QJsonValue()},
                            {QStringLiteral("outcome"), s.outcome},
                            {QStringLiteral("scheduled"), s.scheduledMs}});
        }
        QJsonArray transitions;
        for (const WatchTransition &t : record.transitions())
            transitions.append(QJsonObject{{QStringLiteral("t"), t.tMs},
                                           {QStringLiteral("from"), lbStateId(t.from)},
                                           {QStringLiteral("to"), lbStateId(t.to)}});
        const QList<WatchSample> samples = record.samples();
        const auto pct = [&](double q) {
            const qint64 v = WatchAnalysis::percentile(samples, q);
            return v >= 0 ? QJsonValue(v) : QJsonValue();
        };
        const QJsonObject summary{
            {QStringLiteral("profile"), m_context.profile.id},
            {QStringLiteral("variant"), m_context.variant.id},
            {QStringLiteral("checks"), record.total()},
            {QStringLiteral("failed"), record.failures()},
            {QStringLiteral("kept"), samples.size()},
            {QStringLiteral("intervalMs"), m_settings.intervalMs},
            {QStringLiteral("timeoutMs"), m_settings.timeoutMs},
            {QStringLiteral("durationMs"), m_settings.durationMs},
            {QStringLiteral("healthyThreshold"), m_settings.thresholds.healthy},
            {QStringLiteral("unhealthyThreshold"), m_settings.thresholds.unhealthy},
            {QStringLiteral("initialState"), lbStateId(m_settings.thresholds.initial)},
            {QStringLiteral("initialStateDocumented"), m_settings.thresholds.initialDocumented},
            {QStringLiteral("finalState"), lbStateId(m_watch->state())},
            {QStringLiteral("everUnhealthy"), record.everUnhealthy()},
            {QStringLiteral("p50Ms"), pct(0.5)},
            {QStringLiteral("p90Ms"), pct(0.9)},
            {QStringLiteral("p99Ms"), pct(0.99)},
            {QStringLiteral("maxSendLagMs"), record.maxSendLagMs()},
        };
        QJsonArray findings{finding.toJson()};
        const QJsonObject root{{QStringLiteral("probes"), probes},
                               {QStringLiteral("transitions"), transitions},
                               {QStringLiteral("summary"), summary},
                               {QStringLiteral("findings"), findings}};
        CliOutput::out(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
    } else {
        CliOutput::out(TextFormat::finding(finding));
    }

    if (!m_csvFile.isEmpty()) {
        QSaveFile file(m_csvFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(WatchTimeline::csv(record)) < 0 || !file.commit()) {
            CliOutput::err(QStringLiteral("lbdoctor-cli: ")
                           + tr("cannot write \"%1\": %2").arg(m_csvFile, file.errorString()) + QLatin1Char('\n'));
            emit done(CliOutput::BadUsage);
            return;
        }
        if (!m_json)
            CliOutput::out(tr("CSV written to %1\n").arg(m_csvFile));
    }
    if (!m_reportFile.isEmpty()) {
        if (const auto written = ReportFile::write(session, m_reportFile); !written) {
            CliOutput::err(QStringLiteral("lbdoctor-cli: ") + written.error() + QLatin1Char('\n'));
            emit done(CliOutput::BadUsage);
            return;
        }
        if (!m_json)
            CliOutput::out(tr("Report written to %1\n").arg(m_reportFile));
    }
    emit done(record.everUnhealthy() ? CliOutput::ProblemFound : CliOutput::NothingFailed);
}
