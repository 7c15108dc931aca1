#include "stepdetail.h"

#include "core/guidancetext.h"

#include "commandbox.h"
#include "guidedpanel.h"

#include "analyzers/otherhost.h"
#include "core/kindname.h"
#include "core/shellquote.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

QString shellName(Shell shell)
{
    switch (shell) {
    case Shell::Posix: return StepDetail::tr("Linux (sh, bash)");
    case Shell::PowerShell: return StepDetail::tr("Windows PowerShell");
    case Shell::Cmd: return StepDetail::tr("Windows cmd");
    }
    return {};
}

QLabel *wrappedLabel(const QString &name, const QString &accessible, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAccessibleName(accessible);
    return label;
}

} // namespace

StepDetail::StepDetail(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("stepDetail"));
    m_icon = new QLabel(this);
    m_icon->setObjectName(QStringLiteral("detailIcon"));
    m_icon->setAccessibleName(tr("Step status"));
    m_title = wrappedLabel(QStringLiteral("detailTitle"), tr("Step"), this);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_summary = wrappedLabel(QStringLiteral("detailSummary"), tr("Result"), this);
    m_evidence = wrappedLabel(QStringLiteral("detailEvidence"), tr("Evidence"), this);
    // Output from another host is said on its own line, in the warning colour, above the evidence.
    m_otherHost = wrappedLabel(QStringLiteral("detailOtherHost"), tr("Warning"), this);
    QFont boldWarning = m_otherHost->font();
    boldWarning.setBold(true);
    m_otherHost->setFont(boldWarning);
    m_otherHost->setVisible(false);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setAccessibleName(tr("Step details"));
    m_tabs->setDocumentMode(true);

    m_guided = new GuidedPanel(m_tabs);

    m_checks = new QTextBrowser(m_tabs);
    m_checks->setObjectName(QStringLiteral("checksView"));
    m_checks->setAccessibleName(tr("What this checks"));
    m_checks->setOpenLinks(false);

    m_rawTab = new QWidget(m_tabs);
    m_rawTab->setObjectName(QStringLiteral("rawTab"));
    m_search = new QLineEdit(m_rawTab);
    m_search->setObjectName(QStringLiteral("rawSearch"));
    m_search->setAccessibleName(tr("Search the raw output"));
    m_search->setPlaceholderText(tr("Search the raw output"));
    m_search->setClearButtonEnabled(true);
    m_findNext = new QPushButton(tr("Fin&d next"), m_rawTab);
    m_findNext->setObjectName(QStringLiteral("rawFindNext"));
    m_findNext->setAccessibleName(tr("Find next match"));
    m_searchStatus = new QLabel(m_rawTab);
    m_searchStatus->setObjectName(QStringLiteral("rawSearchStatus"));
    m_searchStatus->setAccessibleName(tr("Search result"));
    m_raw = new QPlainTextEdit(m_rawTab);
    m_raw->setObjectName(QStringLiteral("rawView"));
    m_raw->setAccessibleName(tr("Raw output"));
    m_raw->setReadOnly(true);
    m_raw->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setTabChangesFocus(true);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_findNext);
    searchRow->addWidget(m_searchStatus);
    auto *rawLayout = new QVBoxLayout(m_rawTab);
    rawLayout->addLayout(searchRow);
    rawLayout->addWidget(m_raw, 1);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findInRaw(false); });
    connect(m_findNext, &QPushButton::clicked, this, [this] { findInRaw(false); });
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchStatus->clear(); });

    auto *fixScroll = new QScrollArea(m_tabs);
    fixScroll->setObjectName(QStringLiteral("fixScroll"));
    fixScroll->setWidgetResizable(true);
    fixScroll->setFrameShape(QFrame::NoFrame);
    fixScroll->setAccessibleName(tr("Fix it"));
    m_fixTab = new QWidget(fixScroll);
    m_fixTab->setObjectName(QStringLiteral("fixTab"));
    m_fixLayout = new QVBoxLayout(m_fixTab);
    fixScroll->setWidget(m_fixTab);

    m_tabs->addTab(m_guided, pasteTabText());
    m_tabs->addTab(m_checks, tr("What this &checks"));
    m_tabs->addTab(m_rawTab, tr("R&aw output"));
    m_tabs->addTab(fixScroll, tr("&Fix it"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_rawTab)
            fillRawView();
    });

    auto *header = new QHBoxLayout;
    header->addWidget(m_icon, 0, Qt::AlignTop);
    auto *headerText = new QVBoxLayout;
    headerText->addWidget(m_title);
    headerText->addWidget(m_summary);
    headerText->addWidget(m_otherHost);
    headerText->addWidget(m_evidence);
    header->addLayout(headerText, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    clear();
}

