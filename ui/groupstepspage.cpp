#include "groupstepspage.h"

#include "groupsshdialog.h"
#include "grouptablemodel.h"

#include "collect/group/groupbundlefiles.h"
#include "core/coverage.h"
#include "core/group/grouprunner.h"
#include "core/plan.h"
#include "core/sessionfile.h"
#include "report/groupreport.h"

#include <QDir>
#include <QFileDialog>
#include <QSettings>
#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// What a backend's own evidence was analyzed against: evidence collected under other settings
// (another profile, listener or path) would be judged by the wrong rules, so it is dropped.
QString settingsKey(const RunContext &c)
{
    return QStringList{c.profile.id,
                       c.variant.id,
                       listenerId(c.target.listener),
                       c.target.path,
                       c.target.domain,
                       c.target.expectedCodes ? c.target.expectedCodes->toString() : QString(),
                       c.target.sourceCidr,
                       c.target.interfaceName}
        .join(QChar(0x1f));
}

// Runs `work` on the thread pool and hands its result to `done` on the GUI thread, so that
// reading a thousand bundles or judging a thousand backends never stalls the window.
template<typename T, typename Work, typename Done> void offThread(QObject *context, Work work, Done done)
{
    auto promise = std::make_shared<QPromise<T>>();
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context, [watcher, done] {
        watcher->deleteLater();
        if (watcher->future().resultCount() > 0)
            done(watcher->future().result());
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, work] {
        promise->addResult(work());
        promise->finish();
    });
}
} // namespace

GroupStepsPage::GroupStepsPage(ContextProvider context, RowsProvider rows, EvidenceProvider evidence,
                               ProblemsProvider problems, QWidget *parent)
    : QWizardPage(parent),
      m_context(std::move(context)),
      m_rows(std::move(rows)),
      m_evidence(std::move(evidence)),
      m_problems(std::move(problems))
{
    setObjectName(QStringLiteral("groupStepsPage"));
    setTitle(tr("Server group"));
    setSubTitle(tr("Every backend of the group is checked as the load balancer checks it, many at once. "
                   "Select a backend to see its steps; the group's answer says what the failing ones have in common."));

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("groupIntro"));
    m_intro->setWordWrap(true);

    m_run = new QPushButton(tr("&Run all"), this);
    m_run->setObjectName(QStringLiteral("groupRunButton"));
    m_stop = new QPushButton(tr("&Stop"), this);
    m_stop->setObjectName(QStringLiteral("groupStopButton"));
    m_stop->setEnabled(false);
    m_report = new QPushButton(tr("Save re&port..."), this);
    m_report->setObjectName(QStringLiteral("groupReportButton"));
    m_report->setEnabled(false);
    m_concurrency = new QSpinBox(this);
    m_concurrency->setObjectName(QStringLiteral("groupConcurrency"));
    m_concurrency->setRange(1, GroupRunner::maxConcurrency);
    m_concurrency->setValue(GroupRunner::defaultConcurrency);
    m_concurrency->setAccessibleName(tr("Connections at once"));
    m_concurrency->setToolTip(
        tr("At most this many connections in flight; a backend's TCP and HTTP probes count two."));
    auto *concurrencyLabel = new QLabel(tr("&Connections at once:"), this);
    concurrencyLabel->setBuddy(m_concurrency);

    m_bundles = new QPushButton(tr("Load bun&dles..."), this);
    m_bundles->setObjectName(QStringLiteral("groupBundlesButton"));
    m_bundles->setToolTip(tr("The collection bundles of the backends (one file each, or a folder): each backend is "
                             "then checked against its own firewall, sockets, routes and settings."));
    m_sshButton = new QPushButton(tr("Collect over SS&H..."), this);
    m_sshButton->setObjectName(QStringLiteral("groupSshButton"));
    m_sshButton->setToolTip(tr("Run the read-only collection bundle on every backend over SSH (keys or ssh-agent)."));
    m_saveSession = new QPushButton(tr("Save s&ession..."), this);
    m_saveSession->setObjectName(QStringLiteral("groupSaveSessionButton"));
    m_saveSession->setEnabled(false);
    m_evidenceLabel = new QLabel(this);
    m_evidenceLabel->setObjectName(QStringLiteral("groupEvidence"));
    m_evidenceLabel->setWordWrap(true);
    m_evidenceLabel->setText(evidenceSummary());

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("groupProgress"));
    m_progress->setAccessibleName(tr("Backends checked"));
    m_progress->setFormat(tr("%v of %m backends"));
    m_elapsed = new QLabel(this);
    m_elapsed->setObjectName(QStringLiteral("groupElapsed"));

    m_model = new GroupTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("groupTable"));
    m_table->setAccessibleName(tr("Backends and their steps"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(QStringLiteral("groupDetail"));
    m_detail->setAccessibleName(tr("The selected backend's steps"));
    m_answer = new QTextBrowser(this);
    m_answer->setObjectName(QStringLiteral("groupAnswer"));
    m_answer->setAccessibleName(tr("The group's answer"));

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_answer);
    right->addWidget(m_detail);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("groupSplitter"));
    split->addWidget(m_table);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_stop);
    buttons->addWidget(concurrencyLabel);
    buttons->addWidget(m_concurrency);
    buttons->addStretch(1);
    buttons->addWidget(m_saveSession);
    buttons->addWidget(m_report);
    auto *evidenceRow = new QHBoxLayout;
    evidenceRow->addWidget(m_bundles);
    evidenceRow->addWidget(m_sshButton);
    evidenceRow->addWidget(m_evidenceLabel, 1);
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_elapsed);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(buttons);
    layout->addLayout(evidenceRow);
    layout->addLayout(progress);
    layout->addWidget(split, 1);

    connect(m_run, &QPushButton::clicked, this, &GroupStepsPage::runAll);
    connect(m_stop, &QPushButton::clicked, this, &GroupStepsPage::stop);
    connect(m_report, &QPushButton::clicked, this, &GroupStepsPage::saveReport);
    connect(m_bundles, &QPushButton::clicked, this, &GroupStepsPage::chooseBundles);
    connect(m_sshButton, &QPushButton::clicked, this, &GroupStepsPage::chooseSsh);
    connect(m_saveSession, &QPushButton::clicked, this, &GroupStepsPage::chooseSessionFile);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &GroupStepsPage::updateDetail);
}

