#pragma once

#include "core/profile.h"

#include <QWizardPage>

class ProfileStore;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Page 1: which provider and load balancer type, and what that implies for the health check.
// Custom's values are the user's to edit; every other profile is shown as the provider documents it.
class ProviderPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ProviderPage(const ProfileStore &profiles, QWidget *parent = nullptr);

    const Profile *profile() const;
    // The variant as the run will use it: Custom's edits applied.
    ProfileVariant variant() const;
    void select(const QString &profileId, const QString &variantId);
    // Shows a Custom variant's values (a reopened session, a recent target) in its editors; does
    // nothing when the selected variant is not editable.
    void setCustomValues(const ProfileVariant &values);

    bool isComplete() const override;

private:
    void profileChanged();
    void variantChanged();
    void customEdited();
    const ProfileVariant *selectedVariant() const;
    QLabel *addFact(QFormLayout *form, const QString &name, const QString &label);

    const ProfileStore &m_profiles;
    QComboBox *m_profile = nullptr;
    QComboBox *m_variant = nullptr;
    QLabel *m_description = nullptr;

    QGroupBox *m_factsBox = nullptr;
    QLabel *m_cidrs = nullptr;
    QLabel *m_http = nullptr;
    QLabel *m_codes = nullptr;
    QLabel *m_timing = nullptr;
    QLabel *m_tcp = nullptr;
    QLabel *m_udp = nullptr;

    QGroupBox *m_customBox = nullptr;
    QLineEdit *m_customCidrs = nullptr;
    QComboBox *m_customMethod = nullptr;
    QComboBox *m_customVersion = nullptr;
    QLineEdit *m_customCodes = nullptr;
    QSpinBox *m_interval = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_healthy = nullptr;
    QSpinBox *m_unhealthy = nullptr;
    QLabel *m_customError = nullptr;
};
