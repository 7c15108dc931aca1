// The wizard's event loop while a server group runs (issue 18): the group's steps page checks N
// backends (default 1000: half healthy, a quarter refusing, a quarter never answering, timeout
// 1 s) on the GUI thread, table and progress updating, while a 10 ms QTimer measures the longest
// gap between its ticks (the stall a user would feel).
//   bench_gui_group [backends] [concurrency]   (QT_QPA_PLATFORM defaults to offscreen)
// The backends are LoopbackBackend servers on 127.21.x.y, on a thread of their own.
#include "groupstepspage.h"

#include "core/group/grouprunner.h"
#include "core/profilestore.h"
#include "groupbackends.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

namespace {
BackendKind kindOf(int i)
{
    return i % 4 < 2 ? BackendKind::Healthy : i % 4 == 2 ? BackendKind::Refused : BackendKind::Silent;
}

QHostAddress addressOf(int i)
{
    return QHostAddress(QStringLiteral("127.21.%1.%2").arg(i / 250).arg(i % 250 + 1));
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int count = argc > 1 ? std::max(4, atoi(argv[1])) : 1000;
    const int concurrency = argc > 2 ? std::max(1, atoi(argv[2])) : GroupRunner::defaultConcurrency;
    rlimit limit{};
    getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit);

    const quint16 port = 29000 + quint16(QCoreApplication::applicationPid() % 1000);
    QThread serverThread;
    serverThread.start();
    auto *holder = new QObject;
    holder->moveToThread(&serverThread);
    QMetaObject::invokeMethod(
        holder,
        [&] {
            for (int i = 0; i < count; ++i) {
                if (kindOf(i) == BackendKind::Refused)
                    continue;
                auto *s = new LoopbackBackend(kindOf(i), 300, holder);
                if (!s->listen(addressOf(i), port))
                    std::fprintf(stderr, "cannot listen on %s:%d\n", qPrintable(addressOf(i).toString()), port);
            }
        },
        Qt::BlockingQueuedConnection);

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
        row.line = i + 1;
        row.address = addressOf(i);
        row.port = row.checkPort = port;
        rows << row;
    }

    GroupStepsPage page([c] { return c; }, [rows] { return rows; }, {}, {});
    page.resize(1100, 700);
    page.show();
    QEventLoop settle;
    QTimer::singleShot(200, &settle, &QEventLoop::quit);
    settle.exec();
    page.findChild<QObject *>(QStringLiteral("groupConcurrency"))->setProperty("value", concurrency);

    QEventLoop loop;
    QTimer tick;
    tick.setInterval(10);
    tick.setTimerType(Qt::PreciseTimer);
    QElapsedTimer gap;
    qint64 maxGap = 0;
    QList<qint64> gaps;
    QElapsedTimer total;
    QStringList longGaps; // when the long stalls ended, from the start of the run
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        gaps << gap.restart();
        if (gaps.last() > 100)
            longGaps << QStringLiteral("%1 ms at %2 ms").arg(gaps.last()).arg(total.elapsed());
    });
    total.start();
    gap.start();
    tick.start();
    page.runAll();
    QObject::connect(page.runner(), &GroupRunner::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const qint64 ms = total.elapsed();
    // The answer and the last repaint count too.
    QEventLoop after;
    QTimer::singleShot(100, &after, &QEventLoop::quit);
    after.exec();
    tick.stop();
    for (qint64 g : std::as_const(gaps))
        maxGap = std::max(maxGap, g);
    std::sort(gaps.begin(), gaps.end());
    std::printf(
        "bench_gui_group: wizard group page, %d backends, concurrency %d: run %lld ms; 10 ms timer: %d ticks, median gap %lld ms, "
        "p99 %lld ms, longest %lld ms\n",
        count, concurrency, ms, int(gaps.size()), gaps.isEmpty() ? 0 : gaps.at(gaps.size() / 2),
        gaps.isEmpty() ? 0 : gaps.at(std::min<qsizetype>(gaps.size() - 1, gaps.size() * 99 / 100)), maxGap);

    if (!longGaps.isEmpty())
        std::printf("  gaps over 100 ms: %s\n", qPrintable(longGaps.join(QStringLiteral(", "))));
    QMetaObject::invokeMethod(
        holder, [holder] { delete holder; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}
