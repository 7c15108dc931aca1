#pragma once

#include "session.h"

#include "group/groupsession.h"

#include <QCoreApplication>
#include <QByteArray>
#include <QString>

#include <optional>
#include <variant>

class ProfileStore;

// A session on disk (`name.lbdoctor.json`): the session's JSON, written atomically so a crash or a
// full disk never leaves half a file, and read back only when it is whole and not from a newer
// LB Doctor. A refused file is left exactly as it was.
namespace SessionFile {

// The translation context of this namespace's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SessionFile)
};

QString suffix(); // ".lbdoctor.json"
// Appends the suffix unless the name already ends with it.
QString withSuffix(const QString &fileName);

Result<void> save(const Session &session, const QString &fileName);
Result<void> save(const GroupSession &group, const QString &fileName);
// One backend's session; a server group's file is refused, naming what it is.
Result<Session> load(const QString &fileName, const ProfileStore &profiles);
// The parsing half of load(), for callers that already hold the bytes.
Result<Session> parse(const QByteArray &bytes, const ProfileStore &profiles);
// Either kind of file: one backend's session or a server group's.
using AnySession = std::variant<Session, GroupSession>;
Result<AnySession> loadAny(const QString &fileName, const ProfileStore &profiles);
Result<AnySession> parseAny(const QByteArray &bytes, const ProfileStore &profiles);
} // namespace SessionFile
