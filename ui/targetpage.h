#pragma once

#include "recenttargets.h"

#include "analyzers/lb/lbimport.h"
#include "core/group/targetlist.h"
#include "core/runcontext.h"
#include "core/target.h"

#include <QHash>
#include <QSet>
#include <QWizardPage>

class GroupTargetsBox;
class InlineError;
class ProviderPage;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// Page 2: the backend under diagnosis. The engine's TargetValidator judges every field; its
// messages appear under the field as the user types, and Next stays disabled until all are valid.
class TargetPage : public QWizardPage
{
    Q_OBJECT
public:
    // Reads the provider's defaults; choosing a recent target switches the provider back to the one
    // it was checked with.
    explicit TargetPage(ProviderPage *provider, QWidget *parent = nullptr);

    TargetInput input() const;
    TargetValidation validation() const;
    Target target() const { return validation().target; }
    void fill(const TargetInput &input);

    // The load balancer's own view (issue 15). A configuration selects the provider and fills the
    // fields it has; a backend status lists the backends to pick from.
    void applyImport(const LbImportResult &result, const QString &text, const QString &origin);
    // The imported configuration while the provider is still the one it came from.
    std::optional<LbConfig> importedConfig() const;
    QString importedConfigOrigin() const { return m_configOrigin; }
    // lbconfig / lbstatus evidence for the steps page.
    QHash<QString, Evidence> importedEvidence() const;

    // The server group, when its box is checked and holds at least one backend.
    bool isGroup() const;
    GroupTargetsBox *groupBox() const { return m_group; }
    QList<TargetRow> groupRows() const;
    QStringList groupProblems() const;

    void initializePage() override;
    // Keeps what was typed when the user goes Back (QWizard's default would clear the fields).
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

signals:
    // A recent target was chosen and its provider and fields restored; the mode page takes its mode.
    void recentTargetChosen(const RecentTarget &target);

private:
    void followProvider();
    void addField(QFormLayout *form, const QString &field, const QString &label, QWidget *editor);
    void revalidate();
    void listenerChanged();
    void setEditorRowVisible(QWidget *editor, bool visible);
    void recentChosen(int index);
    void reloadRecent();
    bool sourceCidrNeeded() const;
    void openImportDialog();
    void backendChosen();

    ProviderPage *m_provider;
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
    QHash<QString, InlineError *> m_errors; // by TargetInput field name
    QHash<QString, QWidget *> m_editors; // by TargetInput field name
    QSet<QString> m_touched; // fields the user has typed into
    QString m_prefilledCodes; // what we put into the codes field, to tell it from the user's
    bool m_complete = false;

    QPushButton *m_importButton = nullptr;
    QLabel *m_imported = nullptr; // what was filled and from which field
    QListWidget *m_backends = nullptr; // the backends of an imported status
    GroupTargetsBox *m_group = nullptr;
    std::optional<LbConfig> m_config;
    QString m_configText;
    QString m_configOrigin;
    std::optional<LbStatusReport> m_lbStatus;
    QString m_statusText;
    QString m_statusOrigin;
};
