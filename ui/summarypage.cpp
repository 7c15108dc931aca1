#include "summarypage.h"

#include "commandbox.h"
#include "statusicons.h"
#include "wrappedlist.h"

#include "analyzers/otherhost.h"
#include "core/coverage.h"
#include "core/diagnosis.h"
#include "report/reportwriter.h"

#include "core/sessionfile.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QWizard>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

namespace {

QLabel *textLabel(const QString &name, const QString &accessible, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAccessibleName(accessible);
    return label;
}

QString stepList(const QList<Finding> &findings, const QList<qsizetype> &indexes)
{
    QStringList titles;
    for (qsizetype i : indexes)
        titles << Step::titleFor(findings[i].step);
    return titles.join(QStringLiteral("; "));
}

} // namespace

SummaryPage::SummaryPage(SessionProvider sessionProvider, QWidget *parent)
    : QWizardPage(parent),
      m_sessionProvider(std::move(sessionProvider))
{
    setObjectName(QStringLiteral("summaryPage"));
    setTitle(tr("Summary"));
    setSubTitle(tr("The answer, the fixes in the order to apply them, and a report for the customer."));
    setFinalPage(true);

    m_verdictIcon = new QLabel(this);
    m_verdictIcon->setObjectName(QStringLiteral("verdictIcon"));
    m_verdictIcon->setAccessibleName(tr("Verdict symbol"));
    m_verdict = textLabel(QStringLiteral("verdictLabel"), tr("Verdict"), this);
    m_verdict->setTextFormat(Qt::PlainText);
    QFont big = m_verdict->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_verdict->setFont(big);
    m_rootCause = textLabel(QStringLiteral("rootCauseLabel"), tr("Root cause"), this);
    m_rootCause->setTextFormat(Qt::RichText);
    m_coverage = textLabel(QStringLiteral("coverageLabel"), tr("What the verdict rests on"), this);
    m_coverage->setTextFormat(Qt::RichText);

    auto *scroll = new QScrollArea(this);
    m_fixScroll = scroll;
    scroll->setObjectName(QStringLiteral("fixScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setAccessibleName(tr("Fixes in order"));
    m_fixes = new QWidget(scroll);
    m_fixes->setObjectName(QStringLiteral("fixList"));
    m_fixesLayout = new QVBoxLayout(m_fixes);
    scroll->setWidget(m_fixes);

    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("resultList"));
    m_results->setAccessibleName(tr("Every step's result"));
    WrappedList::apply(m_results); // rows measured again at each width, so no last line is cut
    m_results->setMaximumHeight(fontMetrics().height() * 10);

    m_export = new QPushButton(tr("&Export report..."), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setAccessibleName(tr("Export the report"));
    m_save = new QPushButton(tr("Sa&ve session..."), this);
    m_save->setObjectName(QStringLiteral("saveSessionButton"));
    m_save->setAccessibleName(tr("Save the session"));
    m_saveNote = textLabel(QStringLiteral("exportNote"), tr("Export formats"), this);
    m_outcome = textLabel(QStringLiteral("exportOutcome"), tr("Export result"), this);
    m_outcome->setTextFormat(Qt::PlainText);

    const QStringList missing = missingReportFormats();
    QStringList notes;
    const QStringList have = ReportRegistry::extensions();
    if (have.isEmpty()) {
        m_export->setEnabled(false);
        m_export->setText(tr("Export report (no report writer in this build)"));
    }
    if (!missing.isEmpty())
        notes << tr("Report formats in this build: %1. Not yet available: %2.")
                     .arg(have.isEmpty() ? tr("none") : have.join(QStringLiteral(", ")),
                          missing.join(QStringLiteral(", ")));
    m_saveNote->setText(notes.join(QLatin1Char(' ')));
    m_saveNote->setVisible(!notes.isEmpty());

    auto *header = new QHBoxLayout;
    header->addWidget(m_verdictIcon, 0, Qt::AlignTop);
    header->addWidget(m_verdict, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_export);
    buttons->addWidget(m_save);
    buttons->addStretch(1);

    auto *fixHeading = new QLabel(tr("<b>Fix it, in this order</b>"), this);
    fixHeading->setObjectName(QStringLiteral("fixHeading"));
    auto *resultsHeading = new QLabel(tr("<b>Every step</b>"), this);
    resultsHeading->setObjectName(QStringLiteral("resultsHeading"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_coverage);
    layout->addWidget(m_rootCause);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(fixHeading);
    layout->addWidget(scroll, 2);
    layout->addWidget(resultsHeading);
    layout->addWidget(m_results, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_saveNote);
    layout->addWidget(m_outcome);

    connect(m_export, &QPushButton::clicked, this, &SummaryPage::exportClicked);
    connect(m_save, &QPushButton::clicked, this, &SummaryPage::saveClicked);
}

QStringList SummaryPage::missingReportFormats()
{
    QStringList missing;
    for (const QString &ext :
         {QStringLiteral("html"), QStringLiteral("md"), QStringLiteral("json"), QStringLiteral("pdf")}) {
        if (!ReportRegistry::forExtension(ext))
            missing << ext;
    }
    return missing;
}

void SummaryPage::addFix(const QString &heading, const QStringList &commands, const QString &text)
{
    const int n = m_fixesLayout->count();
    QLabel *title = textLabel(QStringLiteral("fixHeading%1").arg(n), heading, m_fixes);
    title->setTextFormat(Qt::PlainText);
    title->setText(heading);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_fixesLayout->addWidget(title);
    if (!text.isEmpty()) {
        QLabel *body = textLabel(QStringLiteral("fixText%1").arg(n), text.left(80), m_fixes);
        body->setTextFormat(Qt::PlainText);
        body->setText(text);
        m_fixesLayout->addWidget(body);
    }
    for (const QString &c : commands)
        m_fixesLayout->addWidget(new CommandBox(c, m_fixes));
}

void SummaryPage::initializePage()
{
    m_session = m_sessionProvider();
    const DiagnosisResult d = m_session.diagnosis();
    const QList<Finding> &findings = m_session.findings;

    StatusIcons::State state = StatusIcons::State::Unknown;
    QString headline;
    const QString verdict = Coverage::headline(d.verdict, !d.notVerified.isEmpty());
    switch (d.verdict) {
    case Verdict::Healthy:
        state = StatusIcons::State::Pass;
        headline = tr("%1: the backend answers the health check as the load balancer expects.").arg(verdict);
        break;
    case Verdict::Unhealthy:
        state = StatusIcons::State::Fail;
        headline = tr("%1: the load balancer's health check fails.").arg(verdict);
        break;
    case Verdict::Inconclusive:
        state = StatusIcons::State::Unknown;
        headline = tr("%1: the steps that ran do not show whether the health check passes.").arg(verdict);
        break;
    }
    const int iconSize = fontMetrics().height() * 3;
    m_verdictIcon->setPixmap(StatusIcons::icon(state).pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    m_verdictIcon->setAccessibleDescription(StatusIcons::word(state));
    m_verdict->setText(headline);

    // Never more than was checked: what the verdict rests on, and every step it does not.
    QString coverage;
    if (!d.notVerified.isEmpty()) {
        if (!d.restsOn.isEmpty())
            coverage += tr("<p>It rests on: %1.</p>").arg(Coverage::titles(d.restsOn).toHtmlEscaped());
        coverage += tr("<p><b>Not verified (%1):</b> %2.</p>")
                        .arg(statusWord(Status::Skip).toHtmlEscaped(), Coverage::titles(d.notVerified).toHtmlEscaped());
    }
    m_coverage->setText(coverage);
    m_coverage->setVisible(!coverage.isEmpty());

    QString root;
    if (d.rootCause) {
        const Finding &f = findings[*d.rootCause];
        root = tr("<p><b>Root cause: %1</b><br>%2</p>")
                   .arg(Step::titleFor(f.step).toHtmlEscaped(), f.summary.toHtmlEscaped());
        if (!d.rootReason.isEmpty())
            root += QStringLiteral("<p>%1</p>").arg(d.rootReason.toHtmlEscaped());
        if (!d.explainedByRoot.isEmpty() && d.rootReason.isEmpty())
            root += tr("<p>This also explains: %1.</p>").arg(stepList(findings, d.explainedByRoot).toHtmlEscaped());
        if (!d.unchecked.isEmpty()) {
            QStringList titles;
            for (const QString &id : d.unchecked)
                titles << Step::titleFor(id);
            root += tr("<p>Not checked, and could be behind it: %1.</p>")
                        .arg(titles.join(QStringLiteral("; ")).toHtmlEscaped());
        }
    } else if (d.verdict == Verdict::Inconclusive) {
        root = tr(
            "<p>Run the steps that were skipped or unknown (paste their output on the Steps page) to reach an answer.</p>");
    }
    for (const Conflict &c : d.conflicts)
        root += QStringLiteral("<p>%1</p>").arg(c.reason.toHtmlEscaped());
    // Evidence that seems to come from another host does not change the verdict, but the verdict
    // rests on it: say so where the verdict is.
    for (const Finding &f : findings) {
        const QString other = f.details.value(OtherHost::detailsKey()).toString();
        if (!other.isEmpty())
            root += QStringLiteral("<p>\u26a0 <b>%1:</b> %2</p>")
                        .arg(Step::titleFor(f.step).toHtmlEscaped(), other.toHtmlEscaped());
    }
    m_rootCause->setText(root);
    m_rootCause->setVisible(!root.isEmpty());

    while (QLayoutItem *item = m_fixesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int number = 1;
    for (qsizetype i : d.fixOrder) {
        const Finding &f = findings[i];
        addFix(tr("%1. %2 (%3)").arg(number++).arg(Step::titleFor(f.step), statusWord(f.status)), f.commands, f.fix);
    }
    if (d.fixOrder.isEmpty()) {
        QLabel *none = textLabel(QStringLiteral("fixNothing"), tr("Nothing to fix"), m_fixes);
        none->setText(d.verdict == Verdict::Healthy
                          ? tr("Nothing to fix: no step failed or warned.")
                          : tr("No step failed or warned; nothing to fix among the steps that ran."));
        m_fixesLayout->addWidget(none);
    }
    m_fixesLayout->addStretch(1);
    // Nothing to fix takes one line, so a small window shows more of every step's result.
    // and every step's result takes the room left (capped while fixes need it).
    m_fixScroll->setMaximumHeight(d.fixOrder.isEmpty() ? fontMetrics().height() * 4 : QWIDGETSIZE_MAX);
    m_results->setMaximumHeight(d.fixOrder.isEmpty() ? QWIDGETSIZE_MAX : fontMetrics().height() * 10);

    m_results->clear();
    QStringList listed;
    for (const Finding &f : findings) {
        auto *item = new QListWidgetItem(
            StatusIcons::icon(f.status),
            Step::titleFor(f.step) + QStringLiteral(" \u2014 ") + StatusIcons::label(f.status, f.summary), m_results);
        item->setData(Qt::AccessibleTextRole, item->text());
        listed << f.step;
    }
    // Steps of the plan that never ran are listed too: leaving them out would claim more than was checked.
    for (const QString &step : d.notVerified) {
        if (listed.contains(step))
            continue;
        auto *item = new QListWidgetItem(StatusIcons::icon(StatusIcons::State::NotRun),
                                         Step::titleFor(step) + QStringLiteral(" \u2014 ") + statusWord(Status::Skip)
                                             + QStringLiteral(": ") + tr("not run, so not verified"),
                                         m_results);
        item->setData(Qt::AccessibleTextRole, item->text());
    }
    m_outcome->clear();
    m_unsaved = !findings.isEmpty();
    m_closeConfirmed = false;
}

QString SummaryPage::exportReport(const QString &fileName) const
{
    const auto written = ReportFile::write(m_session, fileName);
    return written ? QString() : written.error();
}

QString SummaryPage::saveSession(const QString &fileName) const
{
    const auto saved = SessionFile::save(m_session, SessionFile::withSuffix(fileName));
    return saved ? QString() : saved.error();
}

QString SummaryPage::defaultFileBase(const Session &session)
{
    // Dots and colons of an address would read as an extension the dialog replaces
    // ("lbdoctor-10.0.0.html"); the time keeps two checks of one backend apart.
    const Target &t = session.context.target;
    QString host = t.host.isEmpty() ? t.address.toString() : t.host;
    for (QChar &c : host) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-'))
            c = QLatin1Char('-');
    }
    const QDateTime when = session.startedAt.isValid() ? session.startedAt : QDateTime::currentDateTimeUtc();
    return QStringLiteral("lbdoctor-%1-%2-%3")
        .arg(host)
        .arg(t.checkPort)
        .arg(when.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
}

QStringList SummaryPage::exportFilters()
{
    QStringList filters;
    for (QString ext : ReportRegistry::extensions()) {
        if (ext.startsWith(QLatin1Char('.')))
            ext.remove(0, 1);
        const ReportWriter *w = ReportRegistry::forExtension(ext);
        filters << tr("%1 (*.%2)").arg(w ? w->description() : ext.toUpper(), ext);
    }
    return filters;
}

void SummaryPage::exportClicked()
{
    const QStringList filters = exportFilters();
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("exportDirectory"), QDir::homePath()).toString();
    QString selected = filters.value(0);
    for (const QString &f : filters) {
        if (f.contains(QStringLiteral("*.html)")))
            selected = f;
    }
    const QString base = defaultFileBase(m_session) + QStringLiteral(".html");
    QString fileName = QFileDialog::getSaveFileName(this, tr("Export report"), QDir(dir).filePath(base),
                                                    filters.join(QStringLiteral(";;")), &selected);
    if (fileName.isEmpty())
        return;
    if (!ReportRegistry::forFileName(fileName)) {
        // No extension typed: take the one of the chosen filter.
        const qsizetype star = selected.indexOf(QStringLiteral("*."));
        if (star >= 0)
            fileName += selected.mid(star + 1, selected.indexOf(QLatin1Char(')'), star) - star - 1);
    }
    settings.setValue(QStringLiteral("exportDirectory"), QFileInfo(fileName).absolutePath());
    const QString error = exportReport(fileName);
    if (error.isEmpty())
        m_unsaved = false;
    m_outcome->setText(error.isEmpty() ? tr("Report written to %1").arg(QDir::toNativeSeparators(fileName))
                                       : tr("The report was not written: %1").arg(error));
}

void SummaryPage::saveClicked()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("sessionDirectory"), QDir::homePath()).toString();
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Save session"), QDir(dir).filePath(defaultFileBase(m_session) + SessionFile::suffix()),
        tr("LB Doctor sessions (*%1)").arg(SessionFile::suffix()));
    if (fileName.isEmpty())
        return;
    settings.setValue(QStringLiteral("sessionDirectory"), QFileInfo(fileName).absolutePath());
    const QString error = saveSession(fileName);
    if (error.isEmpty())
        m_unsaved = false;
    m_outcome->setText(error.isEmpty()
                           ? tr("Session saved to %1").arg(QDir::toNativeSeparators(SessionFile::withSuffix(fileName)))
                           : tr("The session was not saved: %1").arg(error));
}

bool SummaryPage::validatePage()
{
    if (!m_unsaved || m_closeConfirmed)
        return true;
    askToSave();
    return false;
}

void SummaryPage::askToSave()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved diagnosis"),
                                tr("This diagnosis was neither saved nor exported. Save the session before closing?"),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unsavedWorkBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Save);
    box->button(QMessageBox::Discard)->setText(tr("Close &without saving"));
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Save) {
            saveClicked();
            if (m_unsaved)
                return; // not saved (cancelled or failed): stay on the page
        } else if (result != QMessageBox::Discard) {
            return;
        }
        m_closeConfirmed = true;
        if (QWizard *w = wizard())
            w->accept();
    });
    box->open();
}
