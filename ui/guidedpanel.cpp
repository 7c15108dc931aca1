#include "guidedpanel.h"

#include "commandbox.h"
#include "pastebox.h"

#include "analyzers/capture/captureinput.h"
#include "core/textdecode.h"

#include "collect/capture/livecapture.h"
#include "collect/commandcatalogue.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

GuidedPanel::GuidedPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("guidedPanel"));
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("guidedIntro"));
    m_intro->setWordWrap(true);
    m_intro->setAccessibleName(tr("What to do"));

    m_os = new QComboBox(this);
    m_os->setObjectName(QStringLiteral("osCombo"));
    m_os->setAccessibleName(tr("The customer's operating system"));
    for (OsFamily family : CommandCatalogue::families())
        m_os->addItem(CommandCatalogue::osName(family), int(family));
    const int saved = m_os->findData(QSettings().value(QStringLiteral("guidedOs"), int(OsFamily::Linux)).toInt());
    m_os->setCurrentIndex(qMax(0, saved));
    m_osLabel = new QLabel(tr("Their &system:"), this);
    m_osLabel->setBuddy(m_os);

    m_commands = new QWidget(this);
    m_commands->setObjectName(QStringLiteral("guidedCommands"));
    m_commandsLayout = new QVBoxLayout(m_commands);
    m_commandsLayout->setContentsMargins(0, 0, 0, 0);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->setAccessibleName(tr("Format of the pasted output"));

    m_paste = new PasteBox(this);
    m_paste->setObjectName(QStringLiteral("pasteBox"));
    m_paste->setAccessibleName(tr("Pasted output"));
    m_paste->setPlaceholderText(tr("Paste the complete output here, then press Analyze."));
    m_paste->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_paste->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_paste->setTabChangesFocus(true); // keyboard users must be able to leave the box
    m_paste->setMinimumHeight(120);

    m_load = new QPushButton(tr("&Load from file..."), this);
    m_load->setObjectName(QStringLiteral("loadFileButton"));
    m_load->setAccessibleName(tr("Load output from a file"));
    m_analyze = new QPushButton(tr("&Analyze"), this);
    m_analyze->setObjectName(QStringLiteral("analyzeButton"));
    m_analyze->setAccessibleName(tr("Analyze the pasted output"));

    auto *osRow = new QHBoxLayout;
    osRow->addWidget(m_osLabel);
    osRow->addWidget(m_os, 1);
    m_kindLabel = new QLabel(tr("&Format:"), this);
    m_kindLabel->setBuddy(m_kind);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_kindLabel);
    buttons->addWidget(m_kind);
    buttons->addStretch(1);
    buttons->addWidget(m_load);
    buttons->addWidget(m_analyze);

    m_captureRow = new QWidget(this);
    m_captureRow->setObjectName(QStringLiteral("captureRow"));
    m_captureNow = new QPushButton(tr("&Capture now"), m_captureRow);
    m_captureNow->setObjectName(QStringLiteral("captureNowButton"));
    m_captureNow->setAccessibleName(tr("Capture the health checks on this machine now"));
    m_captureSeconds = new QSpinBox(m_captureRow);
    m_captureSeconds->setObjectName(QStringLiteral("captureSecondsSpin"));
    m_captureSeconds->setRange(1, LiveCapture::maxSeconds);
    m_captureSeconds->setValue(LiveCapture::defaultSeconds);
    m_captureSeconds->setSuffix(tr(" s"));
    m_captureSeconds->setAccessibleName(tr("How long to capture"));
    m_captureProgress = new QProgressBar(m_captureRow);
    m_captureProgress->setObjectName(QStringLiteral("captureProgress"));
    m_captureProgress->setVisible(false);
    m_captureStop = new QPushButton(tr("S&top"), m_captureRow);
    m_captureStop->setObjectName(QStringLiteral("captureStopButton"));
    m_captureStop->setAccessibleName(tr("Stop the capture and analyze what it saw"));
    m_captureStop->setVisible(false);
    m_captureMessage = new QLabel(m_captureRow);
    m_captureMessage->setObjectName(QStringLiteral("captureMessage"));
    m_captureMessage->setWordWrap(true);
    m_captureMessage->setTextFormat(Qt::PlainText);
    m_captureMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *captureButtons = new QHBoxLayout;
    captureButtons->addWidget(m_captureNow);
    captureButtons->addWidget(m_captureSeconds);
    captureButtons->addWidget(m_captureProgress, 1);
    captureButtons->addWidget(m_captureStop);
    captureButtons->addStretch(1);
    auto *captureLayout = new QVBoxLayout(m_captureRow);
    captureLayout->setContentsMargins(0, 0, 0, 0);
    captureLayout->addLayout(captureButtons);
    captureLayout->addWidget(m_captureMessage);
    m_captureRow->setVisible(false);
    connect(m_captureNow, &QPushButton::clicked, this, &GuidedPanel::captureNow);
    connect(m_captureStop, &QPushButton::clicked, this, &GuidedPanel::stopCapture);

    auto *pasteLabel = new QLabel(tr("&Output they sent back:"), this);
    pasteLabel->setBuddy(m_paste);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(osRow);
    layout->addWidget(m_commands);
    layout->addWidget(m_captureRow);
    layout->addWidget(pasteLabel);
    layout->addWidget(m_paste, 1);
    layout->addLayout(buttons);

    connect(m_os, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(QStringLiteral("guidedOs"), m_os->currentData());
        rebuildCommands();
    });
    connect(m_paste, &PasteBox::contentChanged, this, &GuidedPanel::updateButtons);
    connect(m_load, &QPushButton::clicked, this, &GuidedPanel::loadFile);
    connect(m_analyze, &QPushButton::clicked, this, &GuidedPanel::analyze);
    updateButtons();
}

