#include "providerpage.h"

#include "core/addressrange.h"
#include "core/profilestore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QSpinBox *secondsBox(QWidget *parent, const QString &name, const QString &accessible, int max, const QString &suffix)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setAccessibleName(accessible);
    box->setRange(1, max);
    box->setSuffix(suffix);
    return box;
}

} // namespace

ProviderPage::ProviderPage(const ProfileStore &profiles, QWidget *parent) : QWizardPage(parent), m_profiles(profiles)
{
    setObjectName(QStringLiteral("providerPage"));
    setTitle(tr("Provider"));
    setSubTitle(tr("Choose the cloud provider and the type of load balancer. LB Doctor then checks the backend "
                   "exactly as that load balancer's health check does."));

    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    m_profile->setAccessibleName(tr("Provider"));
    for (const Profile &p : m_profiles.profiles())
        m_profile->addItem(p.name.text(), p.id);
    m_variant = new QComboBox(this);
    m_variant->setObjectName(QStringLiteral("variantCombo"));
    m_variant->setAccessibleName(tr("Load balancer type"));
    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("variantDescription"));
    m_description->setWordWrap(true);
    m_description->setAccessibleName(tr("About this load balancer type"));

    auto *choice = new QFormLayout;
    choice->addRow(tr("&Provider:"), m_profile);
    choice->addRow(tr("Load balancer &type:"), m_variant);
    choice->addRow(QString(), m_description);

    m_factsBox = new QGroupBox(tr("What this load balancer's health check does"), this);
    m_factsBox->setObjectName(QStringLiteral("factsBox"));
    auto *facts = new QFormLayout(m_factsBox);
    m_cidrs = addFact(facts, QStringLiteral("factCidrs"), tr("Comes from:"));
    m_http = addFact(facts, QStringLiteral("factHttp"), tr("HTTP(S) check:"));
    m_codes = addFact(facts, QStringLiteral("factCodes"), tr("Healthy codes:"));
    m_timing = addFact(facts, QStringLiteral("factTiming"), tr("Timing:"));
    m_tcp = addFact(facts, QStringLiteral("factTcp"), tr("TCP check:"));
    m_udp = addFact(facts, QStringLiteral("factUdp"), tr("UDP check:"));

    m_customBox = new QGroupBox(tr("Your load balancer's health check"), this);
    m_customBox->setObjectName(QStringLiteral("customBox"));
    m_customCidrs = new QLineEdit(m_customBox);
    m_customCidrs->setObjectName(QStringLiteral("customCidrs"));
    m_customCidrs->setAccessibleName(tr("Health-check source addresses"));
    m_customCidrs->setPlaceholderText(tr("e.g. 100.64.0.0/10, 10.0.0.0/8 (empty: enter them on the next page)"));
    m_customMethod = new QComboBox(m_customBox);
    m_customMethod->setObjectName(QStringLiteral("customMethod"));
    m_customMethod->setAccessibleName(tr("HTTP method"));
    m_customMethod->addItems({QStringLiteral("HEAD"), QStringLiteral("GET")});
    m_customVersion = new QComboBox(m_customBox);
    m_customVersion->setObjectName(QStringLiteral("customVersion"));
    m_customVersion->setAccessibleName(tr("HTTP version"));
    m_customVersion->addItem(QStringLiteral("HTTP/1.0"), QStringLiteral("1.0"));
    m_customVersion->addItem(QStringLiteral("HTTP/1.1"), QStringLiteral("1.1"));
    m_customCodes = new QLineEdit(m_customBox);
    m_customCodes->setObjectName(QStringLiteral("customCodes"));
    m_customCodes->setAccessibleName(tr("Healthy status codes"));
    m_customCodes->setPlaceholderText(tr("e.g. 2xx,3xx or 200,202 or 200-399"));
    m_interval =
        secondsBox(m_customBox, QStringLiteral("customInterval"), tr("Check interval in seconds"), 300, tr(" s"));
    m_timeout = secondsBox(m_customBox, QStringLiteral("customTimeout"), tr("Check timeout in seconds"), 300, tr(" s"));
    m_healthy = secondsBox(m_customBox, QStringLiteral("customHealthy"), tr("Healthy threshold"), 10, QString());
    m_unhealthy = secondsBox(m_customBox, QStringLiteral("customUnhealthy"), tr("Unhealthy threshold"), 10, QString());
    m_customError = new QLabel(m_customBox);
    m_customError->setObjectName(QStringLiteral("customError"));
    m_customError->setWordWrap(true);
    m_customError->setAccessibleName(tr("Problem with these values"));
    auto *custom = new QFormLayout(m_customBox);
    custom->addRow(tr("Source &addresses:"), m_customCidrs);
    custom->addRow(tr("HTTP &method:"), m_customMethod);
    custom->addRow(tr("HTTP &version:"), m_customVersion);
    custom->addRow(tr("Healthy &codes:"), m_customCodes);
    custom->addRow(tr("&Interval:"), m_interval);
    custom->addRow(tr("Time&out:"), m_timeout);
    custom->addRow(tr("Healthy after (successes):"), m_healthy);
    custom->addRow(tr("Unhealthy after (failures):"), m_unhealthy);
    custom->addRow(QString(), m_customError);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choice);
    layout->addWidget(m_factsBox);
    layout->addWidget(m_customBox);
    layout->addStretch(1);

    connect(m_profile, &QComboBox::currentIndexChanged, this, &ProviderPage::profileChanged);
    connect(m_variant, &QComboBox::currentIndexChanged, this, &ProviderPage::variantChanged);
    for (QLineEdit *edit : {m_customCidrs, m_customCodes})
        connect(edit, &QLineEdit::textChanged, this, &ProviderPage::customEdited);
    for (QSpinBox *box : {m_interval, m_timeout, m_healthy, m_unhealthy})
        connect(box, &QSpinBox::valueChanged, this, &ProviderPage::customEdited);
    for (QComboBox *box : {m_customMethod, m_customVersion})
        connect(box, &QComboBox::currentIndexChanged, this, &ProviderPage::customEdited);

    registerField(QStringLiteral("profileIndex"), m_profile);
    registerField(QStringLiteral("variantIndex"), m_variant);

    QSettings settings;
    const QString last = settings.value(QStringLiteral("lastProfile")).toString();
    const int lastIndex = m_profile->findData(last);
    if (lastIndex > 0)
        m_profile->setCurrentIndex(lastIndex);
    else
        profileChanged();
}

