#include "translation.h"

#include "localizedtext.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translation {

QStringList available()
{
    QStringList out{QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("lbdoctor_*.qm")});
    for (const QString &f : files)
        out << f.mid(9, f.size() - 9 - 3);
    return out;
}

QString requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a.startsWith(QStringLiteral("--lang=")))
            return a.mid(7);
        if (a == QStringLiteral("--lang") && i + 1 < arguments.size())
            return arguments[i + 1];
    }
    return {};
}

QString install(QCoreApplication &app, const QString &language)
{
    QString chosen = language;
    if (chosen.isEmpty()) {
        const QStringList ui = QLocale::system().uiLanguages();
        for (const QString &l : ui) {
            const QString name = QLocale(l).name();
            if (available().contains(name)) {
                chosen = name;
                break;
            }
        }
    }
    if (chosen.isEmpty() || chosen == QStringLiteral("en") || chosen.startsWith(QStringLiteral("en_"))) {
        LocalizedText::setLanguage(QStringLiteral("en"));
        return QStringLiteral("en");
    }
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/lbdoctor_") + chosen + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(chosen), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    LocalizedText::setLanguage(chosen);
    return chosen;
}

} // namespace Translation
