#include "cliapplication.h"

#include "core/translation.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lbdoctor"));
    QCoreApplication::setOrganizationName(QStringLiteral("lbdoctor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LBDOCTOR_VERSION));
    Translation::install(app, Translation::requestedLanguage(QCoreApplication::arguments()));
    CliApplication cli(app);
    return cli.run(QCoreApplication::arguments());
}
