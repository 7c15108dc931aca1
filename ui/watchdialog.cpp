#include "watchdialog.h"

#include "watchtimelineview.h"

#include "core/profilestore.h"
#include "probes/watch/watch.h"
#include "probes/watch/watchanalysis.h"
#include "probes/watch/watchtimeline.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

WatchDialog::WatchDialog(const RunContext &context, QWidget *parent) : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("watchDialog"));
    setWindowTitle(tr("Watch the health check"));
    ProfileStore store;
    store.loadAll();
    for (const Profile &p : store.profiles())
        for (const ProfileVariant &v : p.variants)
            if (p.id != context.profile.id || v.id != context.variant.id)
                m_others.append({p.variants.size() > 1 ? QStringLiteral("%1 (%2)").arg(p.name.text(), v.name.text())
                                                       : p.name.text(),
                                 HealthThresholds::fromTiming(v.timing)});

    const WatchSettings defaults = Watch::settingsFor(context);
    auto *intro = new QLabel(tr("Repeats the load balancer's check every interval and applies its thresholds "
                                "(unhealthy after %1 failures in a row, healthy after %2 passes in a row), "
                                "so a backend that fails now and then shows up as it does in the console.")
                                 .arg(defaults.thresholds.unhealthy)
                                 .arg(defaults.thresholds.healthy),
                             this);
    intro->setObjectName(QStringLiteral("watchIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_duration = new QComboBox(this);
    m_duration->setObjectName(QStringLiteral("watchDuration"));
    m_duration->setAccessibleName(tr("Duration"));
    m_duration->addItem(tr("1 minute"), 60000);
    m_duration->addItem(tr("5 minutes"), 5 * 60000);
    m_duration->addItem(tr("10 minutes"), 10 * 60000);
    m_duration->addItem(tr("30 minutes"), 30 * 60000);
    m_duration->addItem(tr("1 hour"), 60 * 60000);
    m_duration->addItem(tr("Until stopped"), 0);
    m_duration->setCurrentIndex(2);
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("watchInterval"));
    m_interval->setAccessibleName(tr("Interval"));
    m_interval->setRange(100, 3600000);
    m_interval->setSingleStep(500);
    m_interval->setSuffix(tr(" ms"));
    m_interval->setValue(int(defaults.intervalMs));

    m_start = new QPushButton(tr("&Start watching"), this);
    m_start->setObjectName(QStringLiteral("watchStartButton"));
    m_stop = new QPushButton(tr("S&top"), this);
    m_stop->setObjectName(QStringLiteral("watchStopButton"));
    m_csv = new QPushButton(tr("Export &CSV..."), this);
    m_csv->setObjectName(QStringLiteral("watchCsvButton"));

    const auto counter = [this](const char *name) {
        auto *label = new QLabel(QStringLiteral("-"), this);
        label->setObjectName(QLatin1String(name));
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    m_checks = counter("watchChecks");
    m_failures = counter("watchFailures");
    m_state = counter("watchState");
    m_elapsed = counter("watchElapsed");
    m_summary = counter("watchSummary");
    m_summary->setWordWrap(true);
    m_summary->setText(QString());
    m_timeline = new WatchTimelineView(this);

    auto *settingsForm = new QFormLayout;
    settingsForm->addRow(tr("Duration:"), m_duration);
    settingsForm->addRow(tr("Interval:"), m_interval);
    auto *counters = new QFormLayout;
    counters->addRow(tr("Checks:"), m_checks);
    counters->addRow(tr("Failed:"), m_failures);
    counters->addRow(tr("Load balancer would show:"), m_state);
    counters->addRow(tr("Elapsed:"), m_elapsed);
    auto *top = new QHBoxLayout;
    top->addLayout(settingsForm);
    top->addSpacing(24);
    top->addLayout(counters, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addStretch(1);
    buttons->addWidget(m_csv);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addLayout(buttons);
    layout->addWidget(m_timeline, 1);
    layout->addWidget(m_summary);
    resize(1000, 560);

    m_tick = new QTimer(this);
    m_tick->setInterval(500);
    connect(m_tick, &QTimer::timeout, this, &WatchDialog::refresh);
    connect(m_start, &QPushButton::clicked, this, &WatchDialog::startWatch);
    connect(m_stop, &QPushButton::clicked, this, &WatchDialog::stopWatch);
    connect(m_csv, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export checks as CSV"), QStringLiteral("watch.csv"),
                                                          tr("CSV files (*.csv)"));
        if (file.isEmpty())
            return;
        if (const auto exported = exportCsv(file); !exported)
            QMessageBox::warning(this, tr("Export CSV"), exported.error());
    });
    refresh();
}

