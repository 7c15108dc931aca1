#include "groupcheck.h"

#include "clioutput.h"
#include "grouptext.h"

#include "analyzers/evidencetext.h"
#include "analyzers/lb/lbimport.h"
#include "collect/group/groupbundlefiles.h"
#include "core/group/groupsession.h"
#include "report/groupreport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QThread>
#include <QLocale>

GroupCheck::GroupCheck(const RunContext &context, const QList<Step> &plan, const QList<TargetRow> &rows,
                       const Options &options, QObject *parent)
    : QObject(parent),
      m_options(options),
      m_runner(new GroupRunner(context, plan, rows, this))
{
    m_runner->setConcurrency(options.concurrency);
    // A large group's probes and analysis are CPU work: spread over the cores, a few lanes more
    // than cores so one waiting in the kernel does not leave a core idle (measured: 4 lanes on 2
    // cores beat 2 by about 50 ms for 1,000 backends). The wizard keeps its group on one thread,
    // where its table reads it.
    if (rows.size() > 32)
        m_runner->setThreads(std::clamp(QThread::idealThreadCount() * 2, 2, 8));
    for (auto it = options.evidence.constBegin(); it != options.evidence.constEnd(); ++it)
        m_runner->setEvidence(it.key(), it.value());
    connect(m_runner, &GroupRunner::finished, this, &GroupCheck::finish);
}

bool GroupCheck::looksLikeStatus(const QString &text)
{
    // A target list never holds a brace; the providers' JSON always does (after any # lines).
    return text.contains(QLatin1Char('{'));
}

Result<TargetList> GroupCheck::readTargets(const QString &text)
{
    // A gzip or a capture given by mistake: say so, rather than quote its bytes line by line.
    if (EvidenceText::looksBinary(text))
        return Error{GroupCheck::tr("binary data, %1 bytes, not a list of backends (a CSV, ip:port lines or a load "
                                    "balancer status)")
                         .arg(QLocale(QLocale::English).toString(text.toUtf8().size()))};
    if (looksLikeStatus(text)) {
        const LbImportResult r = LbImport::read(text);
        if (!r.status) {
            return Error{
                r.config
                    ? GroupCheck::tr(
                          "this is a health-check configuration (%1), not a list of backends: pass it with --lb-config")
                          .arg(r.config->api)
                    : r.error};
        }
        // The provider's backends, as rows of a list (the row number is the backend's position).
        QString csv;
        for (const LbBackend &b : r.status->backends)
            csv += QStringLiteral("%1,%2,,%3\n")
                       .arg(b.ip)
                       .arg(b.port)
                       .arg(b.id == b.ip ? QString() : QString(b.id).remove(QLatin1Char(',')));
        TargetList list = TargetListParser::parse(csv);
        for (TargetListProblem &p : list.problems)
            p.message = GroupCheck::tr("backend %1 of the status: %2")
                            .arg(p.line)
                            .arg(p.message.section(QStringLiteral(": "), 1, -1));
        if (list.rows.isEmpty())
            return Error{GroupCheck::tr("the load balancer status lists no backend with an IP address and a port")};
        return list;
    }
    TargetList list = TargetListParser::parse(text);
    if (list.rows.isEmpty()) {
        return Error{list.problems.isEmpty() ? GroupCheck::tr("the target list holds no backend (one ip,port per line)")
                                             : GroupCheck::tr("no usable backend in the target list:\n%1")
                                                   .arg(list.messages().mid(0, 20).join(QLatin1Char('\n')))};
    }
    return list;
}

void GroupCheck::start()
{
    m_startedAt = QDateTime::currentDateTimeUtc();
    for (const QString &p : std::as_const(m_options.targetProblems))
        CliOutput::err(GroupCheck::tr("warning: %1\n").arg(p));
    if (!m_options.bundlePaths.isEmpty())
        useBundles();
    if (m_options.ssh) {
        collectOverSsh();
        return;
    }
    runProbes();
}

void GroupCheck::useBundles()
{
    const GroupBundles bundles = GroupBundleFiles::read(m_options.bundlePaths, m_runner->members());
    for (auto it = bundles.members.constBegin(); it != bundles.members.constEnd(); ++it)
        m_runner->setMemberEvidence(it.key(), it.value());
    m_evidenceProblems = bundles.problems;
    for (const QString &p : bundles.problems)
        CliOutput::err(GroupCheck::tr("warning: %1\n").arg(p));
    if (!m_options.json)
        CliOutput::err(GroupCheck::tr("%1 of %2 backends have their own bundle\n")
                           .arg(bundles.members.size())
                           .arg(m_runner->members().size()));
}

void GroupCheck::collectOverSsh()
{
    auto *collection = new GroupSshCollection(m_runner->members(), *m_options.ssh, this);
    connect(collection, &GroupSshCollection::memberCollected, this,
            [this](int index, const MemberEvidence &e) { m_runner->setMemberEvidence(index, e); });
    connect(collection, &GroupSshCollection::finished, this, [this, collection] {
        collection->deleteLater();
        runProbes();
    });
    if (!m_options.json)
        CliOutput::err(GroupCheck::tr("collecting over ssh from %1 backends, %2 at a time...\n")
                           .arg(m_runner->members().size())
                           .arg(m_options.ssh->parallel));
    collection->start();
}

void GroupCheck::runProbes()
{
    if (!m_options.json)
        CliOutput::err(GroupCheck::tr("checking %1 backends, at most %2 connections at once...\n")
                           .arg(m_runner->members().size())
                           .arg(m_runner->concurrency()));
    m_runner->start();
}

void GroupCheck::finish()
{
    GroupSession group = GroupSession::fromRun(*m_runner, m_startedAt);
    group.targetProblems = m_options.targetProblems;
    group.evidenceProblems = m_evidenceProblems;
    group.evidence = m_options.evidence;
    if (m_options.json)
        CliOutput::out(QString::fromUtf8(QJsonDocument(group.toJson()).toJson(QJsonDocument::Indented)));
    else
        CliOutput::out(GroupText::render(group));
    if (!m_options.reportFile.isEmpty()) {
        if (const auto written = GroupReport::write(group, m_options.reportFile); !written) {
            CliOutput::err(QStringLiteral("lbdoctor-cli: ") + written.error() + QLatin1Char('\n'));
            emit done(CliOutput::BadUsage);
            return;
        }
        if (!m_options.json)
            CliOutput::out(GroupCheck::tr("Report written to %1\n").arg(m_options.reportFile));
    }
    bool failed = false;
    for (const GroupMember &m : group.members) {
        failed = failed || std::any_of(m.findings.cbegin(), m.findings.cend(), [](const Finding &f) {
                     return f.status == Status::Fail;
                 });
    }
    emit done(failed ? CliOutput::ProblemFound : CliOutput::NothingFailed);
}
