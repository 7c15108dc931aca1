#include "lbimportdialog.h"

#include "pastebox.h"

#include "core/textdecode.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr qint64 maxImportFileBytes = 50 * 1024 * 1024;
}

LbImportDialog::LbImportDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("lbImportDialog"));
    setWindowTitle(tr("Import from load balancer"));
    auto *intro = new QLabel(
        tr("Paste what the provider's CLI or API printed, or open a saved file: the listener's health-check "
           "configuration (aliyun slb Describe*ListenerAttribute, tccli clb DescribeListeners, hcloud ELB "
           "ShowHealthMonitor, aws elbv2 describe-target-groups) or the backends' status (DescribeHealthStatus, "
           "GetListenerHealthStatus, DescribeTargetHealth, ListMembers, describe-target-health)."),
        this);
    intro->setWordWrap(true);
    m_paste = new PasteBox(this);
    m_paste->setObjectName(QStringLiteral("lbImportText"));
    m_paste->setAccessibleName(tr("Load balancer JSON"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("lbImportError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *open = buttons->addButton(tr("&Open file..."), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("lbImportOpenFile"));
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("lbImportApply"));
    m_import->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("lbImportCancel"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (importText())
            accept();
    });
    connect(open, &QPushButton::clicked, this, &LbImportDialog::openFile);
    connect(m_paste, &PasteBox::contentChanged, this, [this] {
        m_import->setEnabled(!m_paste->isEmpty());
        m_error->hide();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_paste, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(720, 480);
}

void LbImportDialog::setText(const QString &text, const QString &origin)
{
    m_paste->setText(text);
    m_origin = origin;
    m_import->setEnabled(!m_paste->isEmpty());
}

bool LbImportDialog::importText()
{
    const QString text = m_paste->text();
    const LbImportResult result = LbImport::read(text);
    if (!result.ok()) {
        m_error->setText(tr("Nothing imported: %1").arg(result.error));
        m_error->show();
        return false;
    }
    emit imported(result, text, m_origin.isEmpty() ? tr("pasted") : m_origin);
    return true;
}

void LbImportDialog::openFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open the load balancer's JSON"), QString(),
                                                      tr("JSON (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    const auto text = TextDecode::readFile(file, maxImportFileBytes);
    if (!text) {
        m_error->setText(text.error());
        m_error->show();
        return;
    }
    setText(*text, file);
}