QLabel *ProviderPage::addFact(QFormLayout *form, const QString &name, const QString &label)
{
    auto *value = new QLabel(this);
    value->setObjectName(name);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QString accessible = label;
    accessible.remove(QLatin1Char(':'));
    value->setAccessibleName(accessible);
    form->addRow(label, value);
    return value;
}

const Profile *ProviderPage::profile() const
{
    return m_profiles.find(m_profile->currentData().toString());
}

const ProfileVariant *ProviderPage::selectedVariant() const
{
    const Profile *p = profile();
    return p ? p->variant(m_variant->currentData().toString()) : nullptr;
}

void ProviderPage::select(const QString &profileId, const QString &variantId)
{
    const int p = m_profile->findData(profileId);
    if (p >= 0)
        m_profile->setCurrentIndex(p);
    const int v = m_variant->findData(variantId);
    if (v >= 0)
        m_variant->setCurrentIndex(v);
}

void ProviderPage::profileChanged()
{
    const QSignalBlocker blocker(m_variant);
    m_variant->clear();
    if (const Profile *p = profile()) {
        for (const ProfileVariant &v : p->variants)
            m_variant->addItem(v.name.text(), v.id);
        QSettings().setValue(QStringLiteral("lastProfile"), p->id);
    }
    m_variant->setEnabled(m_variant->count() > 1);
    variantChanged();
}

