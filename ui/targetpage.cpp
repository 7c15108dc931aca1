#include "targetpage.h"

#include "grouptargetsbox.h"
#include "inlineerror.h"
#include "lbimportdialog.h"
#include "providerpage.h"
#include "recenttargets.h"

#include "analyzers/lb/lbconfigtarget.h"
#include "analyzers/lb/lbstatusfinding.h"

#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

TargetPage::TargetPage(ProviderPage *provider, QWidget *parent) : QWizardPage(parent), m_provider(provider)
{
    setObjectName(QStringLiteral("targetPage"));
    setTitle(tr("Target"));
    setSubTitle(tr("Which backend server does the load balancer mark unhealthy, and how is its listener set up? "
                   "Copy the values from the load balancer's console."));

    m_recent = new QComboBox(this);
    m_recent->setObjectName(QStringLiteral("recentCombo"));
    m_recent->setAccessibleName(tr("Recent targets"));
    m_recent->setPlaceholderText(tr("Fill in from a target checked before..."));

    m_listener = new QComboBox(this);
    m_listener->setObjectName(QStringLiteral("listenerCombo"));
    m_listener->setAccessibleName(tr("Listener protocol"));
    m_listener->addItem(tr("HTTP"), QStringLiteral("http"));
    m_listener->addItem(tr("HTTPS"), QStringLiteral("https"));
    m_listener->addItem(tr("TCP"), QStringLiteral("tcp"));
    m_listener->addItem(tr("UDP"), QStringLiteral("udp"));

    auto lineEdit = [this](const QString &name, const QString &accessible, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setPlaceholderText(placeholder);
        edit->setClearButtonEnabled(true);
        return edit;
    };
    m_host =
        lineEdit(QStringLiteral("hostEdit"), tr("Backend IP"), tr("e.g. 192.168.0.10 (the server's private address)"));
    m_port = lineEdit(QStringLiteral("portEdit"), tr("Backend port"), tr("e.g. 80"));
    m_checkPort = lineEdit(QStringLiteral("checkPortEdit"), tr("Health-check port"), tr("same as the backend port"));
    m_domain = lineEdit(QStringLiteral("domainEdit"), tr("Health-check domain"),
                        tr("empty: the provider's default Host header"));
    m_path = lineEdit(QStringLiteral("pathEdit"), tr("Health-check path"), tr("/"));
    m_codes = lineEdit(QStringLiteral("codesEdit"), tr("Healthy status codes"), tr("e.g. 2xx,3xx"));
    m_sourceCidr = lineEdit(QStringLiteral("sourceCidrEdit"), tr("Health-check source addresses"), QString());
    m_interface = lineEdit(QStringLiteral("interfaceEdit"), tr("Backend network interface"), tr("eth0"));
    m_codesHint = new QLabel(this);
    m_codesHint->setObjectName(QStringLiteral("codesHint"));
    m_codesHint->setWordWrap(true);
    m_codesHint->setAccessibleName(tr("Healthy codes of this provider"));

    m_importButton = new QPushButton(tr("I&mport from load balancer..."), this);
    m_importButton->setObjectName(QStringLiteral("importLbButton"));
    m_importButton->setToolTip(
        tr("Fill the fields from the JSON the provider's CLI or API prints for the listener or its backends."));
    connect(m_importButton, &QPushButton::clicked, this, &TargetPage::openImportDialog);
    m_imported = new QLabel(this);
    m_imported->setObjectName(QStringLiteral("importedLabel"));
    m_imported->setWordWrap(true);
    m_imported->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_imported->setAccessibleName(tr("What the import filled"));
    m_backends = new QListWidget(this);
    m_backends->setObjectName(QStringLiteral("lbBackendList"));
    m_backends->setAccessibleName(tr("Backends as the load balancer reports them"));
    m_backends->setMaximumHeight(110);
    connect(m_backends, &QListWidget::currentRowChanged, this, &TargetPage::backendChosen);

    m_form = new QFormLayout;
    m_form->addRow(tr("&Recent:"), m_recent);
    m_form->addRow(tr("Load balancer:"), m_importButton);
    m_form->addRow(QString(), m_imported);
    m_form->addRow(tr("Bac&kends:"), m_backends);
    addField(m_form, QStringLiteral("listener"), tr("&Listener protocol:"), m_listener);
    addField(m_form, QStringLiteral("host"), tr("Backend &IP:"), m_host);
    addField(m_form, QStringLiteral("port"), tr("Backend &port:"), m_port);
    addField(m_form, QStringLiteral("checkPort"), tr("Health-check p&ort:"), m_checkPort);
    addField(m_form, QStringLiteral("domain"), tr("Health-check &domain:"), m_domain);
    addField(m_form, QStringLiteral("path"), tr("Health-check pa&th:"), m_path);
    addField(m_form, QStringLiteral("codes"), tr("Healthy &codes:"), m_codes);
    m_form->addRow(QString(), m_codesHint);
    addField(m_form, QStringLiteral("sourceCidr"), tr("Health-check &source:"), m_sourceCidr);
    addField(m_form, QStringLiteral("interfaceName"), tr("Backend interf&ace (routes):"), m_interface);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("targetStatus"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("What is needed to continue"));

    m_group = new GroupTargetsBox(this);
    connect(m_group, &GroupTargetsBox::changed, this, [this] {
        // The group's rows give every backend's IP and port.
        m_host->setEnabled(!m_group->isActive());
        m_port->setEnabled(!m_group->isActive());
        revalidate();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_group);
    layout->addStretch(1);
    layout->addWidget(m_status);

    for (QLineEdit *edit : {m_host, m_port, m_checkPort, m_domain, m_path, m_codes, m_sourceCidr, m_interface}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { m_touched.insert(m_editors.key(edit)); });
        connect(edit, &QLineEdit::textChanged, this, &TargetPage::revalidate);
    }
    connect(m_listener, &QComboBox::currentIndexChanged, this, &TargetPage::listenerChanged);
    connect(m_recent, &QComboBox::activated, this, &TargetPage::recentChosen);

    // Fields let other pages and tests read values the QWizard way; "host*" marks it mandatory.
    registerField(QStringLiteral("host*"), m_host);
    registerField(QStringLiteral("port*"), m_port);
    registerField(QStringLiteral("checkPort"), m_checkPort);
    registerField(QStringLiteral("domain"), m_domain);
    registerField(QStringLiteral("path"), m_path);
    registerField(QStringLiteral("codes"), m_codes);
    registerField(QStringLiteral("listenerIndex"), m_listener);

    setTabOrder(m_recent, m_importButton);
    setTabOrder(m_importButton, m_backends);
    setTabOrder(m_backends, m_listener);
    setTabOrder(m_listener, m_host);
    setTabOrder(m_host, m_port);
    setTabOrder(m_port, m_checkPort);
    setTabOrder(m_checkPort, m_domain);
    setTabOrder(m_domain, m_path);
    setTabOrder(m_path, m_codes);
    setTabOrder(m_codes, m_sourceCidr);
    setTabOrder(m_sourceCidr, m_interface);
    reloadRecent();
    m_form->setRowVisible(m_imported, false);
    m_form->setRowVisible(m_backends, false);
    listenerChanged();
}