GroupStepsPage::~GroupStepsPage()
{
    delete m_runner;
}

void GroupStepsPage::initializePage()
{
    if (m_showRestored && m_restored) {
        m_showRestored = false;
        showRestored(*m_restored);
        return;
    }
    runAll();
}

void GroupStepsPage::showRestored(const GroupSession &g)
{
    QList<TargetRow> rows;
    for (const GroupMember &m : g.members)
        rows << m.row;
    auto *runner = new GroupRunner(g.context, g.plan, rows, this);
    runner->setConcurrency(g.concurrency > 0 ? g.concurrency : GroupRunner::defaultConcurrency);
    runner->restore(g.members, g.elapsedMs);
    attach(runner, g.evidence);
    m_startedAt = g.startedAt;
    m_intro->setText(tr("A saved group: %1 backends, checked %2. Run all checks them again now.")
                         .arg(g.members.size())
                         .arg(QLocale().toString(g.startedAt.toLocalTime(), QLocale::ShortFormat)));
    m_finished = true;
    m_model->refreshAll();
    m_progress->setRange(0, int(g.members.size()));
    updateProgress();
    setBusy(false);
    m_groupAnswer = g.answer;
    m_report->setEnabled(true);
    m_saveSession->setEnabled(true);
    showAnswer();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    emit completeChanged();
}

void GroupStepsPage::cleanupPage()
{
    stop();
}

void GroupStepsPage::restore(const GroupSession &group)
{
    m_restored = group;
    m_showRestored = true;
    m_memberEvidence.clear();
    for (const GroupMember &m : group.members) {
        if (!m.evidence.isEmpty())
            m_memberEvidence.insert(m.row.endpoint(), m.evidence);
    }
    m_evidenceProblems = group.evidenceProblems;
    m_evidenceKey = settingsKey(group.context);
    m_evidenceLabel->setText(evidenceSummary());
}

