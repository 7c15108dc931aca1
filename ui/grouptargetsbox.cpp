#include "grouptargetsbox.h"

#include "core/textdecode.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

GroupTargetsBox::GroupTargetsBox(QWidget *parent) : QGroupBox(parent)
{
    setObjectName(QStringLiteral("groupBox"));
    setTitle(tr("Check a whole server &group (many backends at once)"));
    setCheckable(true);
    setChecked(false);
    setAccessibleName(tr("Server group"));

    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("groupTargetsEdit"));
    m_edit->setAccessibleName(tr("Backends of the group, one a line"));
    m_edit->setPlaceholderText(
        tr("One backend a line: ip,port[,check_port][,name] or ip:port\n10.0.0.5,80\n10.0.0.6,80,8080,web-2"));
    m_edit->setTabChangesFocus(true);
    m_edit->setMaximumHeight(fontMetrics().height() * 7);

    m_load = new QPushButton(tr("Load CS&V..."), this);
    m_load->setObjectName(QStringLiteral("groupLoadButton"));
    m_useImported = new QPushButton(tr("Use the imported back&ends"), this);
    m_useImported->setObjectName(QStringLiteral("groupImportedButton"));
    m_useImported->setEnabled(false);
    m_useImported->setToolTip(tr("The backends of the load balancer status imported above."));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("groupTargetsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("What the list holds"));
    // Says what the list holds only while a group is chosen (a disabled label reads poorly in dark mode).
    m_summary->setVisible(false);
    connect(this, &QGroupBox::toggled, m_summary, &QWidget::setVisible);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_load);
    buttons->addWidget(m_useImported);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_edit);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &GroupTargetsBox::reparse);
    connect(m_edit, &QPlainTextEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(this, &QGroupBox::toggled, this, [this](bool on) {
        // The box's own children follow the check; the parent's layout follows changed().
        if (on)
            m_edit->setFocus();
        emit changed();
    });
    connect(m_load, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Load backends"), QString(),
                                                          tr("CSV or text (*.csv *.txt);;All files (*)"));
        if (!file.isEmpty())
            loadFile(file);
    });
    connect(m_useImported, &QPushButton::clicked, this, [this] {
        setChecked(true);
        setText(m_importedCsv);
    });
    reparse();
}

QString GroupTargetsBox::text() const
{
    return m_edit->toPlainText();
}

void GroupTargetsBox::setText(const QString &text)
{
    m_edit->setPlainText(text);
    m_debounce->stop();
    reparse();
}

void GroupTargetsBox::setImportedBackends(const QString &csv)
{
    m_importedCsv = csv;
    m_useImported->setEnabled(!csv.isEmpty());
}

void GroupTargetsBox::loadFile(const QString &fileName)
{
    const auto text = TextDecode::readFile(fileName, 64 * 1024 * 1024);
    if (!text) {
        m_summary->setText(text.error());
        return;
    }
    setChecked(true);
    setText(*text);
}

void GroupTargetsBox::reparse()
{
    m_list = TargetListParser::parse(m_edit->toPlainText());
    QString summary = m_list.rows.isEmpty() ? tr("No backend yet.") : tr("%1 backends.").arg(m_list.rows.size());
    if (!m_list.problems.isEmpty()) {
        summary += QLatin1Char(' ') + tr("%1 rows left out:").arg(m_list.problems.size());
        const QStringList messages = m_list.messages();
        summary += QLatin1Char('\n') + messages.mid(0, 5).join(QLatin1Char('\n'));
        if (messages.size() > 5)
            summary += QLatin1Char('\n') + tr("... and %1 more").arg(messages.size() - 5);
    }
    m_summary->setText(summary);
    emit changed();
}
