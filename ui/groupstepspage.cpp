#include "groupstepspage.h"

#include "grouptablemodel.h"

#include "core/group/grouprunner.h"
#include "core/plan.h"
#include "report/groupreport.h"

#include <QFileDialog>
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
    m_report = new QPushButton(tr("Save &report..."), this);
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
    buttons->addWidget(m_report);
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_elapsed);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(buttons);
    layout->addLayout(progress);
    layout->addWidget(split, 1);

    connect(m_run, &QPushButton::clicked, this, &GroupStepsPage::runAll);
    connect(m_stop, &QPushButton::clicked, this, &GroupStepsPage::stop);
    connect(m_report, &QPushButton::clicked, this, &GroupStepsPage::saveReport);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &GroupStepsPage::updateDetail);
}

GroupStepsPage::~GroupStepsPage()
{
    delete m_runner;
}

void GroupStepsPage::initializePage()
{
    runAll();
}

void GroupStepsPage::cleanupPage()
{
    stop();
}

bool GroupStepsPage::isComplete() const
{
    return !m_runner || !m_runner->isRunning();
}

void GroupStepsPage::runAll()
{
    if (m_runner) {
        m_runner->disconnect(this);
        m_runner->cancel();
        m_runner->deleteLater();
    }
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
    ++m_generation;
    m_groupAnswer.reset();
    m_runner = new GroupRunner(context, plan, m_rows(), this);
    m_runner->setConcurrency(m_concurrency->value());
    for (auto it = evidence.cbegin(); it != evidence.cend(); ++it)
        m_runner->setEvidence(it.key(), it.value());
    QStringList columns;
    for (const Step &s : plan) {
        if (s.source == StepSource::Probe || evidence.contains(s.id))
            columns << s.id;
    }
    m_model->setRunner(m_runner, columns);
    m_table->horizontalHeader()->setResizeContentsPrecision(50); // not all thousand rows
    m_table->resizeColumnsToContents();
    connect(m_runner, &GroupRunner::backendStarted, m_model, &GroupTableModel::backendChanged);
    connect(m_runner, &GroupRunner::backendFinished, this, &GroupStepsPage::backendFinished);
    connect(m_runner, &GroupRunner::progress, this, &GroupStepsPage::updateProgress);
    connect(m_runner, &GroupRunner::finished, this, &GroupStepsPage::runFinished);

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
    m_run->setEnabled(false);
    m_stop->setEnabled(true);
    m_report->setEnabled(false);
    m_concurrency->setEnabled(false);
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_runner->start();
    emit completeChanged();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void GroupStepsPage::stop()
{
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
    m_run->setEnabled(true);
    m_stop->setEnabled(false);
    m_concurrency->setEnabled(true);
    updateDetail();
    emit completeChanged();

    // The group's answer diagnoses every backend again: on the thread pool, so that a group of a
    // thousand never stalls the window.
    const quint64 generation = ++m_generation;
    const QList<GroupMember> members = m_runner->members();
    const Listener listener = m_runner->baseContext().target.listener;
    auto promise = std::make_shared<QPromise<GroupAnswer>>();
    auto *watcher = new QFutureWatcher<GroupAnswer>(this);
    connect(watcher, &QFutureWatcher<GroupAnswer>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation || watcher->future().resultCount() == 0)
            return;
        m_groupAnswer = watcher->future().result();
        m_report->setEnabled(true);
        showAnswer();
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, members, listener] {
        promise->addResult(GroupAnalysis::analyze(members, listener));
        promise->finish();
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
    g.targetProblems = m_problems ? m_problems() : QStringList();
    g.evidence = m_evidence ? m_evidence() : QHash<QString, Evidence>{};
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
    const DiagnosisResult d = Diagnosis::diagnose(m.findings, m.context.target.listener);
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(esc(m.state == GroupMember::State::Stopped ? tr("Stopped before it finished.")
                                                                : tr("Verdict: %1").arg(verdictWord(d.verdict))));
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