QList<GroupMember> GroupStepsPage::plannedMembers() const
{
    const RunContext context = m_context();
    QList<GroupMember> members;
    for (const TargetRow &row : m_rows()) {
        GroupMember m;
        m.row = row;
        m.context = GroupRunner::contextFor(context, row);
        members << m;
    }
    return members;
}

void GroupStepsPage::setBusy(bool busy)
{
    m_run->setEnabled(!busy);
    m_stop->setEnabled(busy);
    m_concurrency->setEnabled(!busy);
    m_bundles->setEnabled(!busy);
    m_sshButton->setEnabled(!busy);
    if (busy) {
        m_report->setEnabled(false);
        m_saveSession->setEnabled(false);
    }
}

QString GroupStepsPage::evidenceSummary() const
{
    if (m_memberEvidence.isEmpty() && m_evidenceProblems.isEmpty())
        return tr(
            "Backend steps (firewall, sockets, routes...) are NOT RUN unless each backend gives its own evidence: "
            "load the backends' bundles or collect them over SSH.");
    int own = 0;
    int notes = 0;
    for (const MemberEvidence &e : m_memberEvidence) {
        own += e.source.isEmpty() ? 0 : 1;
        notes += int(e.notes.size());
    }
    QString text = tr("Evidence from the backends themselves: %1 of %2.").arg(own).arg(m_rows().size());
    if (m_evidenceProblems.size() == 1)
        text += QLatin1Char(' ') + tr("Left out: %1").arg(m_evidenceProblems.constFirst());
    else if (!m_evidenceProblems.isEmpty())
        text += QLatin1Char(' ')
            + tr("Left out (%1): %2; ...").arg(m_evidenceProblems.size()).arg(m_evidenceProblems.constFirst());
    else if (notes > 0)
        text +=
            QLatin1Char(' ') + tr("%1 notes on the backends' evidence: select a backend to read its own.").arg(notes);
    return text;
}

void GroupStepsPage::chooseBundles()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("group/bundleDirectory"), QDir::homePath()).toString();
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Load the backends' bundles"), dir,
                                                            tr("Bundle outputs (*.txt *.log);;All files (*)"));
    if (files.isEmpty())
        return;
    settings.setValue(QStringLiteral("group/bundleDirectory"), QFileInfo(files.constFirst()).absolutePath());
    loadBundles(files);
}

void GroupStepsPage::loadBundles(const QStringList &paths)
{
    stop();
    const QList<GroupMember> members = plannedMembers();
    const QString key = settingsKey(m_context());
    setBusy(true);
    m_stop->setEnabled(false);
    m_evidenceLabel->setText(tr("Reading %1 files...").arg(paths.size()));
    offThread<GroupBundles>(
        this, [paths, members] { return GroupBundleFiles::read(paths, members); },
        [this, members, key](const GroupBundles &bundles) {
            if (key != m_evidenceKey)
                m_memberEvidence.clear();
            m_evidenceKey = key;
            for (auto it = bundles.members.constBegin(); it != bundles.members.constEnd(); ++it)
                m_memberEvidence.insert(members.at(it.key()).row.endpoint(), it.value());
            m_evidenceProblems = bundles.problems;
            setBusy(false);
            runAll();
        });
}

