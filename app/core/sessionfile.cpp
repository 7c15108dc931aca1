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

Result<void> save(const Session &session, const QString &fileName)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return Error{SessionFile::Tr::tr("cannot save the session to %1: %2").arg(fileName, file.errorString())};
    const QByteArray bytes = QJsonDocument(session.toJson()).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        const QString problem = file.errorString();
        file.cancelWriting();
        return Error{SessionFile::Tr::tr("cannot save the session to %1: %2").arg(fileName, problem)};
    }
    return {};
}

Result<Session> parse(const QByteArray &bytes, const ProfileStore &profiles)
{
    if (bytes.trimmed().isEmpty())
        return Error{SessionFile::Tr::tr("the file is empty")};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{SessionFile::Tr::tr("the file is damaged: %1 at byte %2")
                         .arg(parseError.errorString())
                         .arg(parseError.offset)};
    if (!document.isObject())
        return Error{SessionFile::Tr::tr("the file is not an LB Doctor session (no JSON object)")};
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("tool")).toObject().value(QStringLiteral("name")).toString()
        != QStringLiteral("lbdoctor"))
        return Error{SessionFile::Tr::tr("the file is not an LB Doctor session (\"tool\" is not lbdoctor)")};
    return Session::fromJson(root, profiles);
}

Result<Session> load(const QString &fileName, const ProfileStore &profiles)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Error{SessionFile::Tr::tr("cannot open %1: %2").arg(fileName, file.errorString())};
    if (file.size() > maxSessionBytes) {
        return Error{SessionFile::Tr::tr("cannot open %1: %2 MB is too large for a session")
                         .arg(fileName, QString::number(file.size() / (1024 * 1024)))};
    }
    auto session = parse(file.readAll(), profiles);
    if (!session)
        return Error{SessionFile::Tr::tr("cannot open %1: %2").arg(fileName, session.error())};
    return session;
}

} // namespace SessionFile
