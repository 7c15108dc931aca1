#include "livecapturerun.h"

#include "clioutput.h"
#include "textformat.h"

#include "collect/capture/livecapture.h"

#include "core/evidenceanalysis.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSocketNotifier>

#include <memory>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {

#ifdef Q_OS_UNIX
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(signalPipe[1], &c, 1);
}
#endif

} // namespace

namespace LiveCaptureRun {

int run(QCoreApplication &app, const RunContext &context, const QString &interfaceName, int seconds, bool json)
{
    LiveCapture capture;
    capture.setContext(context);
    capture.setSeconds(seconds);
    capture.setInterface(interfaceName);
    QObject::connect(&capture, &LiveCapture::finished, &app, [&](const LiveCapture::Result &result) {
        if (result.failure != LiveCapture::Failure::None) {
            app.exit(CliOutput::usageError(result.message));
            return;
        }
        if (!json)
            CliOutput::err(LiveCaptureRun::Tr::tr("captured %1 packets in %2 s%3\n")
                               .arg(result.packets)
                               .arg(result.elapsedMs / 1000.0, 0, 'f', 1)
                               .arg(result.stoppedEarly ? LiveCaptureRun::Tr::tr(" (stopped early)") : QString()));
        Finding finding;
        if (const auto empty = LiveCapture::emptyCaptureFinding(result, context)) {
            finding = *empty;
        } else {
            Evidence evidence;
            evidence.kind = QStringLiteral("capture");
            evidence.file = result.file;
            evidence.origin = result.command;
            finding = EvidenceAnalysis::analyze(QStringLiteral("capture"), evidence, context);
        }
        finding.source = QStringLiteral("local");
        if (json)
            CliOutput::out(QString::fromUtf8(QJsonDocument(finding.toJson()).toJson(QJsonDocument::Indented)));
        else
            CliOutput::out(TextFormat::finding(finding));
        app.exit(finding.status == Status::Fail ? CliOutput::ProblemFound : CliOutput::NothingFailed);
    });
#ifdef Q_OS_UNIX
    // Ctrl-C stops the capture early; what was captured is still analyzed.
    std::unique_ptr<QSocketNotifier> notifier;
    if (::pipe(signalPipe) == 0) {
        ::fcntl(signalPipe[0], F_SETFD, FD_CLOEXEC);
        ::fcntl(signalPipe[1], F_SETFD, FD_CLOEXEC);
        notifier = std::make_unique<QSocketNotifier>(signalPipe[0], QSocketNotifier::Read);
        QObject::connect(notifier.get(), &QSocketNotifier::activated, &capture, [&capture] {
            char c = 0;
            [[maybe_unused]] const auto n = ::read(signalPipe[0], &c, 1);
            capture.stop();
        });
        struct sigaction action
        { };
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGTERM, &action, nullptr);
    }
#endif
    QObject::connect(&capture, &LiveCapture::progress, &app, [json](int elapsed, int total) {
        if (!json && elapsed > 0 && elapsed % 10 == 0)
            CliOutput::err(LiveCaptureRun::Tr::tr("capturing... %1 of %2 s\n").arg(elapsed).arg(total));
    });
    QObject::connect(&capture, &LiveCapture::listening, &app, [json, interfaceName, seconds] {
        if (!json)
            CliOutput::err(LiveCaptureRun::Tr::tr(
                               "capturing the health checks on %1 for %2 s with tcpdump (Ctrl-C ends it early)...\n")
                               .arg(interfaceName)
                               .arg(seconds));
    });
    capture.start();
    const int rc = app.exec();
#ifdef Q_OS_UNIX
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
#endif
    return rc;
}

} // namespace LiveCaptureRun
