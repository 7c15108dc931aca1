#include "groupbundlefiles.h"

#include "core/textdecode.h"

#include <QDir>
#include <QFileInfo>

namespace GroupBundleFiles {

GroupBundles read(const QStringList &paths, const QList<GroupMember> &members)
{
    GroupBundleMatcher matcher(members);
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QStringList names = QDir(path).entryList(QDir::Files | QDir::Readable, QDir::Name);
            if (names.isEmpty())
                matcher.addProblem(Tr::tr("%1 holds no file").arg(path));
            for (const QString &name : names)
                files << QDir(path).filePath(name);
        } else if (info.exists()) {
            files << path;
        } else {
            matcher.addProblem(Tr::tr("%1 does not exist").arg(path));
        }
    }
    if (files.size() > maxFiles) {
        matcher.addProblem(Tr::tr("%1 files given; the first %2 are read").arg(files.size()).arg(maxFiles));
        files = files.mid(0, maxFiles);
    }
    for (const QString &file : std::as_const(files)) {
        const auto text = TextDecode::readFile(file, maxFileBytes);
        if (!text) {
            matcher.addProblem(text.error());
            continue;
        }
        matcher.add(NamedBundle{QFileInfo(file).fileName(), *text});
    }
    return matcher.result();
}

} // namespace GroupBundleFiles