void GroupStepsPage::chooseSsh()
{
    GroupSshDialog dialog(int(m_rows().size()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto settings = dialog.settings())
        collectOverSsh(*settings);
}

void GroupStepsPage::collectOverSsh(const GroupSshCollection::Settings &settings)
{
    stop();
    const QList<GroupMember> members = plannedMembers();
    const QString key = settingsKey(m_context());
    if (key != m_evidenceKey)
        m_memberEvidence.clear();
    m_evidenceKey = key;
    m_evidenceProblems.clear();
    m_ssh = new GroupSshCollection(members, settings, this);
    connect(m_ssh, &GroupSshCollection::memberCollected, this, [this, members](int index, const MemberEvidence &e) {
        m_memberEvidence.insert(members.at(index).row.endpoint(), e);
    });
    connect(m_ssh, &GroupSshCollection::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_ssh, &GroupSshCollection::finished, this, [this] {
        m_ssh->deleteLater();
        m_progress->setFormat(tr("%v of %m backends"));
        setBusy(false);
        runAll();
    });
    setBusy(true);
    m_progress->setFormat(tr("%v of %m hosts collected over SSH"));
    m_evidenceLabel->setText(
        tr("Collecting over SSH from %1 backends, %2 at a time...").arg(members.size()).arg(settings.parallel));
    m_ssh->start();
}

Result<void> GroupStepsPage::saveSession(const QString &fileName) const
{
    return SessionFile::save(group(), SessionFile::withSuffix(fileName));
}

void GroupStepsPage::chooseSessionFile()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("sessionDirectory"), QDir::homePath()).toString();
    const QString name =
        QStringLiteral("lbdoctor-group-%1-%2%3")
            .arg(m_rows().size())
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")), SessionFile::suffix());
    const QString file = QFileDialog::getSaveFileName(this, tr("Save the group's session"), QDir(dir).filePath(name),
                                                      tr("LB Doctor sessions (*%1)").arg(SessionFile::suffix()));
    if (file.isEmpty())
        return;
    if (const auto saved = saveSession(file); !saved) {
        QMessageBox::warning(this, tr("Save session"), saved.error());
        return;
    }
    settings.setValue(QStringLiteral("sessionDirectory"), QFileInfo(file).absolutePath());
    m_intro->setText(tr("Session saved to %1").arg(QDir::toNativeSeparators(SessionFile::withSuffix(file))));
}

bool GroupStepsPage::isComplete() const
{
    return !m_runner || !m_runner->isRunning();
}

void GroupStepsPage::attach(GroupRunner *runner, const QHash<QString, Evidence> &evidence)
{
    if (m_runner) {
        m_runner->disconnect(this);
        m_runner->cancel();
        m_runner->deleteLater();
    }
    ++m_generation;
    m_groupAnswer.reset();
    m_runner = runner;
    QStringList columns;
    for (const Step &s : runner->plan()) {
        bool column = s.source == StepSource::Probe || evidence.contains(s.id);
        for (int i = 0; !column && i < runner->members().size(); ++i) {
            const GroupMember &m = runner->members().at(i);
            column = std::any_of(m.evidence.findings.cbegin(), m.evidence.findings.cend(),
                                 [&](const Finding &f) { return f.step == s.id; })
                || std::any_of(m.findings.cbegin(), m.findings.cend(),
                               [&](const Finding &f) { return f.step == s.id && f.status != Status::Skip; });
        }
        if (column)
            columns << s.id;
    }
    m_model->setRunner(m_runner, columns);
    m_table->horizontalHeader()->setResizeContentsPrecision(50); // not all thousand rows
    m_table->resizeColumnsToContents();
    connect(m_runner, &GroupRunner::backendStarted, m_model, &GroupTableModel::backendChanged);
    connect(m_runner, &GroupRunner::backendFinished, this, &GroupStepsPage::backendFinished);
    connect(m_runner, &GroupRunner::progress, this, &GroupStepsPage::updateProgress);
    connect(m_runner, &GroupRunner::finished, this, &GroupStepsPage::runFinished);
    m_evidenceLabel->setText(evidenceSummary());
}

