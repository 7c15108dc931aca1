#include "bundlecommand.h"

#include "clioutput.h"
#include "targetoptions.h"

#include "collect/bundle/bundlescript.h"
#include "core/profilestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace BundleCommand {

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("BundleCommand", "Prints one read-only script that collects all of a backend's evidence at once."));
    CliOutput::addCommonOptions(parser);
    TargetOptions targetOptions(TargetOptions::HostRequirement::Optional);
    targetOptions.addTo(parser);
    const QCommandLineOption os(QStringLiteral("os"), QCoreApplication::translate("BundleCommand", "The backend's system: linux (POSIX sh) or windows (PowerShell 5.1+)."), QStringLiteral("OS"));
    parser.addOption(os);
    parser.addPositionalArgument(QStringLiteral("bundle"), QCoreApplication::translate("BundleCommand", "The bundle command."));
    if (const auto exitCode = CliOutput::parseCommand(parser, arguments, QStringLiteral("bundle")))
        return *exitCode;
    BundleOs bundleOs = BundleOs::Linux;
    if (!parser.isSet(os) || !BundleScript::fromId(parser.value(os), &bundleOs))
        return CliOutput::usageError(QCoreApplication::translate("BundleCommand", "bundle needs --os linux or --os windows, got \"%1\"").arg(parser.value(os)));

    ProfileStore profiles;
    profiles.loadAll();
    RunContext context;
    if (const auto built = targetOptions.build(parser, profiles, &context); !built)
        return CliOutput::usageError(built.error());
    CliOutput::out(BundleScript::generate(bundleOs, context));
    return CliOutput::NothingFailed;
}

} // namespace BundleCommand
