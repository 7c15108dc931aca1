// Times a whole server group (issue 18), whole process, side by side in one run:
//  1. `lbdoctor-cli check --targets` (text output; once more with --json) over N backends (default 1000: half healthy,
//  a quarter
//     refusing, a quarter never answering) with a 1 s timeout, with --concurrency 500 and with the
//     default; wall time, and peak memory from /usr/bin/time -v;
//  2. the same N URLs through `xargs -P 64 -n 1 curl -sI -m 1`;
//  3. the event loop's longest stall while GroupRunner runs the same group in-process (a 10 ms
//     QTimer; the wizard runs the group on its GUI thread the same way).
// The backends are LoopbackBackend servers on 127.20.x.y (Linux routes 127/8 to lo), on a thread
// of their own; a never-answering backend accepts and never writes.
//
// Usage: bench_group [backends] [rounds]   (default 1000 3)
//        bench_group --serve FILE [backends] only starts the backends, writes their list to FILE
//                                             and serves for 10 minutes (for profiling by hand)

#include "core/group/grouprunner.h"
#include "core/plan.h"
#include "core/profilestore.h"
#include "groupbackends.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

#include <sys/resource.h>

namespace {

struct Figures
{
    qint64 wallMs = 0;
    qint64 rssKb = 0;
    double cpuS = 0; // user + system, from /usr/bin/time -v
    int exitCode = -1;
    QString note;
};

BackendKind kindOf(int i)
{
    switch (i % 4) {
    case 0:
    case 1: return BackendKind::Healthy;
    case 2: return BackendKind::Refused;
    default: return BackendKind::Silent;
    }
}

QHostAddress addressOf(int i)
{
    return QHostAddress(QStringLiteral("127.20.%1.%2").arg(i / 250).arg(i % 250 + 1));
}

Figures timeProcess(const QString &program, const QStringList &args, const QString &stdinFile = {})
{
    Figures f;
    QProcess p;
    if (!stdinFile.isEmpty())
        p.setStandardInputFile(stdinFile);
    QElapsedTimer clock;
    clock.start();
    p.start(program, args);
    p.waitForFinished(120000);
    f.wallMs = clock.elapsed();
    const QByteArray out = p.readAllStandardOutput();
    const QString err = QString::fromUtf8(p.readAllStandardError());
    f.exitCode = p.exitCode();
    static const QRegularExpression rss(QStringLiteral("Maximum resident set size \\(kbytes\\): (\\d+)"));
    if (const auto m = rss.match(err); m.hasMatch())
        f.rssKb = m.captured(1).toLongLong();
    static const QRegularExpression cpu(QStringLiteral("(?:User|System) time \\(seconds\\): ([0-9.]+)"));
    for (auto it = cpu.globalMatch(err); it.hasNext();)
        f.cpuS += it.next().captured(1).toDouble();
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    static const QRegularExpression verdict(QStringLiteral("Verdict: [A-Z]+ \\(([^)]*)\\)"));
    if (o.contains(QStringLiteral("counts"))) {
        const QJsonObject c = o.value(QStringLiteral("counts")).toObject();
        f.note = QStringLiteral("%1 failing, %2 healthy (JSON, %3 bytes)")
                     .arg(c.value(QStringLiteral("failing")).toInt())
                     .arg(c.value(QStringLiteral("healthy")).toInt())
                     .arg(out.size());
    } else if (const auto m = verdict.match(QString::fromUtf8(out)); m.hasMatch()) {
        f.note = m.captured(1);
    } else {
        f.note = QStringLiteral("%1 lines of output").arg(out.count('\n'));
    }
    return f;
}

qint64 median(QList<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool serveOnly = argc > 2 && qstrcmp(argv[1], "--serve") == 0;
    const QString serveFile = serveOnly ? QString::fromLocal8Bit(argv[2]) : QString();
    if (serveOnly) {
        argv += 2;
        argc -= 2;
    }
    const int count = argc > 1 ? std::max(4, atoi(argv[1])) : 1000;
    const int rounds = argc > 2 ? std::max(1, atoi(argv[2])) : 3;
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    const QString time = QStringLiteral("/usr/bin/time");
    if (curl.isEmpty() || !QFile::exists(time)) {
        std::fprintf(stderr, "bench_group: needs curl and /usr/bin/time\n");
        return 2;
    }
    // Every connection is a descriptor: this process holds the servers' and the silent ones' too.
    rlimit limit{};
    getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit);