void StepDetail::clear()
{
    m_icon->clear();
    m_title->setText(tr("Select a step to see what it checks and how to fix it."));
    m_summary->clear();
    m_evidence->clear();
    m_otherHost->clear();
    m_otherHost->setVisible(false);
    m_tabs->setEnabled(false);
}

void StepDetail::showStep(const Step &step, const RunContext &context, const Finding *finding, StatusIcons::State state,
                          const QString &stateText, const QString &liveOutput, const QString &pastedText)
{
    m_tabs->setEnabled(true);
    const int iconSize = fontMetrics().height() * 2;
    m_icon->setPixmap(StatusIcons::icon(state).pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    m_icon->setAccessibleDescription(StatusIcons::word(state));
    m_title->setText(step.title());
    m_summary->setText(StatusIcons::label(state, stateText));
    QStringList evidence;
    // A step waiting for pasted output lists its commands on the Paste tab; the header would only
    // repeat them and take the room the commands need in a small window.
    const bool waitingForPaste = finding && finding->status == Status::Skip && !step.evidenceKinds().isEmpty();
    const QString otherHost = finding ? finding->details.value(OtherHost::detailsKey()).toString() : QString();
    if (finding && !waitingForPaste) {
        for (const QString &line : finding->evidence) {
            if (line != otherHost)
                evidence << QStringLiteral("\u2022 ") + line;
        }
    }
    m_otherHost->setText(QStringLiteral("\u26a0 ") + otherHost);
    m_otherHost->setVisible(!otherHost.isEmpty() && !waitingForPaste);
    m_evidence->setText(evidence.join(QLatin1Char('\n')));
    m_evidence->setVisible(!evidence.isEmpty());

    // Every step read on the backend or in the console can take pasted output in every mode (a
    // collection that failed, output the customer sent); only network probes have nothing to paste.
    const bool paste =
        !step.evidenceKinds().isEmpty() && (step.source == StepSource::Paste || step.side != StepSide::Network);
    setPasteTabShown(paste);
    if (paste)
        m_guided->showStep(step, context, pastedText);

    const StepGuidance *g = context.profile.guidanceFor(step.id);
    QString html;
    auto section = [&html](const QString &heading, const QString &text) {
        if (!text.isEmpty())
            html += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(heading.toHtmlEscaped(), text.toHtmlEscaped());
    };
    if (g) {
        section(tr("What this checks"), g->checks.text());
        section(tr("Why it fails"), g->why.text());
    } else {
        section(tr("What this checks"), step.title());
    }
    QString how;
    switch (step.source) {
    case StepSource::Probe: how = tr("LB Doctor sends it from this machine, as the load balancer does."); break;
    case StepSource::Collect: how = tr("LB Doctor reads it on this machine with a read-only command."); break;
    case StepSource::Paste:
        how = step.evidenceKinds().isEmpty()
            ? tr("Not run in this mode.")
            : tr("From output you paste: %1.").arg(KindName::list(step.evidenceKinds()));
        break;
    }
    section(tr("How LB Doctor gets the evidence"), how);
    m_checks->setHtml(html);

    showRaw(finding ? finding->raw : liveOutput);
    fillFix(step, context, finding);
}

QString StepDetail::pasteTabText()
{
    return tr("&Paste output");
}

void StepDetail::setPasteTabShown(bool shown)
{
    // Removed and inserted rather than hidden: a tab made visible again while the page is hidden
    // (Back, edit, Next) stayed hidden.
    const int index = m_tabs->indexOf(m_guided);
    if (shown && index < 0)
        m_tabs->insertTab(0, m_guided, pasteTabText()); // the current tab stays current
    else if (!shown && index >= 0)
        m_tabs->removeTab(index);
}

void StepDetail::showRaw(const QString &raw)
{
    if (raw == m_shownRaw && !raw.isEmpty())
        return;
    m_shownRaw = raw;
    m_rawViewStale = true;
    if (m_tabs->currentWidget() == m_rawTab)
        fillRawView();
}

void StepDetail::fillRawView()
{
    if (!m_rawViewStale)
        return;
    m_rawViewStale = false;
    m_searchStatus->clear();
    if (m_shownRaw.isEmpty()) {
        m_raw->setPlainText(QString());
        m_raw->setPlaceholderText(tr("No raw output yet: run the step or paste its output."));
        return;
    }
    // Laying out many megabytes would freeze the window; the start and a note are enough here.
    if (m_shownRaw.size() > maxRawDisplayChars)
        m_raw->setPlainText(
            m_shownRaw.left(maxRawDisplayChars) + QStringLiteral("\n\n")
            + tr("[... %1 more characters not shown here; the report and the saved session keep all of it]")
                  .arg(m_shownRaw.size() - maxRawDisplayChars));
    else
        m_raw->setPlainText(m_shownRaw);
}

void StepDetail::findInRaw(bool backwards)
{
    const QString needle = m_search->text();
    if (needle.isEmpty())
        return;
    const QTextDocument::FindFlags flags = backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_raw->find(needle, flags)) {
        m_searchStatus->clear();
        return;
    }
    // Wrap around once before saying there is nothing.
    QTextCursor cursor = m_raw->textCursor();
    cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
    m_raw->setTextCursor(cursor);
    m_searchStatus->setText(m_raw->find(needle, flags) ? tr("wrapped around") : tr("not found"));
}