void TargetPage::openImportDialog()
{
    auto *dialog = new LbImportDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LbImportDialog::imported, this, &TargetPage::applyImport);
    dialog->open();
}

void TargetPage::applyImport(const LbImportResult &result, const QString &text, const QString &origin)
{
    if (result.config) {
        const LbConfig &c = *result.config;
        m_config = c;
        m_configText = text;
        m_configOrigin = origin;
        m_provider->select(c.profileId, c.variantId);
        const QHash<QString, QString> values = LbConfigTarget::optionValues(c);
        TargetInput in = input();
        in.listener = values.value(QStringLiteral("listener"), in.listener);
        in.port = values.value(QStringLiteral("port"), in.port);
        in.checkPort = values.value(QStringLiteral("check-port"),
                                    values.contains(QStringLiteral("port")) ? QString() : in.checkPort);
        in.domain = values.value(QStringLiteral("domain"), m_domain->text());
        in.path = values.value(QStringLiteral("path"), m_path->text());
        in.codes = values.value(QStringLiteral("codes"), m_codes->text());
        in.sourceCidr = values.value(QStringLiteral("source-cidr"), m_sourceCidr->text());
        fill(in);
        QStringList lines{tr("Filled from %1 (%2):").arg(c.api, origin)};
        for (auto it = c.fields.constBegin(); it != c.fields.constEnd(); ++it)
            lines << tr("%1 = %2 (from %3)")
                         .arg(it.key(), it->value.isEmpty() ? tr("(none)") : it->value, it->sourceField);
        for (const QString &note : c.notes)
            lines << note;
        m_imported->setText(lines.join(QLatin1Char('\n')));
        m_form->setRowVisible(m_imported, true);
    }
    if (result.status) {
        m_lbStatus = result.status;
        m_statusText = text;
        m_statusOrigin = origin;
        const Profile *current = m_provider->profile();
        if (!result.config && (!current || current->id != result.status->profileId))
            m_provider->select(result.status->profileId, QString());
        const QSignalBlocker block(m_backends);
        m_backends->clear();
        int firstUnhealthy = -1;
        for (const LbBackend &b : result.status->backends) {
            auto *item = new QListWidgetItem(LbStatusFinding::backendLine(b), m_backends);
            item->setData(Qt::UserRole, b.ip);
            item->setData(Qt::UserRole + 1, b.port);
            if (firstUnhealthy < 0 && b.state == QStringLiteral("unhealthy"))
                firstUnhealthy = m_backends->count() - 1;
        }
        m_form->setRowVisible(m_backends, true);
        QString csv;
        for (const LbBackend &b : result.status->backends)
            csv += QStringLiteral("%1,%2,,%3\n")
                       .arg(b.ip)
                       .arg(b.port)
                       .arg(b.id == b.ip ? QString() : QString(b.id).remove(QLatin1Char(',')));
        m_group->setImportedBackends(csv);
        if (m_host->text().isEmpty() && firstUnhealthy >= 0) {
            m_backends->setCurrentRow(firstUnhealthy);
            backendChosen();
        }
    }
    m_touched.insert(QStringLiteral("host"));
    revalidate();
}

