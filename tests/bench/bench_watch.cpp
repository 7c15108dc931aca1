// The watch's performance figures (issue 17): a one-hour watch at a 1 s interval must stay under
// 50 MB resident and 1 % of one core on average, and send every check within 5 ms of its schedule
// with no drift. Measured, side by side in one run, against DemoBackend's healthy HTTP page on
// 127.0.0.1 (served from a thread of its own):
//  1. in-process, a shortened 1 s-interval watch: send lag against the schedule (max, p99, first
//     vs last quarter: drift), and the CPU of the thread the watch runs on;
//  2. in-process, the per-check cost: many checks at a 5 ms interval, thread CPU per check, and
//     resident growth per kept check, extrapolated to 3600 checks;
//  3. the whole `lbdoctor-cli watch --interval 1000` process over the shortened run: its CPU
//     (user + system) as a share of one core and its peak resident size.
//
// Usage: bench_watch [seconds]   (default 60; the shortened run's length)

#include "core/profilestore.h"
#include "probes/demobackend.h"
#include "probes/watch/watch.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <sys/resource.h>
#include <algorithm>
#include <cstdio>
#include <ctime>

namespace {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

long residentKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

void runWatch(Watch &watch)
{
    QEventLoop loop;
    QObject::connect(&watch, &Watch::finished, &loop, &QEventLoop::quit);
    watch.start();
    loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(5, atoi(argv[1])) : 60;

    QThread serverThread;
    serverThread.start();
    auto *backend = new DemoBackend;
    backend->moveToThread(&serverThread);
    bool started = false;
    QMetaObject::invokeMethod(
        backend, [backend, &started] { started = backend->start().ok(); }, Qt::BlockingQueuedConnection);
    if (!started) {
        std::fprintf(stderr, "bench_watch: the demo backend did not start\n");
        return 2;
    }
    const QString port = QString::number(backend->httpPort());

    ProfileStore store;
    store.loadAll();
    RunContext context;
    context.profile = *store.find(QStringLiteral("alibaba"));
    context.variant = *context.profile.variant({});
    TargetInput input;
    input.host = QStringLiteral("127.0.0.1");
    input.port = port;
    input.path = DemoBackend::healthyPath();
    context.target = TargetValidator::validate(input).target;
    context.timeoutMs = 2000;

    {
        QFile load(QStringLiteral("/proc/loadavg"));
        if (load.open(QIODevice::ReadOnly))
            std::printf("machine load average (1/5/15 min) at start: %s\n",
                        load.readAll().split(' ').mid(0, 3).join(' ').constData());
    }

    // 1. The shortened 1 s-interval watch.
    {
        WatchSettings s = Watch::settingsFor(context);
        s.intervalMs = 1000;
        s.durationMs = qint64(seconds) * 1000;
        Watch watch(context, s);
        const double cpu0 = threadCpuMs();
        runWatch(watch);
        const double cpu = threadCpuMs() - cpu0;
        QList<qint64> lags;
        for (const WatchSample &x : watch.record().samples())
            lags << x.tMs - x.scheduledMs;
        QList<qint64> sorted = lags;
        std::sort(sorted.begin(), sorted.end());
        const qsizetype q = std::max<qsizetype>(1, lags.size() / 4);
        double first = 0, last = 0;
        for (qsizetype i = 0; i < q; ++i) {
            first += lags[i];
            last += lags[lags.size() - 1 - i];
        }
        std::printf("1. in-process watch, %d s at 1 s interval, %lld checks (%lld failed) against %s\n", seconds,
                    watch.record().total(), watch.record().failures(), qPrintable(QStringLiteral("127.0.0.1:") + port));
        std::printf("   send lag vs schedule: max %lld ms, p99 %lld ms, median %lld ms (target within 5 ms)\n",
                    sorted.last(), sorted[std::min<qsizetype>(sorted.size() - 1, sorted.size() * 99 / 100)],
                    sorted[sorted.size() / 2]);
        const auto within = std::count_if(lags.cbegin(), lags.cend(), [](qint64 l) { return l >= 0 && l <= 5; });
        std::printf("   %lld of %lld checks sent within 5 ms of schedule (%.1f %%); none before it: %s\n",
                    qint64(within), qint64(lags.size()), 100.0 * within / std::max<qsizetype>(1, lags.size()),
                    sorted.first() >= 0 ? "yes" : "no");
        std::printf("   drift: mean lag first quarter %.2f ms, last quarter %.2f ms\n", first / q, last / q);
        std::printf("   watch thread CPU %.1f ms over %d s = %.4f %% of one core (target < 1 %%)\n", cpu, seconds,
                    cpu / (seconds * 10.0));
    }

    // 2. Per-check cost and memory per kept check.
    {
        const int checks = 2000;
        WatchSettings s = Watch::settingsFor(context);
        s.intervalMs = 5;
        s.durationMs = qint64(checks) * s.intervalMs;
        Watch watch(context, s);
        const long rss0 = residentKb();
        const double cpu0 = threadCpuMs();
        runWatch(watch);
        const double cpu = threadCpuMs() - cpu0;
        const long rss1 = residentKb();
        const double perCheckMs = cpu / double(watch.record().total());
        std::printf("2. per-check cost: %lld checks at 5 ms interval: watch thread CPU %.3f ms per check\n",
                    watch.record().total(), perCheckMs);
        std::printf("   one hour at 1 s = 3600 checks: %.1f ms CPU = %.4f %% of one core\n", perCheckMs * 3600,
                    perCheckMs * 3600 / 36000.0);
        std::printf(
            "   resident %ld -> %ld KiB (+%ld KiB for %lld kept checks; sizeof(WatchSample) %zu B: 3600 checks = %.0f KiB)\n",
            rss0, rss1, rss1 - rss0, watch.record().total(), sizeof(WatchSample), 3600.0 * sizeof(WatchSample) / 1024);
    }

    // 3. The whole CLI process.
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        rusage before{};
        getrusage(RUSAGE_CHILDREN, &before);
        p.start(QStringLiteral(LBDOCTOR_CLI),
                {QStringLiteral("watch"), QStringLiteral("--profile"), QStringLiteral("alibaba"),
                 QStringLiteral("--listener"), QStringLiteral("http"), QStringLiteral("--ip"),
                 QStringLiteral("127.0.0.1"), QStringLiteral("--port"), port, QStringLiteral("--path"),
                 DemoBackend::healthyPath(), QStringLiteral("--interval"), QStringLiteral("1000"),
                 QStringLiteral("--duration"), QString::number(seconds), QStringLiteral("--json")});
        p.waitForFinished((seconds + 30) * 1000);
        rusage after{};
        getrusage(RUSAGE_CHILDREN, &after);
        const auto ms = [](const timeval &t) { return t.tv_sec * 1000.0 + t.tv_usec / 1000.0; };
        const double cpu = ms(after.ru_utime) - ms(before.ru_utime) + ms(after.ru_stime) - ms(before.ru_stime);
        std::printf(
            "3. lbdoctor-cli watch --interval 1000 --duration %d (exit %d): CPU %.0f ms (start-up included) = %.3f %% of one core; "
            "peak resident %ld KiB (target < 50 MB)\n",
            seconds, p.exitCode(), cpu, cpu / (seconds * 10.0), after.ru_maxrss);
    }

    QMetaObject::invokeMethod(
        backend,
        [backend] {
            backend->stop();
            delete backend;
        },
        Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}