    // The backends, on a thread of their own so they serve while this thread waits for processes.
    const quint16 port = 28000 + quint16(QCoreApplication::applicationPid() % 1000);
    QThread serverThread;
    serverThread.start();
    auto *holder = new QObject;
    holder->moveToThread(&serverThread);
    int listening = 0;
    int healthy = 0, refusing = 0, silent = 0;
    for (int i = 0; i < count; ++i) {
        healthy += kindOf(i) == BackendKind::Healthy ? 1 : 0;
        refusing += kindOf(i) == BackendKind::Refused ? 1 : 0;
        silent += kindOf(i) == BackendKind::Silent ? 1 : 0;
    }
    QMetaObject::invokeMethod(
        holder,
        [&] {
            for (int i = 0; i < count; ++i) {
                if (kindOf(i) == BackendKind::Refused)
                    continue;
                auto *s = new LoopbackBackend(kindOf(i), 300, holder);
                s->setMaxPendingConnections(1000);
                if (s->listen(addressOf(i), port))
                    ++listening;
                else
                    std::fprintf(stderr, "cannot listen on %s:%d: %s\n", qPrintable(addressOf(i).toString()), port,
                                 qPrintable(s->errorString()));
            }
        },
        Qt::BlockingQueuedConnection);
    std::printf(
        "bench_group: %d backends on 127.20.x.y:%d (%d healthy, %d refusing, %d never answering), %d listening, timeout 1000 ms, %d rounds\n",
        count, port, healthy, refusing, silent, listening, rounds);

    if (serveOnly) {
        QFile list(serveFile);
        if (!list.open(QIODevice::WriteOnly))
            return 2;
        list.write("ip,port\n");
        for (int i = 0; i < count; ++i)
            list.write(QStringLiteral("%1,%2\n").arg(addressOf(i).toString()).arg(port).toUtf8());
        list.close();
        std::printf("serving; list in %s\n", qPrintable(serveFile));
        std::fflush(stdout);
        QThread::sleep(600);
        return 0;
    }

    QTemporaryDir dir;
    const QString csvFile = dir.filePath(QStringLiteral("group.csv"));
    const QString urlFile = dir.filePath(QStringLiteral("urls.txt"));
    {
        QFile csv(csvFile);
        QFile urls(urlFile);
        if (!csv.open(QIODevice::WriteOnly) || !urls.open(QIODevice::WriteOnly))
            return 2;
        csv.write("ip,port\n");
        for (int i = 0; i < count; ++i) {
            csv.write(QStringLiteral("%1,%2\n").arg(addressOf(i).toString()).arg(port).toUtf8());
            urls.write(QStringLiteral("http://%1:%2/\n").arg(addressOf(i).toString()).arg(port).toUtf8());
        }
    }
    const QStringList check{QStringLiteral("-v"),
                            QStringLiteral(LBDOCTOR_CLI),
                            QStringLiteral("check"),
                            QStringLiteral("--profile"),
                            QStringLiteral("huawei"),
                            QStringLiteral("--variant"),
                            QStringLiteral("shared"),
                            QStringLiteral("--listener"),
                            QStringLiteral("http"),
                            QStringLiteral("--timeout"),
                            QStringLiteral("1000"),
                            QStringLiteral("--targets"),
                            csvFile};
    const QStringList xargs{
        QStringLiteral("-P"),  QStringLiteral("64"), QStringLiteral("-n"), QStringLiteral("1"), curl,
        QStringLiteral("-sI"), QStringLiteral("-m"), QStringLiteral("1")};

