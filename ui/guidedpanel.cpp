#include "guidedpanel.h"

#include "commandbox.h"
#include "pastebox.h"

#include "analyzers/capture/captureinput.h"
#include "core/shellquote.h"
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
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>
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
    m_osLabel = new QLabel(tr("The&ir system:"), this);
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
    m_analyze = new QPushButton(tr("Anal&yze"), this);
    m_analyze->setObjectName(QStringLiteral("analyzeButton"));
    m_analyze->setAccessibleName(tr("Analyze the pasted output"));
    m_nothing = new QPushButton(tr("It printed nothin&g"), this);
    m_nothing->setObjectName(QStringLiteral("printedNothingButton"));
    m_nothing->setAccessibleName(tr("The command printed nothing"));
    m_nothing->setToolTip(tr("Empty output is an answer too: iptables-save prints nothing when no rules are loaded."));

    auto *osRow = new QHBoxLayout;
    osRow->addWidget(m_osLabel);
    osRow->addWidget(m_os, 1);
    m_kindLabel = new QLabel(tr("For&mat:"), this);
    m_kindLabel->setBuddy(m_kind);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_kindLabel);
    buttons->addWidget(m_kind);
    buttons->addStretch(1);
    buttons->addWidget(m_nothing);
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

    auto *pasteLabel = new QLabel(tr("Output they sent bac&k:"), this);
    pasteLabel->setObjectName(QStringLiteral("pasteLabel"));
    pasteLabel->setBuddy(m_paste);
    // In a small window the commands, the paste box and its buttons scroll rather than squeeze
    // each other to nothing.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("guidedScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus); // a container: Tab goes to the fields inside
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("guidedContent"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    for (QWidget *w : std::initializer_list<QWidget *>{m_intro, m_os, m_osLabel, m_commands, m_kind, m_paste, m_nothing,
                                                       m_load, m_analyze, m_kindLabel, pasteLabel})
        w->setParent(content);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_intro);
    layout->addLayout(osRow);
    layout->addWidget(m_commands);
    layout->addWidget(m_captureRow);
    layout->addWidget(pasteLabel);
    layout->addWidget(m_paste, 1);
    layout->addLayout(buttons);
    scroll->setWidget(content);
    m_content = content;
    scroll->viewport()->installEventFilter(this);

    connect(m_os, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(QStringLiteral("guidedOs"), m_os->currentData());
        rebuildCommands();
    });
    connect(m_paste, &PasteBox::contentChanged, this, &GuidedPanel::updateButtons);
    connect(m_load, &QPushButton::clicked, this, &GuidedPanel::loadFile);
    connect(m_analyze, &QPushButton::clicked, this, &GuidedPanel::analyze);
    connect(m_nothing, &QPushButton::clicked, this, &GuidedPanel::analyzeEmpty);
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
        m_intro->setText(tr(
            "LB Doctor runs on the backend: press \"Capture now\" to capture the health checks here with tcpdump for a while "
            "(it needs root), or run the command below yourself and paste its output or open the file."));
    else if (step.id == QStringLiteral("capture"))
        m_intro->setText(tr(
            "Run the capture on the backend server while the load balancer checks it (or ask the customer to), "
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
    // Only where empty output means something: a firewall with no rules loaded.
    m_nothing->setVisible(step.id == QStringLiteral("firewall"));
    rebuildCommands();
    updateButtons();
}

bool GuidedPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, &GuidedPanel::fitWrappedLabels);
    return QWidget::eventFilter(watched, event);
}

void GuidedPanel::fitWrappedLabels()
{
    // A word-wrapped label in a scrolling column may be squeezed below the height its text needs
    // (the column's minimum ignores height-for-width); pin each to what its width needs.
    if (!m_content)
        return;
    for (QLabel *label : m_content->findChildren<QLabel *>()) {
        if (!label->wordWrap() || !label->isVisibleTo(m_content) || label->width() <= 0)
            continue;
        const int needed = label->heightForWidth(label->width());
        if (needed > 0 && label->minimumHeight() != needed)
            label->setMinimumHeight(needed);
    }
}