void GuidedPanel::showStep(const Step &step, const RunContext &context, const QString &pastedText)
{
    // The box holds what the user typed for this step; refill it only when another step is shown,
    // so a multi-megabyte paste is not copied again on every progress signal.
    const bool otherStep = step.id != m_step.id;
    m_step = step;
    m_context = context;
    const QString where = step.side == StepSide::Console ? tr("in the cloud console or with the provider's CLI")
                                                         : tr("on the backend server");
    const bool local = context.mode == RunMode::Collect;
    m_captureRow->setVisible(step.id == QStringLiteral("capture") && local);
    if (otherStep)
        m_captureMessage->clear();
    if (step.id == QStringLiteral("capture") && local)
        m_intro->setText(tr("LB Doctor runs on the backend: press \"Capture now\" to capture the health checks here with tcpdump for a while "
                            "(it needs root), or run the command below yourself and paste its output or open the file."));
    else if (step.id == QStringLiteral("capture"))
        m_intro->setText(tr("Run the capture on the backend server while the load balancer checks it (or ask the customer to), "
                            "then paste what tcpdump printed below, or open the capture file (pcap, pcapng) with \"Load from file\"."));
    else
        m_intro->setText(tr("Run this %1 (or ask the customer to), then paste the whole output below.").arg(where));
    m_kind->clear();
    m_kind->addItem(tr("Detect automatically"), QString());
    for (const QString &kind : step.evidenceKinds())
        m_kind->addItem(kind, kind);
    m_kind->setVisible(step.evidenceKinds().size() > 1);
    m_kindLabel->setVisible(step.evidenceKinds().size() > 1);
    if (otherStep)
        m_paste->setText(pastedText);
    const bool backend = step.side == StepSide::Backend;
    m_os->setVisible(backend);
    m_osLabel->setVisible(backend);
    rebuildCommands();
    updateButtons();
}

void GuidedPanel::forget()
{
    m_step = Step();
    m_paste->setText(QString());
}

