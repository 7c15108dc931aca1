#include "stepspage.h"

#include "commandtext.h"

#include "bundledialog.h"
#include "guidedpanel.h"
#include "sshdialog.h"
#include "stepdetail.h"
#include "watchdialog.h"
#include "wrappedlist.h"

#include "collect/bundle/bundleparser.h"
#include "core/plan.h"
#include "core/runner.h"

#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int stepIdRole = Qt::UserRole + 1;
} // namespace

StepsPage::StepsPage(ContextProvider contextProvider, QWidget *parent)
    : QWizardPage(parent),
      m_contextProvider(std::move(contextProvider))
{
    setObjectName(QStringLiteral("stepsPage"));
    setTitle(tr("Steps"));
    setSubTitle(
        tr("Run all steps, or one at a time. Select a step to see what it checks, its raw output and how to fix it."));

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("stepsIntro"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setAccessibleName(tr("What is being checked"));

    m_runAll = new QPushButton(tr("&Run all"), this);
    m_runAll->setObjectName(QStringLiteral("runAllButton"));
    m_collectAll = new QPushButton(tr("Collect &everything at once..."), this);
    m_collectAll->setObjectName(QStringLiteral("collectAllButton"));
    m_collectAll->setToolTip(
        tr("One script for the customer, one paste back: every backend-side step analyzed from it"));
    m_collectSsh = new QPushButton(tr("Collect over &SSH..."), this);
    m_collectSsh->setObjectName(QStringLiteral("collectSshButton"));
    m_runAll->setAccessibleName(tr("Run all steps"));
    m_runOne = new QPushButton(tr("Run this s&tep"), this);
    m_runOne->setObjectName(QStringLiteral("runStepButton"));
    m_runOne->setAccessibleName(tr("Run the selected step"));
    m_stop = new QPushButton(tr("St&op"), this);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_stop->setAccessibleName(tr("Stop every running step"));
    m_watchButton = new QPushButton(tr("&Watch..."), this);
    m_watchButton->setObjectName(QStringLiteral("watchButton"));
    m_watchButton->setAccessibleName(tr("Watch the health check over time with the load balancer's thresholds"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_elapsed = new QLabel(this);
    m_elapsed->setObjectName(QStringLiteral("elapsedLabel"));
    m_elapsed->setAccessibleName(tr("Elapsed time"));
    m_elapsed->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00000.0 s")));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("stepList"));
    m_list->setAccessibleName(tr("Steps"));
    WrappedList::apply(m_list); // rows measured again at each width, so no last line is cut
    m_list->setSpacing(2);
    const int iconSize = fontMetrics().height() * 3 / 2;
    m_list->setIconSize(QSize(iconSize, iconSize));

    m_detail = new StepDetail(this);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("stepsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_runAll);
    toolbar->addWidget(m_runOne);
    toolbar->addWidget(m_stop);
    toolbar->addWidget(m_watchButton);
    toolbar->addWidget(m_collectAll);
    toolbar->addWidget(m_collectSsh);
    toolbar->addStretch(1);
    // The progress gets a row of its own, so the buttons fit the first window size, in Chinese too.
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_elapsed);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(toolbar);
    layout->addLayout(progressRow);
    layout->addWidget(splitter, 1);

    m_clock = new QTimer(this);
    m_clock->setInterval(100);
    connect(m_clock, &QTimer::timeout, this, &StepsPage::updateElapsed);

    connect(m_runAll, &QPushButton::clicked, this, &StepsPage::runAll);
    connect(m_collectAll, &QPushButton::clicked, this, [this] { openBundle(); });
    connect(m_collectSsh, &QPushButton::clicked, this, &StepsPage::openSsh);
    connect(m_runOne, &QPushButton::clicked, this, &StepsPage::runSelected);
    connect(m_stop, &QPushButton::clicked, this, &StepsPage::stop);
    connect(m_watchButton, &QPushButton::clicked, this, &StepsPage::openWatch);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        updateDetail();
        updateButtons();
    });
    connect(m_list, &QListWidget::itemActivated, this, [this] { m_detail->tabs()->setFocus(); });
    connect(m_detail->guidedPanel(), &GuidedPanel::analyzeRequested, this, &StepsPage::analyze);
    connect(m_detail->guidedPanel(), &GuidedPanel::findingReady, this, [this](const Finding &finding) {
        BundleResult one;
        one.findings << finding;
        applyBundle(one);
    });

    setTabOrder(m_runAll, m_runOne);
    setTabOrder(m_runOne, m_stop);
    setTabOrder(m_stop, m_list);
    setTabOrder(m_list, m_detail->tabs());
}

StepsPage::~StepsPage() = default;

QString StepsPage::contextKey(const RunContext &c) const
{
    QJsonObject o{{QStringLiteral("profile"), c.profile.id},
                  {QStringLiteral("variant"), c.variant.toJson()},
                  {QStringLiteral("target"), c.target.toJson()},
                  {QStringLiteral("mode"), runModeId(c.mode)},
                  {QStringLiteral("timeout"), c.timeoutMs}};
    for (auto it = m_imported.cbegin(); it != m_imported.cend(); ++it)
        o.insert(QStringLiteral("imported-") + it.key(), QString::number(qHash(it->text)));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void StepsPage::initializePage()
{
    const RunContext context = m_contextProvider();
    m_imported = m_importedProvider ? m_importedProvider() : QHash<QString, Evidence>{};
    const QString key = contextKey(context);
    if (key != m_contextKey || !m_runner)
        rebuild(context);
    m_runAll->setFocus();
}

void StepsPage::rebuild(const RunContext &context)
{
    const bool sameHost = m_runner && m_runner->context().target.host == context.target.host;
    if (m_runner) {
        m_runner->cancel();
        delete m_runner;
    }
    if (!sameHost && !m_restoring) {
        m_evidence.clear();
        m_restored.clear();
    }
    if (contextKey(context) != m_contextKey) {
        // A watch belongs to the target it watched.
        delete m_watchDialog;
        m_watchFinding.reset();
        m_watchSvg.clear();
    }
    m_contextKey = contextKey(context);
    m_running.clear();
    m_stopped.clear();
    m_liveOutput.clear();

    QList<Step> plan = Plan::build(context.variant, context.target.listener, context.mode);
    for (auto it = m_imported.cbegin(); it != m_imported.cend(); ++it) {
        Step s;
        s.id = it.key();
        s.side = Step::sideOf(s.id);
        s.source = StepSource::Paste;
        plan << s;
    }
    // On the backend itself LB Doctor can capture the checks: the capture step offers "Capture now".
    if (context.mode == RunMode::Collect
        && std::none_of(plan.cbegin(), plan.cend(), [](const Step &s) { return s.id == QStringLiteral("capture"); })) {
        Step s;
        s.id = QStringLiteral("capture");
        s.side = Step::sideOf(s.id);
        s.source = StepSource::Paste;
        plan << s;
    }
    m_runner = new Runner(context, plan, this);
    for (auto it = m_evidence.cbegin(); it != m_evidence.cend(); ++it)
        m_runner->setEvidence(it.key(), it.value());
    for (auto it = m_imported.cbegin(); it != m_imported.cend(); ++it)
        m_runner->setEvidence(it.key(), it.value());
    connect(m_runner, &Runner::stepStarted, this, &StepsPage::stepStarted);
    connect(m_runner, &Runner::stepOutput, this, &StepsPage::stepOutput);
    connect(m_runner, &Runner::stepFinished, this, &StepsPage::stepFinished);
    connect(m_runner, &Runner::finished, this, &StepsPage::runFinished);
    // The runner counts the steps of one run (one step when pasted output is analyzed); the bar
    // counts the whole plan, so "3 of 1 steps" cannot happen.
    connect(m_runner, &Runner::progress, this, [this](int, int) {
        int answered = 0;
        for (const Step &s : m_runner->plan())
            answered += m_runner->finding(s.id) ? 1 : 0;
        m_progress->setRange(0, qMax(1, int(m_runner->plan().size())));
        m_progress->setValue(answered);
        updateProgressText();
    });

    QString where;
    switch (context.mode) {
    case RunMode::Probe: where = tr("Probing from this desktop; steps on the server need pasted output."); break;
    case RunMode::Collect: where = tr("Collecting on this machine (the backend) and probing it."); break;
    case RunMode::Guided: where = tr("Offline: every step needs pasted output."); break;
    }
    const Target &t = context.target;
    QString what = t.host + QLatin1Char(':') + QString::number(t.checkPort);
    if (isHttpListener(t.listener))
        what += t.path;
    m_intro->setText(tr("%1 health check of %2, as %3 sends it. %4")
                         .arg(listenerId(t.listener).toUpper(), what, context.profile.name.text(), where));

    m_detail->guidedPanel()->forget();
    m_list->clear();
    for (const Step &s : plan) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(stepIdRole, s.id);
        updateItem(s.id);
    }
    m_progress->setRange(0, qMax(1, int(plan.size())));
    m_progress->setValue(0);
    updateProgressText();
    m_elapsed->clear();
    m_list->setCurrentRow(0);
    updateDetail();
    updateButtons();
    emit completeChanged();
}

QListWidgetItem *StepsPage::itemFor(const QString &stepId) const
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(stepIdRole).toString() == stepId)
            return m_list->item(i);
    }
    return nullptr;
}