void GroupStepsPage::runAll()
{
    if (m_ssh)
        return; // the collection runs the group when it is done
    m_restored.reset();
    const RunContext context = m_context();
    const QHash<QString, Evidence> evidence = m_evidence ? m_evidence() : QHash<QString, Evidence>{};
    QList<Step> plan = Plan::build(context.variant, context.target.listener, RunMode::Probe);
    for (auto it = evidence.cbegin(); it != evidence.cend(); ++it) {
        if (std::none_of(plan.cbegin(), plan.cend(), [&](const Step &s) { return s.id == it.key(); })) {
            Step s;
            s.id = it.key();
            s.side = Step::sideOf(it.key());
            s.source = StepSource::Paste;
            plan << s;
        }
    }
    auto *runner = new GroupRunner(context, plan, m_rows(), this);
    runner->setConcurrency(m_concurrency->value());
    for (auto it = evidence.cbegin(); it != evidence.cend(); ++it)
        runner->setEvidence(it.key(), it.value());
    if (settingsKey(context) != m_evidenceKey) {
        if (!m_memberEvidence.isEmpty())
            m_evidenceProblems = {tr("the backends' evidence was analyzed for other settings (profile, listener, "
                                     "path...) and is left out: load or collect it again")};
        m_memberEvidence.clear();
    }
    for (int i = 0; i < runner->members().size(); ++i) {
        if (const auto it = m_memberEvidence.constFind(runner->members().at(i).row.endpoint());
            it != m_memberEvidence.constEnd())
            runner->setMemberEvidence(i, *it);
    }
    attach(runner, evidence);

    const QStringList problems = m_problems ? m_problems() : QStringList();
    QString intro = tr("%1 backends, %2 listener, port %3 unless a row says otherwise.")
                        .arg(m_runner->members().size())
                        .arg(listenerId(context.target.listener).toUpper())
                        .arg(context.target.port);
    if (!problems.isEmpty())
        intro += QLatin1Char(' ')
            + tr("%1 rows of the list were left out (%2).").arg(problems.size()).arg(problems.constFirst());
    m_intro->setText(intro);
    m_answer->setHtml(QStringLiteral("<p>%1</p>").arg(esc(tr("Checking..."))));
    m_detail->clear();
    m_progress->setRange(0, int(m_runner->members().size()));
    m_progress->setValue(0);
    m_finished = false;
    setBusy(true);
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_runner->start();
    emit completeChanged();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void GroupStepsPage::stop()
{
    if (m_ssh)
        m_ssh->cancel();
    if (m_runner && m_runner->isRunning())
        m_runner->cancel();
}

void GroupStepsPage::backendFinished(int index)
{
    m_model->backendChanged(index);
    if (m_table->currentIndex().row() == index)
        updateDetail();
}

void GroupStepsPage::updateProgress()
{
    if (!m_runner)
        return;
    m_progress->setValue(m_runner->doneCount());
    m_elapsed->setText(tr("%1 s").arg(double(m_runner->elapsedMs()) / 1000.0, 0, 'f', 1));
}

void GroupStepsPage::runFinished()
{
    m_finished = true;
    m_model->refreshAll();
    updateProgress();
    setBusy(false);
    updateDetail();
    emit completeChanged();

    // The group's answer diagnoses every backend again: on the thread pool, so that a group of a
    // thousand never stalls the window.
    const quint64 generation = ++m_generation;
    const QList<GroupMember> members = m_runner->members();
    const Listener listener = m_runner->baseContext().target.listener;
    offThread<GroupAnswer>(
        this, [members, listener] { return GroupAnalysis::analyze(members, listener); },
        [this, generation](const GroupAnswer &answer) {
            if (generation != m_generation)
                return;
            m_groupAnswer = answer;
            m_report->setEnabled(true);
            m_saveSession->setEnabled(true);
            showAnswer();
        });
}

GroupSession GroupStepsPage::group() const
{
    if (!m_runner)
        return {};
    GroupSession g;
    g.context = m_runner->baseContext();
    g.plan = m_runner->plan();
    g.startedAt = m_startedAt;
    g.elapsedMs = m_runner->elapsedMs();
    g.concurrency = m_runner->concurrency();
    g.members = m_runner->members();
    g.answer = m_groupAnswer ? *m_groupAnswer : GroupAnalysis::analyze(g.members, g.context.target.listener);
    g.targetProblems = m_restored ? m_restored->targetProblems : m_problems ? m_problems() : QStringList();
    g.evidence = m_restored ? m_restored->evidence : m_evidence ? m_evidence() : QHash<QString, Evidence>{};
    g.evidenceProblems = m_evidenceProblems;
    return g;
}

void GroupStepsPage::showAnswer()
{
    const GroupSession g = group();
    QString html = QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                       .arg(esc(tr("%1: %2 of %3 backends unhealthy, %4 healthy")
                                    .arg(verdictWord(g.answer.verdict))
                                    .arg(g.answer.failing)
                                    .arg(g.answer.total)
                                    .arg(g.answer.healthy)),
                            esc(g.answer.headline));
    for (int i = 0; i < g.answer.groups.size(); ++i) {
        const BackendGroup &grp = g.answer.groups.at(i);
        html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                    .arg(esc(tr("Group %1: %2 of %3, %4")
                                 .arg(i + 1)
                                 .arg(grp.members.size())
                                 .arg(g.answer.total)
                                 .arg(verdictWord(grp.verdict))),
                         esc(grp.sentence));
        if (!grp.shared.isEmpty())
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(tr("What they share, unlike the others: %1").arg(grp.shared.join(QStringLiteral("; ")))
                                 + (grp.sharedAgainst.isEmpty() ? QString() : tr(" (%1)").arg(grp.sharedAgainst))));
        if (!grp.rootCause.isEmpty())
            html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Root cause:")), esc(grp.rootCause));
        if (!grp.fix.isEmpty())
            html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Fix:")), esc(grp.fix));
    }
    m_answer->setHtml(html);
}