void TargetPage::backendChosen()
{
    const QListWidgetItem *item = m_backends->currentItem();
    if (!item)
        return;
    const QString ip = item->data(Qt::UserRole).toString();
    if (!ip.isEmpty())
        m_host->setText(ip);
    const int port = item->data(Qt::UserRole + 1).toInt();
    if (port > 0)
        m_port->setText(QString::number(port));
}

std::optional<LbConfig> TargetPage::importedConfig() const
{
    const Profile *p = m_provider->profile();
    if (!m_config || !p || p->id != m_config->profileId)
        return std::nullopt;
    return m_config;
}

QHash<QString, Evidence> TargetPage::importedEvidence() const
{
    QHash<QString, Evidence> out;
    const Profile *p = m_provider->profile();
    if (importedConfig())
        out.insert(QStringLiteral("lbconfig"), Evidence{QStringLiteral("lbconfig"), m_configText, m_configOrigin});
    if (m_lbStatus && p && p->id == m_lbStatus->profileId)
        out.insert(QStringLiteral("lbstatus"), Evidence{QStringLiteral("lbstatus"), m_statusText, m_statusOrigin});
    return out;
}

void TargetPage::addField(QFormLayout *form, const QString &field, const QString &label, QWidget *editor)
{
    auto *error = new InlineError(field + QStringLiteral("Error"), this);
    auto *box = new QVBoxLayout;
    box->setSpacing(2);
    box->addWidget(editor);
    box->addWidget(error);
    // The row's field is a layout, so the form cannot set the buddy itself: without one the
    // mnemonic would show as a literal "&".
    auto *caption = new QLabel(label, this);
    caption->setObjectName(field + QStringLiteral("Label"));
    caption->setBuddy(editor);
    form->addRow(caption, box);
    m_errors.insert(field, error);
    m_editors.insert(field, editor);
}

