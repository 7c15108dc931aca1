#pragma once

#include "core/target.h"

#include <QHash>
#include <QSet>
#include <QWizardPage>

class InlineError;
class ProviderPage;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

// Page 2: the backend under diagnosis. The engine's TargetValidator judges every field; its
// messages appear under the field as the user types, and Next stays disabled until all are valid.
class TargetPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit TargetPage(const ProviderPage *provider, QWidget *parent = nullptr);

    TargetInput input() const;
    TargetValidation validation() const;
    Target target() const { return validation().target; }
    void fill(const TargetInput &input);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void addField(QFormLayout *form, const QString &field, const QString &label, QWidget *editor);
    void revalidate();
    void listenerChanged();
    void setEditorRowVisible(QWidget *editor, bool visible);
    void recentChosen(int index);
    void reloadRecent();
    bool sourceCidrNeeded() const;

    const ProviderPage *m_provider;
    QComboBox *m_recent = nullptr;
    QComboBox *m_listener = nullptr;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_port = nullptr;
    QLineEdit *m_checkPort = nullptr;
    QLineEdit *m_domain = nullptr;
    QLineEdit *m_path = nullptr;
    QLineEdit *m_codes = nullptr;
    QLabel *m_codesHint = nullptr;
    QLineEdit *m_sourceCidr = nullptr;
    QLineEdit *m_interface = nullptr;
    QLabel *m_status = nullptr;
    QFormLayout *m_form = nullptr;
    QHash<QString, InlineError *> m_errors;     // by TargetInput field name
    QHash<QString, QWidget *> m_editors;        // by TargetInput field name
    QSet<QString> m_touched;                    // fields the user has typed into
    QString m_prefilledCodes;                   // what we put into the codes field, to tell it from the user's
    bool m_complete = false;
};