void GroupStepsPage::updateDetail()
{
    const int row = m_table->currentIndex().row();
    if (!m_runner || row < 0 || row >= m_runner->members().size()) {
        m_detail->clear();
        return;
    }
    const GroupMember &m = m_runner->members().at(row);
    QString html =
        QStringLiteral("<h3>%1</h3>")
            .arg(esc(m.row.label() == m.row.endpoint() ? m.row.endpoint()
                                                       : tr("%1 (%2)").arg(m.row.label(), m.row.endpoint())));
    if (m.state == GroupMember::State::Waiting || m.state == GroupMember::State::Running) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(m.state == GroupMember::State::Waiting ? tr("Waiting for a free connection.")
                                                                    : tr("Checking...")));
        m_detail->setHtml(html);
        return;
    }
    if (!m.evidence.source.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Its own evidence: %1").arg(m.evidence.source)));
    for (const QString &note : m.evidence.notes)
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(note));
    QStringList planned;
    for (const Step &s : m_runner->plan())
        planned << s.id;
    const DiagnosisResult d = Diagnosis::diagnose(m.findings, m.context.target.listener);
    const QStringList notVerified = Coverage::notVerified(m.findings, planned);
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(esc(m.state == GroupMember::State::Stopped
                             ? tr("Stopped before it finished.")
                             : tr("Verdict: %1").arg(Coverage::headline(d.verdict, !notVerified.isEmpty()))));
    if (m.state != GroupMember::State::Stopped && !notVerified.isEmpty())
        html +=
            QStringLiteral("<p>%1</p>").arg(esc(tr("Not verified (NOT RUN): %1").arg(Coverage::titles(notVerified))));
    if (d.rootCause) {
        const Finding &root = m.findings.at(*d.rootCause);
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Root cause (%1): %2").arg(Step::titleFor(root.step), root.summary)));
    }
    html += QStringLiteral("<ul>");
    for (const Finding &f : m.findings) {
        if (f.status == Status::Skip)
            continue;
        html += QStringLiteral("<li><b>%1</b> %2: %3")
                    .arg(esc(statusWord(f.status)), esc(Step::titleFor(f.step)), esc(f.summary));
        for (const QString &e : f.evidence)
            html += QStringLiteral("<br/>&nbsp;&nbsp;%1").arg(esc(e));
        if (!f.fix.isEmpty() && f.status != Status::Pass)
            html += QStringLiteral("<br/><i>%1</i>").arg(esc(tr("Fix: %1").arg(f.fix)));
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ul>");
    m_detail->setHtml(html);
}

void GroupStepsPage::saveReport()
{
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Save the group's report"), QStringLiteral("lbdoctor-group.html"),
                                     tr("HTML report (*.html);;Markdown (*.md);;JSON (*.json)"));
    if (file.isEmpty())
        return;
    if (const auto written = GroupReport::write(group(), file); !written)
        QMessageBox::warning(this, tr("Save report"), written.error());
}