void StepDetail::fillFix(const Step &step, const RunContext &context, const Finding *finding)
{
    while (QLayoutItem *item = m_fixLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int boxIndex = 0;
    auto addText = [this](const QString &name, const QString &text, bool bold = false) {
        QLabel *label = wrappedLabel(name, text.left(80), m_fixTab);
        label->setText(text);
        if (bold) {
            QFont f = label->font();
            f.setBold(true);
            label->setFont(f);
        }
        m_fixLayout->addWidget(label);
    };
    auto addCommand = [this, &boxIndex](const QString &command) {
        auto *box = new CommandBox(command, m_fixTab);
        box->setObjectName(QStringLiteral("fixCommand%1").arg(boxIndex++));
        m_fixLayout->addWidget(box);
    };

    const StepGuidance *g = context.profile.guidanceFor(step.id);
    const bool problem = finding && (finding->status == Status::Fail || finding->status == Status::Warn);
    if (finding && finding->status == Status::Pass)
        addText(QStringLiteral("fixNothing"), tr("Nothing to fix: this step passed."));
    if (problem && !finding->fix.isEmpty())
        addText(QStringLiteral("fixText"), finding->fix);
    if (problem && !finding->commands.isEmpty()) {
        addText(QStringLiteral("fixCommandsHeading"), tr("Run these commands, in this order:"), true);
        for (const QString &c : finding->commands)
            addCommand(c);
    } else if (g && (!finding || finding->status != Status::Pass)) {
        // Not run yet or no exact commands: the provider's general guidance for this step.
        if (!problem && !g->fix.isEmpty())
            addText(QStringLiteral("fixText"), GuidanceText::fix(g, context));
        const QHash<QString, QString> values = context.templateValues();
        for (Shell shell : {Shell::Posix, Shell::PowerShell, Shell::Cmd}) {
            const QStringList templates = g->commands.value(shell);
            if (templates.isEmpty())
                continue;
            addText(QStringLiteral("fixShell%1").arg(int(shell)), tr("If it fails, on %1:").arg(shellName(shell)),
                    true);
            for (const QString &t : templates)
                addCommand(ShellQuote::expand(shell, t, values));
        }
    }
    if (m_fixLayout->isEmpty())
        addText(QStringLiteral("fixNone"), tr("No fix advice for this step yet."));
    m_fixLayout->addStretch(1);
}