void GuidedPanel::rebuildCommands()
{
    while (QLayoutItem *item = m_commandsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (m_step.id.isEmpty())
        return;
    QStringList commands;
    QStringList notes;
    if (m_step.side == StepSide::Backend) {
        const auto family = OsFamily(m_os->currentData().toInt());
        for (const CatalogueCommand &c : CommandCatalogue::forStep(m_step.id, family, m_context)) {
            commands << c.display;
            QString note = c.note;
            if (c.needsRoot)
                note = note.isEmpty() ? tr("Needs administrator (root) rights.") : tr("Needs administrator (root) rights. %1").arg(note);
            notes << note;
        }
    }
    for (qsizetype i = 0; i < commands.size(); ++i) {
        auto *box = new CommandBox(commands[i], m_commands);
        box->setObjectName(QStringLiteral("guidedCommand%1").arg(i));
        m_commandsLayout->addWidget(box);
        if (!notes[i].isEmpty()) {
            auto *note = new QLabel(notes[i], m_commands);
            note->setObjectName(QStringLiteral("guidedNote%1").arg(i));
            note->setWordWrap(true);
            note->setAccessibleName(tr("Note on the command"));
            m_commandsLayout->addWidget(note);
        }
    }
    if (commands.isEmpty()) {
        auto *none = new QLabel(m_commands);
        none->setObjectName(QStringLiteral("guidedNoCommand"));
        none->setWordWrap(true);
        none->setAccessibleName(tr("No command"));
        none->setText(m_step.side == StepSide::Console
                          ? tr("Export the rules from the provider's console or CLI (the \"Fix it\" tab names them) and paste them here.")
                          : tr("LB Doctor has no command for this step on this system; paste the output of the usual tool."));
        m_commandsLayout->addWidget(none);
    }
}

void GuidedPanel::loadFile()
{
    const bool capture = m_step.id == QStringLiteral("capture");
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Load output"), QString(),
                                                          capture ? tr("Captures (*.pcap *.pcapng *.cap *.txt);;All files (*)")
                                                                  : tr("Text files (*.txt *.log *.json);;All files (*)"));
    if (fileName.isEmpty())
        return;
    if (capture) {
        // A pcap or pcapng file is streamed by the analyzer, never loaded into the paste box.
        const auto loaded = CaptureInput::load(fileName, maxFileBytes);
        if (!loaded) {
            QMessageBox::warning(this, tr("Load output"), loaded.error());
            return;
        }
        const Evidence &e = *loaded;
        if (!e.file.isEmpty()) {
            emit analyzeRequested(m_step.id, e);
            return;
        }
        m_paste->setText(e.text);
        return;
    }
    const auto text = TextDecode::readFile(fileName, maxFileBytes);
    if (!text) {
        QMessageBox::warning(this, tr("Load output"), text.error());
        return;
    }
    m_paste->setText(*text);
}

void GuidedPanel::analyze()
{
    const QString text = m_paste->text();
    if (text.trimmed().isEmpty())
        return;
    Evidence e;
    e.kind = m_kind->currentData().toString();
    e.text = text;
    e.origin = tr("pasted");
    emit analyzeRequested(m_step.id, e);
}

void GuidedPanel::captureNow()
{
    if (m_capture)
        return;
    m_capture = new LiveCapture(this);
    m_capture->setContext(m_context);
    m_capture->setSeconds(m_captureSeconds->value());
    m_capture->setCommandPrefix(m_capturePrefix);
    const QString stepId = m_step.id;
    connect(m_capture, &LiveCapture::progress, this, [this](int elapsed, int total) {
        m_captureProgress->setRange(0, total);
        m_captureProgress->setValue(qMin(elapsed, total));
    });
    connect(m_capture, &LiveCapture::finished, this, [this, stepId](const LiveCapture::Result &result) {
        m_capture->deleteLater();
        m_capture = nullptr;
        m_captureNow->setEnabled(true);
        m_captureSeconds->setEnabled(true);
        m_captureStop->setVisible(false);
        m_captureProgress->setVisible(false);
        if (result.failure != LiveCapture::Failure::None) {
            m_captureMessage->setText(result.message);
            return;
        }
        m_captureMessage->setText(tr("Captured %n packet(s) in %1 s; analyzing.", nullptr, int(qMax<qint64>(0, result.packets))).arg(result.elapsedMs / 1000.0, 0, 'f', 1));
        if (const auto empty = LiveCapture::emptyCaptureFinding(result, m_context)) {
            emit findingReady(*empty);
            return;
        }
        Evidence e;
        e.kind = QStringLiteral("capture");
        e.file = result.file;
        e.origin = result.command;
        emit analyzeRequested(stepId, e);
    });
    m_captureNow->setEnabled(false);
    m_captureSeconds->setEnabled(false);
    m_captureStop->setVisible(true);
    m_captureProgress->setRange(0, m_captureSeconds->value());
    m_captureProgress->setValue(0);
    m_captureProgress->setVisible(true);
    m_captureMessage->setText(tr("Capturing the health checks for %n second(s)... Stop ends it early and keeps what was captured.", nullptr, m_captureSeconds->value()));
    m_capture->start();
}

void GuidedPanel::stopCapture()
{
    if (m_capture)
        m_capture->stop();
}

void GuidedPanel::updateButtons()
{
    // isEmpty() on the document avoids copying a multi-megabyte paste on every keystroke.
    m_analyze->setEnabled(!m_paste->isEmpty());
    m_analyze->setToolTip(m_analyze->isEnabled() ? QString() : tr("Paste the output first"));
}
