#include "doctorwizard.h"

#include "aboutdialog.h"
#include "focusstyle.h"
#include "groupstepspage.h"
#include "grouptargetsbox.h"
#include "modepage.h"
#include "providerpage.h"
#include "recenttargets.h"
#include "stepspage.h"
#include "summarypage.h"
#include "targetpage.h"

#include "analyzers/lb/lbconfigtarget.h"
#include "core/runner.h"

#include "core/sessionfile.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>

DoctorWizard::DoctorWizard(QWidget *parent) : QWizard(parent)
{
    FocusStyle::install(); // a focus ring keyboard users can see
    setObjectName(QStringLiteral("doctorWizard"));
    setWindowTitle(tr("LB Doctor"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/lbdoctor.svg")));
    setAccessibleName(tr("LB Doctor"));
#ifndef Q_OS_MACOS
    setWizardStyle(QWizard::ModernStyle);
#endif
    const int logo = fontMetrics().height() * 3;
    setPixmap(QWizard::LogoPixmap,
              QIcon(QStringLiteral(":/icons/lbdoctor.svg")).pixmap(QSize(logo, logo), devicePixelRatioF()));
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveCustomButton1);
    setOption(QWizard::HaveCustomButton2);
    setButtonText(QWizard::CustomButton1, tr("Abo&ut"));
    setButtonText(QWizard::CustomButton2, tr("Open &session..."));
    setButtonLayout({QWizard::CustomButton1, QWizard::CustomButton2, QWizard::Stretch, QWizard::BackButton,
                     QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton});
    const struct
    {
        QWizard::WizardButton which;
        const char *name;
        QString accessible;
    } names[] = {
        {QWizard::BackButton, "backButton", tr("Back")},
        {QWizard::NextButton, "nextButton", tr("Next")},
        {QWizard::FinishButton, "finishButton", tr("Finish")},
        {QWizard::CancelButton, "cancelButton", tr("Cancel")},
        {QWizard::CustomButton1, "aboutButton", tr("About LB Doctor")},
        {QWizard::CustomButton2, "openSessionButton", tr("Open a saved session")},
    };
    for (const auto &n : names) {
        button(n.which)->setObjectName(QString::fromLatin1(n.name));
        button(n.which)->setAccessibleName(n.accessible);
    }
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            showAbout();
        else if (which == QWizard::CustomButton2)
            openSessionDialog();
    });

    m_profiles.loadAll();
    m_provider = new ProviderPage(m_profiles, this);
    m_target = new TargetPage(m_provider, this);
    m_mode = new ModePage(m_target, this);
    m_steps = new StepsPage([this] { return runContext(); }, this);
    m_steps->setImportedEvidenceProvider([this] { return m_target->importedEvidence(); });
    m_summary = new SummaryPage([this] { return session(); }, this);
    setPage(ProviderPageId, m_provider);
    setPage(TargetPageId, m_target);
    setPage(ModePageId, m_mode);
    setPage(StepsPageId, m_steps);
    setPage(SummaryPageId, m_summary);
    m_groupSteps = new GroupStepsPage([this] { return runContext(); }, [this] { return m_target->groupRows(); },
                                      [this] { return m_target->importedEvidence(); },
                                      [this] { return m_target->groupProblems(); }, this);
    setPage(GroupStepsPageId, m_groupSteps);
    setStartId(ProviderPageId);
    connect(this, &QWizard::currentIdChanged, this, &DoctorWizard::updateButtons);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == StepsPageId)
            rememberRecent();
    });

    if (!m_profiles.errors().isEmpty())
        m_provider->setToolTip(
            tr("Some profiles were not loaded:\n%1").arg(m_profiles.errors().join(QLatin1Char('\n'))));

    const QByteArray geometry = QSettings().value(QStringLiteral("window/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // Room for the steps page's list, its commands and a paste box without scrolling; every
        // page still works down to 780x588 (it scrolls there).
        const QSize preferred(fontMetrics().averageCharWidth() * 160, fontMetrics().height() * 50);
        const QSize available = screen() ? screen()->availableSize() * 0.9 : preferred;
        resize(preferred.boundedTo(available));
    }
}

DoctorWizard::~DoctorWizard() = default;

int DoctorWizard::nextId() const
{
    switch (currentId()) {
    case TargetPageId: return m_target->isGroup() ? GroupStepsPageId : ModePageId;
    case SummaryPageId:
    case GroupStepsPageId: return -1;
    default: return QWizard::nextId();
    }
}