void TargetPage::reloadRecent()
{
    m_recent->clear();
    const QList<RecentTarget> recent = RecentTargets::load();
    for (const RecentTarget &t : recent)
        m_recent->addItem(t.label());
    m_recent->setCurrentIndex(-1);
    m_recent->setEnabled(!recent.isEmpty());
    m_form->setRowVisible(m_recent, !recent.isEmpty());
}

void TargetPage::recentChosen(int index)
{
    const QList<RecentTarget> recent = RecentTargets::load();
    if (index < 0 || index >= recent.size())
        return;
    const RecentTarget &chosen = recent[index];
    // The provider first: the codes, their hint and the source row follow it.
    m_provider->select(chosen.profileId, chosen.variantId);
    const Profile *profile = m_provider->profile();
    const ProfileVariant *installed =
        profile && profile->id == chosen.profileId ? profile->variant(chosen.variantId) : nullptr;
    if (installed && installed->editable && !chosen.customValues.isEmpty()) {
        // Values that no longer read (a hand-edited settings file) leave Custom's defaults.
        if (const auto values = installed->withValuesFrom(chosen.customValues, QString()))
            m_provider->setCustomValues(*values);
    }
    fill(chosen.input);
    m_touched = {QStringLiteral("host"), QStringLiteral("port")};
    revalidate();
    emit recentTargetChosen(chosen);
}

void TargetPage::fill(const TargetInput &input)
{
    followProvider();
    m_listener->setCurrentIndex(qMax(0, m_listener->findData(input.listener)));
    m_host->setText(input.host);
    m_port->setText(input.port);
    m_checkPort->setText(input.checkPort);
    m_domain->setText(input.domain);
    m_path->setText(input.path);
    if (!input.codes.isEmpty())
        m_codes->setText(input.codes);
    m_sourceCidr->setText(input.sourceCidr);
    m_interface->setText(input.interfaceName);
}

void TargetPage::initializePage()
{
    followProvider();
}

void TargetPage::cleanupPage()
{
    // Going Back to change the provider must not throw away the backend typed here; initializePage()
    // brings the provider-dependent parts up to date on the way forward.
}

void TargetPage::followProvider()
{
    const ProfileVariant v = m_provider->variant();
    const QString codes = v.http.healthyCodes.toString();
    // Follow the provider's codes unless the user typed their own.
    if (m_codes->text().isEmpty() || m_codes->text() == m_prefilledCodes) {
        m_codes->setText(codes);
        m_prefilledCodes = codes;
    }
    m_codesHint->setText(
        v.http.codeOptions.isEmpty()
            ? tr("This load balancer treats %1 as healthy; change it if the listener is set up otherwise.").arg(codes)
            : tr("This load balancer treats %1 as healthy by default; its console can also accept %2.")
                  .arg(codes, v.http.codeOptions.join(QStringLiteral(", "))));
    m_sourceCidr->setPlaceholderText(v.cidrPrompt.text());
    listenerChanged();
}

void TargetPage::setEditorRowVisible(QWidget *editor, bool visible)
{
    // Each row holds a layout (editor + inline message): find the row by its editor.
    for (int r = 0; r < m_form->rowCount(); ++r) {
        QLayoutItem *item = m_form->itemAt(r, QFormLayout::FieldRole);
        if (item && item->layout() && item->layout()->indexOf(editor) >= 0) {
            m_form->setRowVisible(r, visible);
            // Showing a row shows every widget in it, an empty message too.
            if (InlineError *error = m_errors.value(m_editors.key(editor)))
                error->setVisible(visible && !error->message().isEmpty());
            return;
        }
    }
}

void TargetPage::listenerChanged()
{
    const QString listener = m_listener->currentData().toString();
    const bool http = listener == QStringLiteral("http") || listener == QStringLiteral("https");
    for (QLineEdit *edit : {m_domain, m_path, m_codes})
        setEditorRowVisible(edit, http);
    m_form->setRowVisible(m_codesHint, http);
    revalidate();
}

bool TargetPage::sourceCidrNeeded() const
{
    return m_provider->variant().cidrFromUser;
}

