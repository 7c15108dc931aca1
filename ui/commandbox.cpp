#include "commandbox.h"

#include "commandtext.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QTimer>
#include <QToolButton>

CommandBox::CommandBox(const QString &command, QWidget *parent) : QWidget(parent), m_command(command)
{
    setObjectName(QStringLiteral("commandBox"));
    m_text = new CommandText(command, this);
    // Base/Text roles follow the system palette, so the box reads as a text field in light and dark mode.
    m_text->setBackgroundRole(QPalette::Base);
    m_text->setForegroundRole(QPalette::Text);

    m_copy = new QToolButton(this);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_copy->setText(tr("Copy"));
    m_copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copy->setToolTip(tr("Copy this command to the clipboard"));
    m_copy->setAccessibleName(tr("Copy command: %1").arg(command.left(120)));
    m_copy->setFocusPolicy(Qt::StrongFocus);
    connect(m_copy, &QToolButton::clicked, this, &CommandBox::copy);
    m_copy->setMinimumSize(m_copy->sizeHint()); // never cut, however small the window

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_copy, 0, Qt::AlignTop);
}

void CommandBox::copy()
{
    QApplication::clipboard()->setText(m_command);
    m_copy->setText(tr("Copied"));
    QTimer::singleShot(1500, m_copy, [button = m_copy] { button->setText(CommandBox::tr("Copy")); });
    emit copied(m_command);
}