RunContext DoctorWizard::runContext() const
{
    RunContext c;
    if (const Profile *p = m_provider->profile())
        c.profile = *p;
    c.variant = m_provider->variant();
    c.target = m_target->target();
    c.mode = m_mode->mode();
    c.timeoutMs = c.variant.timing.timeoutSeconds * 1000;
    // What the load balancer's own configuration says about the check (issue 15).
    if (const std::optional<LbConfig> imported = m_target->importedConfig()) {
        LbConfigTarget::applyToVariant(*imported, c.variant);
        c.timeoutMs = c.variant.timing.timeoutSeconds * 1000;
        LbConfigTarget::recordIn(*imported, m_target->importedConfigOrigin(), c.target);
    }
    return c;
}

Session DoctorWizard::session() const
{
    return m_steps->session();
}

void DoctorWizard::updateButtons(int pageId)
{
    // A session is opened from the start; later it would throw away the work on the page.
    button(QWizard::CustomButton2)->setVisible(pageId == ProviderPageId);
}

void DoctorWizard::rememberRecent()
{
    // The target page remembered the target; now that the mode is chosen, the whole context.
    RecentTarget recent;
    if (const Profile *p = m_provider->profile())
        recent.profileId = p->id;
    const ProfileVariant used = m_provider->variant();
    recent.variantId = used.id;
    if (used.editable)
        recent.customValues = used.toJson();
    recent.input = m_target->input();
    recent.mode = runModeId(m_mode->mode());
    RecentTargets::remember(recent);
}

void DoctorWizard::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void DoctorWizard::openSessionDialog()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("sessionDirectory"), QDir::homePath()).toString();
    const QString fileName = QFileDialog::getOpenFileName(
        this, tr("Open session"), dir, tr("LB Doctor sessions (*%1);;All files (*)").arg(SessionFile::suffix()));
    if (fileName.isEmpty())
        return;
    if (const auto opened = openSession(fileName); !opened)
        QMessageBox::warning(this, tr("Open session"), tr("The session was not opened: %1").arg(opened.error()));
}

Result<void> DoctorWizard::openSession(const QString &fileName)
{
    const auto loaded = SessionFile::loadAny(fileName, m_profiles);
    if (!loaded)
        return Error{loaded.error()};
    const bool group = std::holds_alternative<GroupSession>(*loaded);
    const RunContext &context = group ? std::get<GroupSession>(*loaded).context : std::get<Session>(*loaded).context;
    // Restart first: it resets the fields of visited pages, which would undo what is restored here.
    restart();
    m_provider->select(context.profile.id, context.variant.id);
    m_provider->setCustomValues(context.variant);
    TargetInput input;
    const Target &t = context.target;
    input.listener = listenerId(t.listener);
    input.host = t.host.isEmpty() ? t.address.toString() : t.host;
    input.port = QString::number(t.port);
    input.checkPort = t.checkPort == t.port ? QString() : QString::number(t.checkPort);
    input.domain = t.domain;
    input.path = t.path;
    input.codes = t.expectedCodes ? t.expectedCodes->toString() : QString();
    input.sourceCidr = t.sourceCidr;
    input.interfaceName = t.interfaceName;
    m_target->fill(input);
    if (group) {
        const GroupSession &g = std::get<GroupSession>(*loaded);
        QString list;
        for (const GroupMember &m : g.members)
            list += QStringLiteral("%1,%2,%3,%4\n")
                        .arg(m.row.address.toString())
                        .arg(m.row.port)
                        .arg(m.row.ownCheckPort ? QString::number(m.row.checkPort) : QString(), m.row.name);
        m_target->groupBox()->setChecked(true);
        m_target->groupBox()->setText(list);
        m_groupSteps->restore(g);
    }
    const int destination = group ? GroupStepsPageId : StepsPageId;
    while (currentId() != destination) {
        const int before = currentId();
        if (before == ModePageId)
            m_mode->chooseMode(context.mode);
        next();
        if (currentId() == before) {
            return Error{tr("the session's target is not valid here: %1").arg(m_target->validation().errorText())};
        }
    }
    if (!group)
        m_steps->restore(std::get<Session>(*loaded));
    QSettings().setValue(QStringLiteral("sessionDirectory"), QFileInfo(fileName).absolutePath());
    return {};
}

void DoctorWizard::saveGeometrySetting()
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
}

void DoctorWizard::done(int result)
{
    if (Runner *runner = m_steps->runner())
        runner->cancel();
    m_groupSteps->stop();
    saveGeometrySetting();
    QWizard::done(result);
}