TargetInput TargetPage::input() const
{
    TargetInput in;
    in.listener = m_listener->currentData().toString();
    in.host = m_host->text();
    in.port = m_port->text();
    in.checkPort = m_checkPort->text();
    const bool http = in.listener == QStringLiteral("http") || in.listener == QStringLiteral("https");
    if (http) {
        in.domain = m_domain->text();
        in.path = m_path->text();
        in.codes = m_codes->text();
    }
    if (sourceCidrNeeded())
        in.sourceCidr = m_sourceCidr->text();
    in.interfaceName = m_interface->text();
    if (isGroup()) {
        // The first backend stands in for the group: the others differ only in address and ports.
        const TargetRow &first = m_group->list().rows.constFirst();
        in.host = first.address.toString();
        in.port = QString::number(first.port);
    }
    return in;
}

TargetValidation TargetPage::validation() const
{
    TargetValidation v = TargetValidator::validate(input());
    if (m_group->isActive() && m_group->list().rows.isEmpty())
        v.errors.append({QStringLiteral("group"), tr("enter the group's backends, one ip,port a line")});
    if (sourceCidrNeeded() && m_sourceCidr->text().trimmed().isEmpty()) {
        const ProfileVariant variant = m_provider->variant();
        v.errors.append(
            {QStringLiteral("sourceCidr"),
             tr("this load balancer has no fixed health-check addresses: enter %1").arg(variant.cidrPrompt.text())});
    }
    return v;
}

void TargetPage::revalidate()
{
    const bool wasComplete = m_complete;
    const TargetValidation v = validation();
    const bool needCidr = sourceCidrNeeded();
    // The source row is there only where the provider has no fixed CIDR.
    setEditorRowVisible(m_sourceCidr, needCidr);

    int hidden = 0;
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        const QString message = v.errorFor(it.key());
        const auto *edit = qobject_cast<const QLineEdit *>(m_editors.value(it.key()));
        // An untouched empty field is not an error yet, only something still to do.
        const bool show = !message.isEmpty() && (!edit || m_touched.contains(it.key()) || !edit->text().isEmpty());
        if (!message.isEmpty() && !show)
            ++hidden;
        it.value()->setMessage(show ? message : QString());
    }
    m_complete = v.ok();
    if (m_complete && isGroup())
        m_status->setText(tr("Ready: %1 backends. Next: check them all at once.").arg(m_group->list().rows.size()));
    else if (m_group->isActive() && !isGroup())
        m_status->setText(tr("Enter the group's backends, one ip,port a line, to continue."));
    else if (m_complete)
        m_status->setText(tr("Ready. Next: choose where LB Doctor runs."));
    else if (hidden == v.errors.size())
        m_status->setText(tr("Enter the backend IP and port to continue."));
    else
        m_status->setText(tr("Correct the marked fields to continue."));
    if (m_complete != wasComplete)
        emit completeChanged();
}

bool TargetPage::isComplete() const
{
    return m_complete;
}

bool TargetPage::validatePage()
{
    if (!validation().ok())
        return false;
    RecentTarget recent;
    if (const Profile *p = m_provider->profile())
        recent.profileId = p->id;
    recent.variantId = m_provider->variant().id;
    recent.input = input();
    const ProfileVariant used = m_provider->variant();
    if (used.editable)
        recent.customValues = used.toJson();
    RecentTargets::remember(recent);
    return true;
}

bool TargetPage::isGroup() const
{
    return m_group->isActive() && !m_group->list().rows.isEmpty();
}

QList<TargetRow> TargetPage::groupRows() const
{
    if (!isGroup())
        return {};
    QList<TargetRow> rows = m_group->list().rows;
    // A health-check port typed on the page applies where a row names none.
    if (!m_checkPort->text().trimmed().isEmpty()) {
        const quint16 checkPort = target().checkPort;
        for (TargetRow &r : rows) {
            if (!r.ownCheckPort)
                r.checkPort = checkPort;
        }
    }
    return rows;
}

QStringList TargetPage::groupProblems() const
{
    return isGroup() ? m_group->list().messages() : QStringList();
}
