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
        if (const auto loaded = loadFile(dir.filePath(f)); !loaded)
            m_errors << loaded.error();
    }
}

Result<void> ProfileStore::loadFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ProfileStore::tr("%1: cannot read: %2").arg(fileName, file.errorString())};
    }
    if (file.size() > maxProfileBytes) {
        return Error{
            ProfileStore::tr("%1: %2 bytes is too large for a profile (limit 4 MiB)").arg(fileName).arg(file.size())};
    }
    auto profile = Profile::fromJson(file.readAll(), fileName);
    if (!profile)
        return Error{profile.error()};
    for (auto it = m_commonGuidance.constBegin(); it != m_commonGuidance.constEnd(); ++it)
        profile->guidance[it.key()].fillFrom(it.value());
    // A user's file with a built-in id replaces the built-in one: that is how a user adjusts a provider.
    for (Profile &existing : m_profiles) {
        if (existing.id == profile->id) {
            existing = *profile;
            return {};
        }
    }
    m_profiles << *profile;
    return {};
}

void ProfileStore::loadSharedGuidance()
{
    Q_INIT_RESOURCE(lbdoctor_profiles);
    const QString fileName = QStringLiteral(":/data/guidance.json");
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errors << ProfileStore::tr("%1: cannot read: %2").arg(fileName, file.errorString());
        return;
    }
    if (auto guidance = Profile::guidanceFromJson(file.readAll(), fileName))
        m_commonGuidance = *guidance;
    else
        m_errors << guidance.error();
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
