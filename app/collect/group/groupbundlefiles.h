#pragma once

#include "groupbundles.h"

// Reads the bundles of a group from files and folders (a folder: every file in it, not its
// subfolders) and matches each to its backend, one file at a time. A file that cannot be read,
// is binary or too large is a problem naming it; the others still count.
namespace GroupBundleFiles {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GroupBundleFiles)
};

constexpr int maxFiles = 10000;
constexpr qint64 maxFileBytes = 64 * 1024 * 1024;

GroupBundles read(const QStringList &paths, const QList<GroupMember> &members);
} // namespace GroupBundleFiles
