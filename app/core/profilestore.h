#pragma once

#include "profile.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// The provider profiles: built in (resources/profiles) plus the user's own files. A broken file
// does not stop the others from loading; its problem is kept in errors().
class ProfileStore
{
public:
    // Built-in profiles, then the user's folder, then $LBDOCTOR_PROFILE_PATH (folders, ':'-separated).
    void loadAll();
    // The guidance every profile shares unless it says otherwise (resources/data/guidance.json);
    // load it before the profiles that should inherit it.
    void loadSharedGuidance();
    void loadDirectory(const QString &directory);
    Result<void> loadFile(const QString &fileName);

    const QList<Profile> &profiles() const { return m_profiles; }
    const Profile *find(const QString &id) const;
    QStringList ids() const;
    const QStringList &errors() const { return m_errors; }

    static QString userProfileDirectory();

private:
    QHash<QString, StepGuidance> m_commonGuidance;
    QList<Profile> m_profiles;
    QStringList m_errors;

    Q_DECLARE_TR_FUNCTIONS(ProfileStore)
};