QString StepsPage::selectedStepId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(stepIdRole).toString() : QString();
}

StatusIcons::State StepsPage::stateOf(const QString &stepId) const
{
    if (m_running.contains(stepId))
        return StatusIcons::State::Running;
    if (m_runner) {
        if (const Finding *f = m_runner->finding(stepId))
            return StatusIcons::stateOf(f->status);
    }
    if (const auto it = m_restored.constFind(stepId); it != m_restored.constEnd())
        return StatusIcons::stateOf(it->status);
    return StatusIcons::State::NotRun;
}

QString StepsPage::stateText(const QString &stepId) const
{
    if (m_running.contains(stepId))
        return tr("running...");
    if (m_runner) {
        if (const Finding *f = m_runner->finding(stepId)) {
            return f->summary.isEmpty() ? statusWord(f->status) : f->summary;
        }
    }
    if (const auto it = m_restored.constFind(stepId); it != m_restored.constEnd())
        return it->summary;
    if (m_stopped.contains(stepId))
        return tr("stopped before it finished");
    if (m_evidence.contains(stepId))
        return tr("output pasted; press Analyze or Run all");
    if (m_runner) {
        for (const Step &s : m_runner->plan()) {
            if (s.id == stepId && s.source == StepSource::Paste && !s.evidenceKinds().isEmpty())
                return tr("needs output pasted from the %1")
                    .arg(s.side == StepSide::Console ? tr("cloud console") : tr("server"));
            if (s.id == stepId && s.source == StepSource::Paste)
                return tr("not run in this mode");
        }
    }
    return tr("not run yet");
}

