#include "bundlecommand.h"

#include "clioutput.h"
#include "targetoptions.h"

#include "collect/bundle/bundlescript.h"
#include "collect/capture/livecapture.h"
#include "core/profilestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace BundleCommand {

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        BundleCommand::Tr::tr("Prints one read-only script that collects all of a backend's evidence at once."));
    CliOutput::addCommonOptions(parser);
    TargetOptions targetOptions(TargetOptions::HostRequirement::Optional);
    targetOptions.addTo(parser);
    const QCommandLineOption os(
        QStringLiteral("os"),
        BundleCommand::Tr::tr("The backend's system: linux (POSIX sh) or windows (PowerShell 5.1+)."),
        QStringLiteral("OS"));
    parser.addOption(os);
    const QCommandLineOption capture(
        QStringLiteral("capture"),
        BundleCommand::Tr::tr(
            "Add a bounded packet capture of the health checks as the last section (tcpdump for SECONDS, 30s, 2m; Linux, as root or with sudo -n). Off unless given."),
        QStringLiteral("SECONDS"));
    parser.addOption(capture);
    parser.addPositionalArgument(QStringLiteral("bundle"), BundleCommand::Tr::tr("The bundle command."));
    if (const auto exitCode = CliOutput::parseCommand(parser, arguments, QStringLiteral("bundle")))
        return *exitCode;
    BundleOs bundleOs = BundleOs::Linux;
    if (!parser.isSet(os) || !BundleScript::fromId(parser.value(os), &bundleOs))
        return CliOutput::usageError(
            BundleCommand::Tr::tr("bundle needs --os linux or --os windows, got \"%1\"").arg(parser.value(os)));

    int captureSeconds = 0;
    if (parser.isSet(capture)) {
        captureSeconds = LiveCapture::parseDuration(parser.value(capture));
        if (captureSeconds <= 0)
            return CliOutput::usageError(
                BundleCommand::Tr::tr("--capture takes a duration of 1 s to 1 h (30, 30s, 2m), got \"%1\"")
                    .arg(parser.value(capture)));
    }

    ProfileStore profiles;
    profiles.loadAll();
    RunContext context;
    if (const auto built = targetOptions.build(parser, profiles, &context); !built)
        return CliOutput::usageError(built.error());
    CliOutput::out(BundleScript::generate(bundleOs, context, captureSeconds));
    return CliOutput::NothingFailed;
}

} // namespace BundleCommand
