#pragma once

#include "core/finding.h"
#include "core/runcontext.h"
#include "probes/watch/watchsettings.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimer;
class Watch;
class WatchTimelineView;

// The Watch action of the steps page: the load balancer's check over minutes, with live counters
// (checks, failures, the state the load balancer would show, elapsed), the timeline drawn as it
// grows, Stop, and the run's finding and CSV when it ends. The engine's Watch does the work.
class WatchDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WatchDialog(const RunContext &context, QWidget *parent = nullptr);
    ~WatchDialog() override;

    Watch *watch() const;
    // The finding of the last finished watch (step "watch"), and its timeline as SVG.
    const Finding &finding() const { return m_finding; }
    QString timelineSvg() const { return m_svg; }
    bool hasResult() const { return !m_finding.step.isEmpty(); }
    Result<void> exportCsv(const QString &fileName) const;

public slots:
    void startWatch();
    void stopWatch();

signals:
    void watchFinished(const Finding &finding, const QString &timelineSvg);

private:
    void refresh();
    void finished();
    WatchSettings settings() const;

    RunContext m_context;
    QList<ThresholdAlternative> m_others;
    QPointer<Watch> m_watch;
    Finding m_finding;
    QString m_svg;

    QComboBox *m_duration = nullptr;
    QSpinBox *m_interval = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_csv = nullptr;
    QLabel *m_checks = nullptr;
    QLabel *m_failures = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_elapsed = nullptr;
    QLabel *m_summary = nullptr;
    WatchTimelineView *m_timeline = nullptr;
    QTimer *m_tick = nullptr;
};
