#include "sessionfile.h"

#include "profilestore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace {
// Far above any real session (raw outputs of a dozen steps), far below what would exhaust memory.
constexpr qint64 maxSessionBytes = 512LL * 1024 * 1024;

} // namespace

namespace SessionFile {

QString suffix()
{
    return QStringLiteral(".lbdoctor.json");
}

QString withSuffix(const QString &fileName)
{
    return fileName.endsWith(suffix(), Qt::CaseInsensitive) ? fileName : fileName + suffix();
}

bool save(const Session &session, const QString &fileName, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("SessionFile", "cannot save the session to %1: %2").arg(fileName, file.errorString());
        return false;
    }
    const QByteArray bytes = QJsonDocument(session.toJson()).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QCoreApplication::translate("SessionFile", "cannot save the session to %1: %2").arg(fileName, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

std::optional<Session> parse(const QByteArray &bytes, const ProfileStore &profiles, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<Session> {
        *error = message;
        return std::nullopt;
    };
    if (bytes.trimmed().isEmpty())
        return fail(QCoreApplication::translate("SessionFile", "the file is empty"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QCoreApplication::translate("SessionFile", "the file is damaged: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return fail(QCoreApplication::translate("SessionFile", "the file is not an LB Doctor session (no JSON object)"));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("tool")).toObject().value(QStringLiteral("name")).toString() != QStringLiteral("lbdoctor"))
        return fail(QCoreApplication::translate("SessionFile", "the file is not an LB Doctor session (\"tool\" is not lbdoctor)"));
    QString problem;
    auto session = Session::fromJson(root, profiles, &problem);
    if (!session)
        return fail(problem);
    return session;
}

std::optional<Session> load(const QString &fileName, const ProfileStore &profiles, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("SessionFile", "cannot open %1: %2").arg(fileName, file.errorString());
        return std::nullopt;
    }
    if (file.size() > maxSessionBytes) {
        *error = QCoreApplication::translate("SessionFile", "cannot open %1: %2 MB is too large for a session").arg(fileName, QString::number(file.size() / (1024 * 1024)));
        return std::nullopt;
    }
    QString problem;
    auto session = parse(file.readAll(), profiles, &problem);
    if (!session)
        *error = QCoreApplication::translate("SessionFile", "cannot open %1: %2").arg(fileName, problem);
    return session;
}

} // namespace SessionFile
