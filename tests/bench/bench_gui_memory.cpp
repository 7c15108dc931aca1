// Resident memory of the wizard after a full run against the demo backend on 127.0.0.1.
//   bench_gui_memory [--paste-mb N]   (QT_QPA_PLATFORM defaults to offscreen)
// Drives provider -> target -> mode (probe) -> Run all -> summary, with the listening step fed
// real `ss -ltn` output (padded to N MB when asked), then reads VmRSS and VmHWM from /proc.
#include "doctorwizard.h"
#include "providerpage.h"
#include "stepspage.h"
#include "targetpage.h"

#include "core/runner.h"
#include "probes/demobackend.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

namespace {

qint64 procStatusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field) + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs) {
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("lbdoctor-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_gui_memory"));
    int pasteMb = 0;
    const QStringList args = QCoreApplication::arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--paste-mb")); i > 0 && i + 1 < args.size())
        pasteMb = args[i + 1].toInt();

    DemoBackend backend;
    if (const auto started = backend.start(); !started) {
        std::fprintf(stderr, "demo backend: %s\n", qPrintable(started.error()));
        return 2;
    }
    const qint64 baseline = procStatusKb("VmRSS:");

    DoctorWizard wizard;
    wizard.show();
    wizard.providerPage()->select(QStringLiteral("alibaba"), QString());
    TargetInput input;
    input.listener = QStringLiteral("http");
    input.host = QStringLiteral("127.0.0.1");
    input.port = QString::number(backend.httpPort());
    input.path = DemoBackend::healthyPath();
    wizard.targetPage()->fill(input);
    wizard.next();
    wizard.next();
    wizard.next();
    if (wizard.currentId() != DoctorWizard::StepsPageId) {
        std::fprintf(stderr, "did not reach the steps page (at %d)\n", wizard.currentId());
        return 2;
    }
    QProcess ss;
    ss.start(QStringLiteral("ss"), {QStringLiteral("-ltn")});
    ss.waitForFinished(5000);
    QString sockets = QString::fromLocal8Bit(ss.readAllStandardOutput());
    const QString body = sockets.section(QLatin1Char('\n'), 1);
    while (pasteMb > 0 && sockets.size() < pasteMb * 1024 * 1024 && !body.isEmpty())
        sockets += body;
    StepsPage *steps = wizard.stepsPage();
    if (!sockets.isEmpty())
        steps->analyze(QStringLiteral("listening"), Evidence{QString(), sockets, QStringLiteral("ss -ltn")});
    waitUntil([steps] { return !steps->runner()->isRunning(); }, 60000);
    QElapsedTimer clock;
    clock.start();
    steps->runAll();
    waitUntil([steps] { return !steps->runner()->isRunning(); }, 60000);
    const qint64 runMs = clock.elapsed();
    wizard.next();
    waitUntil([] { return false; }, 200); // let the summary lay out and paint
    sockets.clear();

    const qint64 rss = procStatusKb("VmRSS:");
    const qint64 peak = procStatusKb("VmHWM:");
    std::printf("full run (%lld findings, %lld ms, paste %d MB), summary page %s\n",
                qlonglong(steps->runner()->findings().size()), runMs, pasteMb,
                wizard.currentId() == DoctorWizard::SummaryPageId ? "shown" : "NOT shown");
    std::printf("resident memory after the run: %.1f MB (before the wizard %.1f MB, peak %.1f MB); budget 80 MB: %s\n",
                rss / 1024.0, baseline / 1024.0, peak / 1024.0, rss < 80 * 1024 ? "met" : "MISSED");
    return rss < 80 * 1024 ? 0 : 1;
}