WatchDialog::~WatchDialog() = default;

Watch *WatchDialog::watch() const
{
    return m_watch;
}

WatchSettings WatchDialog::settings() const
{
    WatchSettings s = Watch::settingsFor(m_context);
    s.intervalMs = m_interval->value();
    s.durationMs = m_duration->currentData().toLongLong();
    return s;
}

void WatchDialog::startWatch()
{
    if (m_watch && m_watch->isRunning())
        return;
    delete m_watch;
    m_finding = Finding();
    m_summary->clear();
    m_watch = new Watch(m_context, settings(), this);
    connect(m_watch, &Watch::sampleAdded, this, &WatchDialog::refresh);
    connect(m_watch, &Watch::finished, this, &WatchDialog::finished);
    m_watch->start();
    m_tick->start();
    refresh();
}

void WatchDialog::stopWatch()
{
    if (m_watch)
        m_watch->stop();
}

void WatchDialog::refresh()
{
    const bool running = m_watch && m_watch->isRunning();
    m_start->setEnabled(!running);
    m_stop->setEnabled(running);
    m_duration->setEnabled(!running);
    m_interval->setEnabled(!running);
    m_csv->setEnabled(m_watch && !m_watch->record().isEmpty());
    if (!m_watch) {
        m_timeline->setSvg(WatchTimeline::svg(WatchRecord(1), settings()));
        return;
    }
    const WatchRecord &r = m_watch->record();
    m_checks->setText(QString::number(r.total()));
    m_failures->setText(r.total() ? tr("%1 (%2 %)").arg(r.failures()).arg(qRound(100.0 * r.failures() / r.total()))
                                  : QStringLiteral("0"));
    m_state->setText(lbStateWord(m_watch->state()));
    const qint64 duration = m_watch->settings().durationMs;
    m_elapsed->setText(
        duration > 0
            ? tr("%1 of %2").arg(WatchAnalysis::clockText(m_watch->elapsedMs()), WatchAnalysis::clockText(duration))
            : WatchAnalysis::clockText(m_watch->elapsedMs()));
    WatchTimeline::Options options;
    options.nowMs = running ? m_watch->elapsedMs() : 0;
    m_timeline->setSvg(WatchTimeline::svg(r, m_watch->settings(), options));
}

void WatchDialog::finished()
{
    m_tick->stop();
    refresh();
    m_finding = WatchAnalysis::analyze(m_watch->record(), m_watch->settings(), m_others);
    if (!m_watch->error().isEmpty())
        m_finding.evidence.prepend(tr("the watch stopped: %1").arg(m_watch->error()));
    m_svg = WatchTimeline::svg(m_watch->record(), m_watch->settings());
    m_summary->setText(m_watch->error().isEmpty() ? m_finding.summary
                                                  : tr("The watch stopped: %1").arg(m_watch->error()));
    emit watchFinished(m_finding, m_svg);
}

Result<void> WatchDialog::exportCsv(const QString &fileName) const
{
    if (!m_watch)
        return Error{tr("nothing to export: no watch has run")};
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(WatchTimeline::csv(m_watch->record())) < 0 || !file.commit()) {
        return Error{tr("cannot write \"%1\": %2").arg(fileName, file.errorString())};
    }
    return {};
}
