#include "modepage.h"

#include "recenttargets.h"
#include "targetpage.h"

#include "core/stepexecutor.h"

#include <QButtonGroup>
#include <QLabel>
#include <QNetworkInterface>
#include <QRadioButton>
#include <QVBoxLayout>

#include <memory>

ModePage::ModePage(const TargetPage *target, QWidget *parent) : QWizardPage(parent), m_target(target)
{
    setObjectName(QStringLiteral("modePage"));
    setTitle(tr("Where LB Doctor runs"));
    setSubTitle(tr("This decides how each step gets its evidence: probed over the network, read on the "
                   "backend server, or pasted in by you."));

    m_group = new QButtonGroup(this);
    auto *layout = new QVBoxLayout(this);
    const struct
    {
        const char *name;
        QString text;
        QString explanation;
        RunMode mode;
    } choices[] = {
        {"modeProbe", tr("On my &desktop: probe the backend over the network"),
         tr("LB Doctor connects to the backend as the load balancer would. For checks on the server itself "
            "(firewall, listening sockets, routes) it shows the command to run there and you paste the output."),
         RunMode::Probe},
        {"modeCollect", tr("On the backend &server itself: collect locally"),
         tr("LB Doctor reads the firewall, sockets, routes and kernel settings of this machine with read-only "
            "commands, and probes the service too."),
         RunMode::Collect},
        {"modeGuided", tr("&Offline: analyze pasted output only"),
         tr("Nothing is sent over the network. Use this on the phone with a customer: read them each "
            "command, and paste what they send back."),
         RunMode::Guided},
    };
    for (const auto &c : choices) {
        QRadioButton *button = addChoice(QString::fromLatin1(c.name), c.text, c.explanation, c.mode);
        layout->addWidget(button);
        auto *label = new QLabel(c.explanation, this);
        label->setObjectName(QString::fromLatin1(c.name) + QStringLiteral("Explanation"));
        label->setWordWrap(true);
        label->setIndent(24);
        label->setAccessibleName(c.text);
        label->setBuddy(button);
        layout->addWidget(label);
        layout->addSpacing(8);
    }
    m_detection = new QLabel(this);
    m_detection->setObjectName(QStringLiteral("modeDetection"));
    m_detection->setWordWrap(true);
    m_detection->setFrameShape(QFrame::StyledPanel);
    m_detection->setMargin(6);
    m_detection->setAccessibleName(tr("Suggestion"));
    layout->addWidget(m_detection);
    layout->addStretch(1);

    connect(m_group, &QButtonGroup::idClicked, this, [this] { m_userChose = true; });
    connect(m_target, &TargetPage::recentTargetChosen, this, &ModePage::recentTargetChosen);
    registerField(QStringLiteral("modeProbe"), m_group->button(int(RunMode::Probe)));
    registerField(QStringLiteral("modeCollect"), m_group->button(int(RunMode::Collect)));
    registerField(QStringLiteral("modeGuided"), m_group->button(int(RunMode::Guided)));
    setMode(RunMode::Probe);
}

QRadioButton *ModePage::addChoice(const QString &name, const QString &text, const QString &explanation, RunMode mode)
{
    auto *button = new QRadioButton(text, this);
    button->setObjectName(name);
    QString accessible = text;
    button->setAccessibleName(accessible.remove(QLatin1Char('&')));
    button->setAccessibleDescription(explanation);
    m_group->addButton(button, int(mode));
    return button;
}

RunMode ModePage::mode() const
{
    return RunMode(qMax(0, m_group->checkedId()));
}

void ModePage::setMode(RunMode mode)
{
    if (QAbstractButton *b = m_group->button(int(mode)))
        b->setChecked(true);
}

QString ModePage::currentAddress() const
{
    const Target target = m_target->target();
    return target.address.isNull() ? target.host : target.address.toString();
}

void ModePage::chooseMode(RunMode mode)
{
    setMode(mode);
    m_userChose = true;
    m_suggestedFor = currentAddress();
}

void ModePage::recentTargetChosen(const RecentTarget &recent)
{
    const std::optional<RunMode> mode = recent.runMode();
    // Collecting reads this machine: sensible again only when the backend is still this machine.
    // Otherwise detection decides, as for a new target.
    if (!mode || (*mode == RunMode::Collect && !isLocalAddress(m_target->target().address)))
        return;
    chooseMode(*mode);
}

bool ModePage::isLocalAddress(const QHostAddress &address)
{
    if (address.isNull())
        return false;
    const QList<QHostAddress> own = QNetworkInterface::allAddresses();
    for (const QHostAddress &a : own) {
        if (a.isEqual(address, QHostAddress::TolerantConversion))
            return true;
    }
    return false;
}

void ModePage::initializePage()
{
    const Target target = m_target->target();
    const QString address = currentAddress();
    const bool local = isLocalAddress(target.address);
    m_suggested = local ? RunMode::Collect : RunMode::Probe;

    // Local collection needs a collector in this build; without one the choice says so.
    const std::unique_ptr<StepExecutor> collector(ExecutorRegistry::createCollector(nullptr));
    QAbstractButton *collect = m_group->button(int(RunMode::Collect));
    collect->setToolTip(
        collector
            ? QString()
            : tr(
                "Local collection is not built into this LB Doctor yet: steps on the server will ask for pasted output."));

    if (local && target.address.isLoopback())
        m_detection->setText(
            tr("The backend %1 is this machine's loopback address: LB Doctor runs on the backend, so collecting locally is suggested.")
                .arg(address));
    else if (local)
        m_detection->setText(
            tr("Suggested: the backend %1 is one of this machine's addresses, so LB Doctor runs on the backend and can collect locally.")
                .arg(address));
    else if (target.needsResolution())
        m_detection->setText(
            tr("Suggested: probe from this desktop. %1 is resolved when the steps start.").arg(address));
    else
        m_detection->setText(
            tr("Suggested: probe from this desktop. The backend %1 is not one of this machine's addresses.")
                .arg(address));

    // Keep a choice the user made for this same backend; otherwise follow the detection.
    if (!m_userChose || m_suggestedFor != address)
        setMode(m_suggested);
    if (m_suggestedFor != address)
        m_userChose = false;
    m_suggestedFor = address;
}
