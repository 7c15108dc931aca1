#include "doctorwizard.h"

#include "core/translation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>

// The translation context "main" of its texts.
struct MainText
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("lbdoctor"));
    QCoreApplication::setApplicationName(QStringLiteral("lbdoctor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LBDOCTOR_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("LB Doctor"));
    QGuiApplication::setDesktopFileName(QStringLiteral("lbdoctor"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/lbdoctor.svg")));

    // The language is chosen before the parser runs, so that --help is translated too.
    Translation::install(app, Translation::requestedLanguage(QCoreApplication::arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(MainText::tr("Finds out why a load balancer marks a backend unhealthy."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        MainText::tr("Language: %1 (default: the system's).").arg(Translation::available().join(QStringLiteral(", "))),
        QStringLiteral("LANG"));
    parser.addOption(lang);
    parser.addPositionalArgument(QStringLiteral("session"), MainText::tr("A saved session to reopen."),
                                 QStringLiteral("[session]"));
    parser.process(app);

    DoctorWizard wizard;
    wizard.show();
    if (!parser.positionalArguments().isEmpty()) {
        if (const auto opened = wizard.openSession(parser.positionalArguments().constFirst()); !opened)
            qWarning("%s", qUtf8Printable(MainText::tr("The session was not opened: %1").arg(opened.error())));
    }
    return app.exec();
}
