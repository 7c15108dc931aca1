#pragma once

#include "collect/group/groupsshcollection.h"
#include "core/group/grouprunner.h"
#include "core/group/targetlist.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

// `check --targets`: runs a group of backends with a bounded number of connections, then prints
// the table and the groups (or the group's JSON) and writes the report. Reports its exit code once.
class GroupCheck : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int concurrency = GroupRunner::defaultConcurrency;
        bool json = false;
        QString reportFile;
        QStringList targetProblems;
        QHash<QString, Evidence> evidence; // every backend's (the load balancer status)
        QStringList bundlePaths; // --bundles: each backend's own bundle
        std::optional<GroupSshCollection::Settings> ssh; // --ssh USER@{ip}: each backend's own collection
    };
    GroupCheck(const RunContext &context, const QList<Step> &plan, const QList<TargetRow> &rows, const Options &options,
               QObject *parent = nullptr);
    void start();

    // Reads --targets: a CSV or pasted list, or a load balancer status (its backends). Problems
    // name their line; an empty list with *error set when nothing is usable.
    static Result<TargetList> readTargets(const QString &text); // an Error when no row can be checked
    static bool looksLikeStatus(const QString &text);

signals:
    void done(int exitCode);

private:
    void useBundles();
    void collectOverSsh();
    void runProbes();
    void finish();

    Options m_options;
    QPointer<GroupRunner> m_runner;
    QStringList m_evidenceProblems; // bundles that matched no backend, unreadable files
    QDateTime m_startedAt;
};