void StepsPage::updateItem(const QString &stepId)
{
    QListWidgetItem *item = itemFor(stepId);
    if (!item)
        return;
    const StatusIcons::State state = stateOf(stepId);
    const QString title = Step::titleFor(stepId);
    const QString text = stateText(stepId);
    item->setIcon(StatusIcons::icon(state));
    // A command in the row (`ss -ltnup`) wraps as a whole, never after its dash.
    static const QRegularExpression quoted(QStringLiteral("`[^`\\n]+`"));
    QString shown = StatusIcons::label(state, text);
    for (qsizetype at = 0;;) {
        const QRegularExpressionMatch m = quoted.match(shown, at);
        if (!m.hasMatch())
            break;
        const QString joined = CommandText::joined(m.captured(0));
        shown.replace(m.capturedStart(), m.capturedLength(), joined);
        at = m.capturedStart() + joined.size();
    }
    item->setText(title + QLatin1Char('\n') + shown);
    item->setData(Qt::AccessibleTextRole, tr("%1: %2, %3").arg(title, StatusIcons::word(state), text));
    item->setToolTip(text);
}

void StepsPage::updateDetail()
{
    const QString id = selectedStepId();
    if (id.isEmpty() || !m_runner) {
        m_detail->clear();
        return;
    }
    const Step *step = nullptr;
    for (const Step &s : m_runner->plan()) {
        if (s.id == id)
            step = &s;
    }
    if (!step)
        return;
    const Finding *f = m_runner->finding(id);
    if (!f && m_restored.contains(id))
        f = &*m_restored.constFind(id);
    m_detail->showStep(*step, m_runner->context(), f, stateOf(id), stateText(id), m_liveOutput.value(id),
                       m_evidence.value(id).text);
}

