#include "sessionfile.h"

#include "profilestore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
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

namespace {
Result<void> saveJson(const QJsonObject &object, const QString &fileName)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return Error{SessionFile::Tr::tr("cannot save the session to %1: %2").arg(fileName, file.errorString())};
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        const QString problem = file.errorString();
        file.cancelWriting();
        return Error{SessionFile::Tr::tr("cannot save the session to %1: %2").arg(fileName, problem)};
    }
    return {};
}

// The root object of a session file of either kind, or why the bytes are not one.
Result<QJsonObject> parseRoot(const QByteArray &bytes)
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
    return root;
}

Result<QByteArray> readSessionFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Error{SessionFile::Tr::tr("cannot open %1: %2").arg(fileName, file.errorString())};
    if (file.size() > maxSessionBytes) {
        return Error{SessionFile::Tr::tr("cannot open %1: %2 MB is too large for a session")
                         .arg(fileName, QString::number(file.size() / (1024 * 1024)))};
    }
    return file.readAll();
}
} // namespace

Result<void> save(const Session &session, const QString &fileName)
{
    return saveJson(session.toJson(), fileName);
}

Result<void> save(const GroupSession &group, const QString &fileName)
{
    return saveJson(group.toJson(), fileName);
}

Result<AnySession> parseAny(const QByteArray &bytes, const ProfileStore &profiles)
{
    const auto root = parseRoot(bytes);
    if (!root)
        return Error{root.error()};
    if (GroupSession::looksLikeGroup(*root)) {
        auto group = GroupSession::fromJson(*root, profiles);
        if (!group)
            return Error{group.error()};
        return AnySession(std::move(*group));
    }
    auto session = Session::fromJson(*root, profiles);
    if (!session)
        return Error{session.error()};
    return AnySession(std::move(*session));
}

Result<Session> parse(const QByteArray &bytes, const ProfileStore &profiles)
{
    const auto root = parseRoot(bytes);
    if (!root)
        return Error{root.error()};
    if (GroupSession::looksLikeGroup(*root))
        return Error{SessionFile::Tr::tr("this is a server group's session (%1 backends): open it in the wizard")
                         .arg(root->value(QStringLiteral("backends")).toArray().size())};
    return Session::fromJson(*root, profiles);
}

Result<Session> load(const QString &fileName, const ProfileStore &profiles)
{
    const auto bytes = readSessionFile(fileName);
    if (!bytes)
        return Error{bytes.error()};
    auto session = parse(*bytes, profiles);
    if (!session)
        return Error{SessionFile::Tr::tr("cannot open %1: %2").arg(fileName, session.error())};
    return session;
}

Result<AnySession> loadAny(const QString &fileName, const ProfileStore &profiles)
{
    const auto bytes = readSessionFile(fileName);
    if (!bytes)
        return Error{bytes.error()};
    auto session = parseAny(*bytes, profiles);
    if (!session)
        return Error{SessionFile::Tr::tr("cannot open %1: %2").arg(fileName, session.error())};
    return session;
}

} // namespace SessionFile
