// Whole-process time of `lbdoctor-cli --version` and `lbdoctor-cli profiles --json` (issue 2),
// interleaved with `/bin/true` as the cost of starting any process on this machine, so the ratio
// stays meaningful on a noisy machine.
//
// Usage: bench_cli_startup [rounds]   (default 40)

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>

namespace {

double medianMs(QList<qint64> microseconds)
{
    std::sort(microseconds.begin(), microseconds.end());
    return microseconds.isEmpty() ? 0 : double(microseconds[microseconds.size() / 2]) / 1000.0;
}

qint64 runOnce(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    p.start(program, args);
    p.waitForFinished(30000);
    const qint64 us = clock.nsecsElapsed() / 1000;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        std::fprintf(stderr, "bench_cli_startup: %s exited with %d\n", qPrintable(program), p.exitCode());
    return us;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 40;
    const QString cli = QStringLiteral(LBDOCTOR_CLI);
    const QString trueProgram = QStandardPaths::findExecutable(QStringLiteral("true"));
    QList<qint64> version, profiles, baseline;
    for (int i = 0; i < rounds; ++i) {
        version << runOnce(cli, {QStringLiteral("--version")});
        profiles << runOnce(cli, {QStringLiteral("profiles"), QStringLiteral("--json")});
        baseline << runOnce(trueProgram, {});
    }
    const double base = std::max(medianMs(baseline), 0.001);
    std::printf("bench_cli_startup: %d rounds, whole process, median\n", rounds);
    std::printf("  lbdoctor-cli --version         %7.2f ms (%.1fx /bin/true)\n", medianMs(version),
                medianMs(version) / base);
    std::printf("  lbdoctor-cli profiles --json   %7.2f ms (%.1fx /bin/true)\n", medianMs(profiles),
                medianMs(profiles) / base);
    std::printf("  /bin/true                      %7.2f ms\n", base);
    return 0;
}