void ProviderPage::variantChanged()
{
    const ProfileVariant *v = selectedVariant();
    if (!v) {
        m_description->clear();
        emit completeChanged();
        return;
    }
    m_description->setText(v->description.text());
    m_description->setVisible(!v->description.isEmpty());

    if (v->cidrFromUser)
        m_cidrs->setText(tr("no fixed addresses: you enter %1 on the next page").arg(v->cidrPrompt.text()));
    else
        m_cidrs->setText(v->cidrs.join(QStringLiteral(", "))
                         + (v->cidrNote.isEmpty() ? QString() : QStringLiteral("\n") + v->cidrNote.text()));
    QString http = tr("%1 request, HTTP/%2").arg(v->http.method, v->http.version);
    if (v->http.methods.size() > 1)
        http += tr(" (selectable in the console: %1)").arg(v->http.methods.join(QStringLiteral(", ")));
    if (v->http.hostWhenNoDomain == QStringLiteral("ip"))
        http += QStringLiteral("\n") + tr("Without a domain the Host header is the backend IP.");
    else if (v->http.hostWhenNoDomain == QStringLiteral("ip:port"))
        http += QStringLiteral("\n") + tr("Without a domain the Host header is the backend IP and port.");
    else if (v->http.hostWhenNoDomain == QStringLiteral("none"))
        http += QStringLiteral("\n") + tr("Without a domain no Host header is sent.");
    m_http->setText(http);
    QString codes = v->http.healthyCodes.toString();
    if (!v->http.codeOptions.isEmpty())
        codes += tr(" (the console can also accept %1)").arg(v->http.codeOptions.join(QStringLiteral(", ")));
    m_codes->setText(codes);
    m_timing->setText(
        tr("a check every %1 s with a %2 s timeout; healthy after %3 successes, unhealthy after %4 failures")
            .arg(v->timing.intervalSeconds)
            .arg(v->timing.timeoutSeconds)
            .arg(v->timing.healthyThreshold)
            .arg(v->timing.unhealthyThreshold));
    m_tcp->setText(v->tcpMethod.text());
    QString udp = v->udpMethod.text();
    if (v->icmpRequired)
        udp += QStringLiteral("\n") + tr("The check starts with an ICMP echo (ping): the backend must answer it.");
    m_udp->setText(udp);

    m_factsBox->setVisible(!v->editable);
    m_customBox->setVisible(v->editable);
    if (v->editable)
        setCustomValues(*v);
    else
        customEdited();
}

void ProviderPage::setCustomValues(const ProfileVariant &values)
{
    const ProfileVariant *v = selectedVariant();
    if (!v || !v->editable)
        return;
    {
        const QSignalBlocker b1(m_customCidrs), b2(m_customMethod), b3(m_customVersion), b4(m_customCodes),
            b5(m_interval), b6(m_timeout), b7(m_healthy), b8(m_unhealthy);
        m_customCidrs->setText(values.cidrFromUser ? QString() : values.cidrs.join(QStringLiteral(", ")));
        m_customMethod->setCurrentText(values.http.method);
        m_customVersion->setCurrentIndex(qMax(0, m_customVersion->findData(values.http.version)));
        m_customCodes->setText(values.http.healthyCodes.toString());
        m_interval->setValue(values.timing.intervalSeconds);
        m_timeout->setValue(values.timing.timeoutSeconds);
        m_healthy->setValue(values.timing.healthyThreshold);
        m_unhealthy->setValue(values.timing.unhealthyThreshold);
    }
    customEdited();
}

void ProviderPage::customEdited()
{
    QStringList problems;
    const ProfileVariant *v = selectedVariant();
    if (v && v->editable) {
        const QStringList cidrs = m_customCidrs->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (const auto set = RangeSet::parseCidrs(cidrs); !cidrs.isEmpty() && (!set || set->isEmpty()))
            problems << tr("Source addresses: %1").arg(set.error());
        if (const auto codes = StatusCodeSet::parse(m_customCodes->text()); !codes)
            problems << tr("Healthy codes: %1").arg(codes.error());
    }
    m_customError->setText(problems.join(QLatin1Char('\n')));
    m_customError->setVisible(!problems.isEmpty());
    emit completeChanged();
}

bool ProviderPage::isComplete() const
{
    const ProfileVariant *v = selectedVariant();
    return v && (!v->editable || m_customError->text().isEmpty());
}

ProfileVariant ProviderPage::variant() const
{
    const ProfileVariant *selected = selectedVariant();
    if (!selected)
        return {};
    ProfileVariant v = *selected;
    if (!v.editable)
        return v;
    QStringList cidrs;
    for (const QString &c : m_customCidrs->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        cidrs << c.trimmed();
    if (!cidrs.isEmpty()) {
        v.cidrs = RangeSet::fromCidrs(cidrs).toCidrs();
        v.cidrFromUser = false;
    }
    v.http.method = m_customMethod->currentText();
    v.http.version = m_customVersion->currentData().toString();
    if (const auto codes = StatusCodeSet::parse(m_customCodes->text()))
        v.http.healthyCodes = *codes;
    v.timing.intervalSeconds = m_interval->value();
    v.timing.timeoutSeconds = m_timeout->value();
    v.timing.healthyThreshold = m_healthy->value();
    v.timing.unhealthyThreshold = m_unhealthy->value();
    return v;
}
