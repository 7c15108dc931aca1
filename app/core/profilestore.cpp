#include "profilestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace {
constexpr qint64 maxProfileBytes = 4 * 1024 * 1024;

} // namespace

void ProfileStore::loadAll()
{
    loadSharedGuidance();
    loadDirectory(QStringLiteral(":/profiles"));
    loadDirectory(userProfileDirectory());
    const QString extra = qEnvironmentVariable("LBDOCTOR_PROFILE_PATH");
    for (const QString &dir : extra.split(QDir::listSeparator(), Qt::SkipEmptyParts))
        loadDirectory(dir);
}

void ProfileStore::loadDirectory(const QString &directory)
{
    const QDir dir(directory);
    if (!dir.exists())
        return;
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &f : files) {
        QString error;
        if (!loadFile(dir.filePath(f), &error))
            m_errors << error;
    }
}

bool ProfileStore::loadFile(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("ProfileStore", "%1: cannot read: %2").arg(fileName, file.errorString());
        return false;
    }
    if (file.size() > maxProfileBytes) {
        if (error)
            *error = QCoreApplication::translate("ProfileStore", "%1: %2 bytes is too large for a profile (limit 4 MiB)").arg(fileName).arg(file.size());
        return false;
    }
    auto profile = Profile::fromJson(file.readAll(), fileName, error);
    if (!profile)
        return false;
    for (auto it = m_commonGuidance.constBegin(); it != m_commonGuidance.constEnd(); ++it)
        profile->guidance[it.key()].fillFrom(it.value());
    // A user's file with a built-in id replaces the built-in one: that is how a user adjusts a provider.
    for (Profile &existing : m_profiles) {
        if (existing.id == profile->id) {
            existing = *profile;
            return true;
        }
    }
    m_profiles << *profile;
    return true;
}

void ProfileStore::loadSharedGuidance()
{
    Q_INIT_RESOURCE(lbdoctor_profiles);
    const QString fileName = QStringLiteral(":/data/guidance.json");
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errors << QCoreApplication::translate("ProfileStore", "%1: cannot read: %2").arg(fileName, file.errorString());
        return;
    }
    QString error;
    if (auto guidance = Profile::guidanceFromJson(file.readAll(), fileName, &error))
        m_commonGuidance = *guidance;
    else
        m_errors << error;
}

const Profile *ProfileStore::find(const QString &id) const
{
    for (const Profile &p : m_profiles) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

QStringList ProfileStore::ids() const
{
    QStringList out;
    for (const Profile &p : m_profiles)
        out << p.id;
    return out;
}

QString ProfileStore::userProfileDirectory()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    return base.isEmpty() ? QString() : base + QStringLiteral("/lbdoctor/profiles");
}