void GuidedPanel::forget()
{
    m_step = Step();
    m_paste->setText(QString());
}

void GuidedPanel::rebuildCommands()
{
    QTimer::singleShot(0, this, &GuidedPanel::fitWrappedLabels);
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
            // The catalogue's note already says "needs root" when it applies; say it once.
            if (c.needsRoot && note.isEmpty())
                note = tr("Needs administrator (root) rights.");
            if (!note.isEmpty())
                note[0] = note[0].toUpper();
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
    if (m_step.side == StepSide::Console) {
        // The provider's own CLI lists the rules as JSON LB Doctor reads; the console shows them too.
        if (const StepGuidance *g = m_context.profile.guidanceFor(m_step.id)) {
            const QHash<QString, QString> values = m_context.templateValues();
            for (const QString &t : g->gather) {
                auto *box = new CommandBox(ShellQuote::expand(Shell::Posix, t, values), m_commands);
                box->setObjectName(QStringLiteral("guidedCommand%1").arg(commands.size()));
                m_commandsLayout->addWidget(box);
                commands << t;
            }
            if (!g->gather.isEmpty()) {
                auto *note = new QLabel(
                    tr("Replace the <angle-bracket> values with the customer's (region, security group id); paste the JSON it prints."),
                    m_commands);
                note->setObjectName(QStringLiteral("guidedGatherNote"));
                note->setWordWrap(true);
                m_commandsLayout->addWidget(note);
            }
            if (!g->console.isEmpty()) {
                auto *console = new QLabel(tr("In the console: %1").arg(g->console.text()), m_commands);
                console->setObjectName(QStringLiteral("guidedConsolePath"));
                console->setWordWrap(true);
                console->setTextInteractionFlags(Qt::TextSelectableByMouse);
                m_commandsLayout->addWidget(console);
            }
        }
    }
    if (commands.isEmpty()) {
        auto *none = new QLabel(m_commands);
        none->setObjectName(QStringLiteral("guidedNoCommand"));
        none->setWordWrap(true);
        none->setAccessibleName(tr("No command"));
        none->setText(
            m_step.side == StepSide::Console
                ? tr(
                    "Export the rules from the provider's console or CLI (the \"Fix it\" tab names them) and paste them here.")
                : tr("LB Doctor has no command for this step on this system; paste the output of the usual tool."));
        m_commandsLayout->addWidget(none);
    }
}

void GuidedPanel::loadFile()
{
    const bool capture = m_step.id == QStringLiteral("capture");
    const QString fileName =
        QFileDialog::getOpenFileName(this, tr("Load output"), QString(),
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
        m_captureMessage->setText(
            tr("Captured %n packet(s) in %1 s; analyzing.", nullptr, int(qMax<qint64>(0, result.packets)))
                .arg(result.elapsedMs / 1000.0, 0, 'f', 1));
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
    m_captureMessage->setText(
        tr("Capturing the health checks for %n second(s)... Stop ends it early and keeps what was captured.", nullptr,
           m_captureSeconds->value()));
    m_capture->start();
}

void GuidedPanel::stopCapture()
{
    if (m_capture)
        m_capture->stop();
}

void GuidedPanel::analyzeEmpty()
{
    // iptables-save, nft list ruleset and ufw print nothing (or "inactive") when nothing filters;
    // the command shown first for the chosen system decides what the silence means.
    Evidence e;
    e.kind = m_kind->currentData().toString();
    if (e.kind.isEmpty()) {
        const auto family = OsFamily(m_os->currentData().toInt());
        const QList<CatalogueCommand> commands = CommandCatalogue::forStep(m_step.id, family, m_context);
        e.kind = commands.isEmpty() ? m_step.evidenceKinds().value(0) : commands.constFirst().kind;
    }
    e.origin = tr("the command printed nothing");
    emit analyzeRequested(m_step.id, e);
}

void GuidedPanel::updateButtons()
{
    // isEmpty() on the document avoids copying a multi-megabyte paste on every keystroke.
    m_analyze->setEnabled(!m_paste->isEmpty());
    m_analyze->setToolTip(m_analyze->isEnabled() ? QString() : tr("Paste the output first"));
}
