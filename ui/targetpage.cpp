#include "targetpage.h"

#include "inlineerror.h"
#include "providerpage.h"
#include "recenttargets.h"

#include <QComboBox>
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
    m_host = lineEdit(QStringLiteral("hostEdit"), tr("Backend IP"), tr("e.g. 192.168.0.10 (the server's private address)"));
    m_port = lineEdit(QStringLiteral("portEdit"), tr("Backend port"), tr("e.g. 80"));
    m_checkPort = lineEdit(QStringLiteral("checkPortEdit"), tr("Health-check port"), tr("same as the backend port"));
    m_domain = lineEdit(QStringLiteral("domainEdit"), tr("Health-check domain"), tr("empty: the provider's default Host header"));
    m_path = lineEdit(QStringLiteral("pathEdit"), tr("Health-check path"), tr("/"));
    m_codes = lineEdit(QStringLiteral("codesEdit"), tr("Healthy status codes"), tr("e.g. 2xx,3xx"));
    m_sourceCidr = lineEdit(QStringLiteral("sourceCidrEdit"), tr("Health-check source addresses"), QString());
    m_interface = lineEdit(QStringLiteral("interfaceEdit"), tr("Backend network interface"), tr("eth0"));
    m_codesHint = new QLabel(this);
    m_codesHint->setObjectName(QStringLiteral("codesHint"));
    m_codesHint->setWordWrap(true);
    m_codesHint->setAccessibleName(tr("Healthy codes of this provider"));

    m_form = new QFormLayout;
    m_form->addRow(tr("&Recent:"), m_recent);
    addField(m_form, QStringLiteral("listener"), tr("&Listener protocol:"), m_listener);
    addField(m_form, QStringLiteral("host"), tr("Backend &IP:"), m_host);
    addField(m_form, QStringLiteral("port"), tr("Backend &port:"), m_port);
    addField(m_form, QStringLiteral("checkPort"), tr("Health-check p&ort:"), m_checkPort);
    addField(m_form, QStringLiteral("domain"), tr("Health-check &domain:"), m_domain);
    addField(m_form, QStringLiteral("path"), tr("Health-check pa&th:"), m_path);
    addField(m_form, QStringLiteral("codes"), tr("Healthy &codes:"), m_codes);
    m_form->addRow(QString(), m_codesHint);
    addField(m_form, QStringLiteral("sourceCidr"), tr("Health-check &source:"), m_sourceCidr);
    addField(m_form, QStringLiteral("interfaceName"), tr("Backend i&nterface (routes):"), m_interface);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("targetStatus"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("What is needed to continue"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(m_status);

    for (QLineEdit *edit : {m_host, m_port, m_checkPort, m_domain, m_path, m_codes, m_sourceCidr, m_interface}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            m_touched.insert(m_editors.key(edit));
        });
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

    setTabOrder(m_recent, m_listener);
    setTabOrder(m_listener, m_host);
    setTabOrder(m_host, m_port);
    setTabOrder(m_port, m_checkPort);
    setTabOrder(m_checkPort, m_domain);
    setTabOrder(m_domain, m_path);
    setTabOrder(m_path, m_codes);
    setTabOrder(m_codes, m_sourceCidr);
    setTabOrder(m_sourceCidr, m_interface);
    reloadRecent();
    listenerChanged();
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
    const ProfileVariant *installed = profile && profile->id == chosen.profileId ? profile->variant(chosen.variantId) : nullptr;
    if (installed && installed->editable && !chosen.customValues.isEmpty()) {
        // Values that no longer read (a hand-edited settings file) leave Custom's defaults.
        if (const auto values = installed->withValuesFrom(chosen.customValues, QString(), nullptr))
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
    m_codesHint->setText(v.http.codeOptions.isEmpty()
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
    return in;
}

TargetValidation TargetPage::validation() const
{
    TargetValidation v = TargetValidator::validate(input());
    if (sourceCidrNeeded() && m_sourceCidr->text().trimmed().isEmpty()) {
        const ProfileVariant variant = m_provider->variant();
        v.errors.append({QStringLiteral("sourceCidr"),
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
    if (m_complete)
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