void StepsPage::updateButtons()
{
    const bool running = m_runner && m_runner->isRunning();
    m_runAll->setEnabled(m_runner && !running);
    m_runOne->setEnabled(m_runner && !selectedStepId().isEmpty() && !m_running.contains(selectedStepId()));
    m_stop->setEnabled(running);
    m_collectAll->setEnabled(m_runner);
    m_collectAll->setVisible(!m_runner || m_runner->context().mode != RunMode::Collect);
    m_collectSsh->setEnabled(m_runner);
    m_collectSsh->setVisible(!m_runner || m_runner->context().mode != RunMode::Collect);
}

void StepsPage::updateElapsed()
{
    if (!m_runner)
        return;
    m_elapsed->setText(tr("%1 s").arg(double(m_runner->elapsedMs()) / 1000.0, 0, 'f', 1));
}

void StepsPage::runAll()
{
    if (!m_runner || m_runner->isRunning())
        return;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_stopped.clear();
    m_restored.clear();
    m_liveOutput.clear();
    m_clock->start();
    m_selectProblemWhenDone = true;
    m_runner->start();
    updateButtons();
    emit completeChanged();
}

void StepsPage::runSelected()
{
    const QString id = selectedStepId();
    if (!m_runner || id.isEmpty())
        return;
    if (!m_startedAt.isValid())
        m_startedAt = QDateTime::currentDateTimeUtc();
    m_stopped.remove(id);
    m_restored.remove(id);
    m_liveOutput.remove(id);
    m_clock->start();
    m_runner->runStep(id);
    updateButtons();
    emit completeChanged();
}

