#include "cliapplication.h"

#include "core/inputchannel.h"
#include "core/translation.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lbdoctor"));
    QCoreApplication::setOrganizationName(QStringLiteral("lbdoctor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LBDOCTOR_VERSION));
    Translation::install(app, Translation::requestedLanguage(QCoreApplication::arguments()));
    // Evidence comes as --evidence KIND=FILE, --local, --ssh or a bundle here, never as a paste.
    InputChannel::set(InputChannel::Kind::CommandLine);
    CliApplication cli(app);
    return cli.run(QCoreApplication::arguments());
}
