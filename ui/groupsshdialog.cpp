#include "groupsshdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {
const QString destinationSetting = QStringLiteral("group/sshDestination");
const QString optionsSetting = QStringLiteral("group/sshOptions");
} // namespace

GroupSshDialog::GroupSshDialog(int backends, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("groupSshDialog"));
    setWindowTitle(tr("Collect from every backend over SSH"));

    auto *intro = new QLabel(
        tr("LB Doctor runs its read-only collection bundle on each of the %1 backends with the system's ssh client, "
           "%2 at a time, and checks each backend against its own evidence. Sign-in uses your keys or ssh-agent; "
           "host keys must already be known (ssh's own checks stay on). To sign in with a password, collect one "
           "backend at a time from the single-backend steps page.")
            .arg(backends)
            .arg(GroupSshCollection::defaultParallel),
        this);
    intro->setWordWrap(true);

    QSettings settings;
    m_destination = new QLineEdit(settings.value(destinationSetting, QStringLiteral("root@{ip}")).toString(), this);
    m_destination->setObjectName(QStringLiteral("groupSshDestination"));
    m_destination->setToolTip(
        tr("{ip} is each backend's address, {name} its name from the list; :PORT after the host."));
    m_options = new QLineEdit(settings.value(optionsSetting).toString(), this);
    m_options->setObjectName(QStringLiteral("groupSshOptions"));
    m_options->setPlaceholderText(tr("ProxyJump=bastion.example.com IdentityFile=~/.ssh/ops"));
    m_windows = new QCheckBox(tr("The backends run &Windows (PowerShell over OpenSSH)"), this);
    m_windows->setObjectName(QStringLiteral("groupSshWindows"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("groupSshMessage"));
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Destination:"), m_destination);
    form->addRow(tr("ssh &options:"), m_options);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Co&llect"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("groupSshCollect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings s;
        s.setValue(destinationSetting, m_destination->text().trimmed());
        s.setValue(optionsSetting, m_options->text().trimmed());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_destination, &QLineEdit::textChanged, this, &GroupSshDialog::validate);
    connect(m_options, &QLineEdit::textChanged, this, &GroupSshDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_windows);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    validate();
}

Result<GroupSshCollection::Settings> GroupSshDialog::settings() const
{
    GroupSshCollection::Settings s;
    s.destination = m_destination->text().trimmed();
    if (const auto valid = GroupSshCollection::validTemplate(s.destination); !valid)
        return Error{tr("Destination: %1").arg(valid.error())};
    s.options = m_options->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &o : std::as_const(s.options)) {
        if (const auto valid = SshCollector::validOption(o); !valid)
            return Error{tr("ssh options: %1").arg(valid.error())};
    }
    s.os = m_windows->isChecked() ? BundleOs::Windows : BundleOs::Linux;
    return s;
}

void GroupSshDialog::validate()
{
    const auto s = settings();
    m_message->setText(s ? QString() : s.error());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(s.ok());
}