void StepsPage::openBundle(const QString &text, const QString &note)
{
    if (!m_runner)
        return;
    auto *dialog = new BundleDialog(m_runner->context(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!text.isEmpty())
        dialog->setPaste(text, note);
    connect(dialog, &BundleDialog::analyzed, this, &StepsPage::applyBundle);
    dialog->open();
}

void StepsPage::openSsh()
{
    if (!m_runner)
        return;
    auto *dialog = new SshDialog(m_runner->context(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SshDialog::analyzed, this, &StepsPage::applyBundle);
    dialog->open();
}

void StepsPage::applyBundle(const BundleResult &result)
{
    if (!m_runner)
        return;
    if (!m_startedAt.isValid())
        m_startedAt = QDateTime::currentDateTimeUtc();
    for (const Finding &f : result.findings) {
        // A step the bundle has no section for keeps what it already has.
        if (f.raw.isEmpty() && m_runner->finding(f.step))
            continue;
        m_runner->setFinding(f.step, f);
        m_evidence.remove(f.step);
        m_stopped.remove(f.step);
        m_restored.remove(f.step);
        m_runner->runStep(f.step);
    }
    m_clock->start();
    updateButtons();
    emit completeChanged();
}

void StepsPage::analyze(const QString &stepId, const Evidence &evidence)
{
    if (!m_runner)
        return;
    if (BundleParser::looksLikeBundle(evidence.text)) {
        openBundle(
            evidence.text,
            tr("This is the output of the collection bundle, not of one command: it is analyzed here, for every step at once."));
        return;
    }
    m_evidence.insert(stepId, evidence);
    m_runner->setEvidence(stepId, evidence);
    if (!m_startedAt.isValid())
        m_startedAt = QDateTime::currentDateTimeUtc();
    m_stopped.remove(stepId);
    m_restored.remove(stepId);
    m_clock->start();
    m_runner->runStep(stepId);
    updateButtons();
    emit completeChanged();
}

void StepsPage::stop()
{
    if (m_runner)
        m_runner->cancel();
}

void StepsPage::stepStarted(const QString &stepId)
{
    m_running.insert(stepId);
    m_stopped.remove(stepId);
    updateItem(stepId);
    if (stepId == selectedStepId())
        updateDetail();
    updateButtons();
}

void StepsPage::stepOutput(const QString &stepId, const QString &text)
{
    QString &live = m_liveOutput[stepId];
    if (live.size() < StepDetail::maxRawDisplayChars)
        live += text;
    if (stepId == selectedStepId())
        updateDetail();
}

void StepsPage::stepFinished(const Finding &finding)
{
    m_running.remove(finding.step);
    m_liveOutput.remove(finding.step);
    updateItem(finding.step);
    if (finding.step == selectedStepId())
        updateDetail();
    updateButtons();
}

void StepsPage::runFinished()
{
    // Whatever still runs when the runner says it is finished was cancelled.
    const QSet<QString> cancelled = m_running;
    m_running.clear();
    for (const QString &id : cancelled) {
        m_stopped.insert(id);
        updateItem(id);
    }
    m_clock->stop();
    updateElapsed();
    updateProgressText();
    if (m_selectProblemWhenDone)
        selectWorstStep();
    m_selectProblemWhenDone = false;
    updateDetail();
    updateButtons();
    emit completeChanged();
}

void StepsPage::selectWorstStep()
{
    // After Run all, the first failure is what to look at, not step 1.
    if (!m_runner)
        return;
    for (Status wanted : {Status::Fail, Status::Warn, Status::Unknown}) {
        for (int i = 0; i < m_list->count(); ++i) {
            const Finding *f = m_runner->finding(m_list->item(i)->data(stepIdRole).toString());
            if (f && f->status == wanted) {
                m_list->setCurrentRow(i);
                return;
            }
        }
    }
}

void StepsPage::updateProgressText()
{
    // "9 of 9 steps" when 7 of them only asked for pasted output claimed too much.
    const int total = m_progress->maximum();
    int ran = 0;
    int notRun = 0;
    if (m_runner) {
        for (const Step &s : m_runner->plan()) {
            if (const Finding *f = m_runner->finding(s.id))
                (f->status == Status::Skip ? notRun : ran)++;
        }
    }
    m_progress->setFormat(
        notRun == 0
            ? tr("%1 of %2 steps checked").arg(ran).arg(total)
            : tr("%1 of %2 steps checked, %3 %4").arg(ran).arg(total).arg(notRun).arg(statusWord(Status::Skip)));
}

bool StepsPage::isComplete() const
{
    if (!m_runner || m_runner->isRunning())
        return false;
    return !m_runner->findings().isEmpty() || !m_restored.isEmpty();
}

Session StepsPage::session() const
{
    Session s;
    if (m_watchFinding) {
        s.findings << *m_watchFinding;
        s.timelineSvg = m_watchSvg;
    }
    if (!m_runner)
        return s;
    s.context = m_runner->context();
    s.startedAt = m_startedAt.isValid() ? m_startedAt : QDateTime::currentDateTimeUtc();
    for (const Step &step : m_runner->plan()) {
        if (const Finding *f = m_runner->finding(step.id))
            s.findings << *f;
        else if (const auto it = m_restored.constFind(step.id); it != m_restored.constEnd())
            s.findings << *it;
    }
    if (m_watchFinding)
        s.findings.move(0, s.findings.size() - 1); // after the plan's steps
    s.evidence = m_evidence;
    return s;
}

WatchDialog *StepsPage::openWatch()
{
    if (!m_watchDialog) {
        m_watchDialog = new WatchDialog(m_runner ? m_runner->context() : m_contextProvider(), this);
        connect(m_watchDialog, &WatchDialog::watchFinished, this, [this](const Finding &finding, const QString &svg) {
            m_watchFinding = finding;
            m_watchSvg = svg;
        });
    }
    m_watchDialog->show();
    m_watchDialog->raise();
    return m_watchDialog;
}

void StepsPage::restore(const Session &session)
{
    m_restoring = true;
    m_evidence = session.evidence;
    m_restored.clear();
    for (const Finding &f : session.findings)
        m_restored.insert(f.step, f);
    m_startedAt = session.startedAt;
    rebuild(session.context);
    // A saved watch keeps its finding; its picture is not saved (see Session::timelineSvg).
    if (const auto it = m_restored.constFind(QStringLiteral("watch")); it != m_restored.constEnd())
        m_watchFinding = *it;
    m_restoring = false;
}