    QList<qint64> wide, deflt, curls, wideRss, defltRss, curlRss;
    for (int r = 0; r < rounds; ++r) {
        // Alternate the order so that neither side always runs on a warmer machine.
        const auto runLbd = [&] {
            const Figures a =
                timeProcess(time, check + QStringList{QStringLiteral("--concurrency"), QStringLiteral("500")});
            std::printf(
                "  round %d  lbdoctor-cli --concurrency 500: %5lld ms, peak RSS %6lld KiB, CPU %.2f s, exit %d, %s\n",
                r + 1, a.wallMs, a.rssKb, a.cpuS, a.exitCode, qPrintable(a.note));
            wide << a.wallMs;
            wideRss << a.rssKb;
            const Figures b = timeProcess(time, check);
            std::printf(
                "  round %d  lbdoctor-cli (default %d):    %5lld ms, peak RSS %6lld KiB, CPU %.2f s, exit %d, %s\n",
                r + 1, GroupRunner::defaultConcurrency, b.wallMs, b.rssKb, b.cpuS, b.exitCode, qPrintable(b.note));
            deflt << b.wallMs;
            defltRss << b.rssKb;
        };
        const auto runCurl = [&] {
            const Figures c =
                timeProcess(time, QStringList{QStringLiteral("-v"), QStringLiteral("xargs")} + xargs, urlFile);
            std::printf(
                "  round %d  xargs -P 64 -n 1 curl -sI -m 1: %5lld ms, peak RSS %6lld KiB (xargs), CPU %.2f s (with the curls), exit %d, %s\n",
                r + 1, c.wallMs, c.rssKb, c.cpuS, c.exitCode, qPrintable(c.note));
            curls << c.wallMs;
            curlRss << c.rssKb;
        };
        if (r % 2 == 0) {
            runLbd();
            runCurl();
        } else {
            runCurl();
            runLbd();
        }
    }
    const Figures json = timeProcess(
        time, check + QStringList{QStringLiteral("--concurrency"), QStringLiteral("500"), QStringLiteral("--json")});
    std::printf(
        "  once     lbdoctor-cli --concurrency 500 --json: %5lld ms, peak RSS %6lld KiB, CPU %.2f s, exit %d, %s\n",
        json.wallMs, json.rssKb, json.cpuS, json.exitCode, qPrintable(json.note));
    std::printf("median wall: lbdoctor-cli --concurrency 500 %lld ms; default %lld ms; xargs+curl %lld ms\n",
                median(wide), median(deflt), median(curls));
    std::printf("speed-up over xargs+curl: %.2fx (--concurrency 500), %.2fx (default)\n",
                double(median(curls)) / std::max<qint64>(1, median(wide)),
                double(median(curls)) / std::max<qint64>(1, median(deflt)));
    std::printf("peak RSS: lbdoctor-cli %lld KiB (--concurrency 500), %lld KiB (default)\n",
                *std::max_element(wideRss.cbegin(), wideRss.cend()),
                *std::max_element(defltRss.cbegin(), defltRss.cend()));

    // The event loop while the same group runs in-process (what the wizard's GUI thread does).
    ProfileStore store;
    store.loadAll();
    RunContext c;
    c.profile = *store.find(QStringLiteral("huawei"));
    c.variant = *c.profile.variant(QStringLiteral("shared"));
    TargetInput in;
    in.listener = QStringLiteral("http");
    in.host = addressOf(0).toString();
    in.port = QString::number(port);
    c.target = TargetValidator::validate(in).target;
    c.timeoutMs = 1000;
    QList<TargetRow> rows;
    for (int i = 0; i < count; ++i) {
        TargetRow row;
        row.address = addressOf(i);
        row.port = row.checkPort = port;
        rows << row;
    }
    for (const int concurrency : {GroupRunner::defaultConcurrency, 500}) {
        GroupRunner runner(c, Plan::build(c.variant, c.target.listener, RunMode::Probe), rows);
        runner.setConcurrency(concurrency);
        QEventLoop loop;
        QObject::connect(&runner, &GroupRunner::finished, &loop, &QEventLoop::quit);
        QTimer tick;
        tick.setInterval(10);
        tick.setTimerType(Qt::PreciseTimer);
        QElapsedTimer gap;
        qint64 maxGap = 0;
        int ticks = 0;
        QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
            maxGap = std::max(maxGap, gap.restart());
            ++ticks;
        });
        QElapsedTimer total;
        total.start();
        gap.start();
        tick.start();
        runner.start();
        loop.exec();
        std::printf(
            "in-process GroupRunner, concurrency %d: %lld ms for %d backends; 10 ms timer: %d ticks, longest gap %lld ms\n",
            concurrency, total.elapsed(), count, ticks, maxGap);
    }

    QMetaObject::invokeMethod(
        holder, [holder] { delete holder; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}
