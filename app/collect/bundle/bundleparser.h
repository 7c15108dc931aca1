#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <algorithm>

// One command's output in a bundle, as the markers describe it.
struct BundleSection
{
    int number = 0;
    QString step; // "firewall"
    QString kind; // "iptables"
    QString host; // the host name the script saw
    QString ranAs; // "root" | "sudo" | "user"
    bool needsRoot = false;
    QString command; // the "$ ..." line without "$ "
    QString output; // stdout lines
    QString errors; // stderr lines without their "[stderr] " prefix
    QString text; // the section as pasted, BEGIN to END: the finding's raw output
    int exitCode = -1; // -1: the END marker is missing
    bool complete = false; // the END marker was seen
    bool timedOut = false;
    bool notInstalled = false;
    qint64 linesCut = 0; // lines the script (or the SSH collector) dropped from the middle
};

// A pasted (or SSH-collected) bundle, split into its sections, and what is wrong with the paste.
struct ParsedBundle
{
    bool hasMarkers = false; // false: not a bundle output at all
    bool hasHeader = false;
    bool hasFooter = false;
    QString token;
    QString os; // "linux" | "windows" (from the header; guessed from kinds without one)
    QString host;
    QString user;
    QString sudo; // "root" | "yes" | "password" | "absent"
    int port = 0;
    QString listener;
    int declaredSections = -1; // from the DONE marker
    QList<BundleSection> sections;
    QStringList problems; // one sentence each, for the user: cut paste, two servers, ...
    QStringList otherHosts; // hosts whose sections were set aside

    bool isCut() const
    {
        return hasMarkers && (!hasFooter || std::any_of(sections.cbegin(), sections.cend(), [](const BundleSection &s) {
                   return !s.complete;
               }));
    }
    QList<BundleSection> sectionsFor(const QString &step) const;
};

// Splits bundle output into sections. Linear in the text's size; never throws, never gives up
// silently: everything it cannot use is named in `problems`.
namespace BundleParser {

// The translation context of this namespace's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BundleParser)
};

ParsedBundle parse(const QString &text);
// True when the text carries bundle markers (a bundle pasted into a single step's box).
bool looksLikeBundle(QStringView text);
} // namespace BundleParser
