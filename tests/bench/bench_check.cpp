// Times the two performance figures of the probes (issue 3):
//  1. `lbdoctor-cli check` of a healthy loopback HTTP backend, whole process, against the whole
//     process of `curl -sI` on the same URL, interleaved in one run (order alternating per round);
//  2. a backend that never answers: how long after the timeout the verdict comes, in-process
//     (HttpProbe alone) and as a whole `lbdoctor-cli check --timeout` process.
// The backend is DemoBackend on 127.0.0.1, on a thread of its own so that it keeps serving while
// this thread waits for the processes.
//
// Usage: bench_check [rounds]   (default 30)

#include "core/profilestore.h"
#include "core/stepexecutor.h"
#include "probes/demobackend.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

double median(QList<qint64> v)
{
    std::sort(v.begin(), v.end());
    if (v.isEmpty())
        return 0;
    return v.size() % 2 ? double(v[v.size() / 2]) : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2.0;
}

qint64 timeProcess(const QString &program, const QStringList &args, int *exitCode)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer clock;
    clock.start();
    p.start(program, args);
    p.waitForFinished(30000);
    const qint64 ms = clock.nsecsElapsed() / 1000; // microseconds
    p.readAll();
    *exitCode = p.exitCode();
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 30;
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty()) {
        std::fprintf(stderr, "bench_check: curl is not installed\n");
        return 2;
    }

    QThread serverThread;
    serverThread.start();
    auto *backend = new DemoBackend;
    backend->moveToThread(&serverThread);
    bool started = false;
    QMetaObject::invokeMethod(
        backend, [backend, &started] { started = backend->start().ok(); }, Qt::BlockingQueuedConnection);
    if (!started) {
        std::fprintf(stderr, "bench_check: the demo backend did not start\n");
        return 2;
    }
    const QString port = QString::number(backend->httpPort());
    const QString silentPort = QString::number(backend->silentPort());
    const QString url = QStringLiteral("http://127.0.0.1:%1%2").arg(port, DemoBackend::healthyPath());
    const QStringList checkArgs{QStringLiteral("check"),      QStringLiteral("--profile"), QStringLiteral("alibaba"),
                                QStringLiteral("--listener"), QStringLiteral("http"),      QStringLiteral("--ip"),
                                QStringLiteral("127.0.0.1"),  QStringLiteral("--port"),    port,
                                QStringLiteral("--path"),     DemoBackend::healthyPath()};
    const QStringList curlArgs{QStringLiteral("-sI"), url};

    // 1. Whole process, interleaved.
    QList<qint64> cli;
    QList<qint64> curlTimes;
    int code = 0;
    timeProcess(QStringLiteral(LBDOCTOR_CLI), checkArgs, &code); // warm the page cache
    timeProcess(curl, curlArgs, &code);
    for (int i = 0; i < rounds; ++i) {
        if (i % 2 == 0) {
            cli << timeProcess(QStringLiteral(LBDOCTOR_CLI), checkArgs, &code);
            if (code != 0)
                std::fprintf(stderr, "bench_check: check exited %d (expected 0)\n", code);
            curlTimes << timeProcess(curl, curlArgs, &code);
        } else {
            curlTimes << timeProcess(curl, curlArgs, &code);
            cli << timeProcess(QStringLiteral(LBDOCTOR_CLI), checkArgs, &code);
        }
    }
    const double mCli = median(cli) / 1000.0;
    const double mCurl = median(curlTimes) / 1000.0;
    std::printf("healthy backend %s, %d rounds interleaved\n", qPrintable(url), rounds);
    std::printf("  lbdoctor-cli check  median %.2f ms (min %.2f, max %.2f)\n", mCli,
                *std::min_element(cli.begin(), cli.end()) / 1000.0, *std::max_element(cli.begin(), cli.end()) / 1000.0);
    std::printf("  curl -sI            median %.2f ms (min %.2f, max %.2f)\n", mCurl,
                *std::min_element(curlTimes.begin(), curlTimes.end()) / 1000.0,
                *std::max_element(curlTimes.begin(), curlTimes.end()) / 1000.0);
    std::printf("  ratio check/curl    %.2fx (target <= 1.5x)\n", mCli / mCurl);

    // 2a. Never-answering backend, in-process: finished() after the probe's timeout.
    const int timeoutMs = 1000;
    ProfileStore store;
    store.loadAll();
    RunContext context;
    context.profile = *store.find(QStringLiteral("alibaba"));
    context.variant = *context.profile.variant({});
    TargetInput input;
    input.host = QStringLiteral("127.0.0.1");
    input.port = silentPort;
    context.target = TargetValidator::validate(input).target;
    context.timeoutMs = timeoutMs;
    QList<qint64> over;
    const int silentRounds = std::max(3, rounds / 3);
    for (int i = 0; i < silentRounds; ++i) {
        StepExecutor *probe = ExecutorRegistry::createProbe(QStringLiteral("http"), nullptr);
        QEventLoop loop;
        QElapsedTimer clock;
        QObject::connect(probe, &StepExecutor::finished, &loop, [&loop] { loop.quit(); });
        Step step;
        step.id = QStringLiteral("http");
        clock.start();
        probe->start(step, context);
        loop.exec();
        over << clock.elapsed() - timeoutMs;
        delete probe;
    }
    std::printf("never-answering backend 127.0.0.1:%s, timeout %d ms, %d rounds\n", qPrintable(silentPort), timeoutMs,
                silentRounds);
    std::printf("  HttpProbe verdict after timeout + median %.1f ms, max %lld ms (target <= +100 ms)\n", median(over),
                *std::max_element(over.begin(), over.end()));

    // 2b. The same as a whole process: start-up, both probes at once, printing.
    QList<qint64> overProcess;
    QStringList silentArgs = checkArgs;
    silentArgs[silentArgs.indexOf(port)] = silentPort;
    silentArgs << QStringLiteral("--timeout") << QString::number(timeoutMs);
    for (int i = 0; i < silentRounds; ++i) {
        overProcess << timeProcess(QStringLiteral(LBDOCTOR_CLI), silentArgs, &code) / 1000 - timeoutMs;
        if (code != 1)
            std::fprintf(stderr, "bench_check: check of the silent backend exited %d (expected 1)\n", code);
    }
    std::printf("  lbdoctor-cli check --timeout %d: process ends after timeout + median %.1f ms, max %lld ms\n",
                timeoutMs, median(overProcess), *std::max_element(overProcess.begin(), overProcess.end()));

    QMetaObject::invokeMethod(
        backend,
        [backend] {
            backend->stop();
            backend->deleteLater();
        },
        Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}
