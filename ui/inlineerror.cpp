#include "inlineerror.h"

InlineError::InlineError(const QString &objectName, QWidget *parent) : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAccessibleName(tr("Problem"));
    hide();
}

void InlineError::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    if (message.isEmpty()) {
        clear();
        hide();
        return;
    }
    const int size = fontMetrics().height();
    setText(
        QStringLiteral(
            "<img src=\":/icons/status-warn.svg\" width=\"%1\" height=\"%1\" style=\"vertical-align: middle\">&nbsp;%2")
            .arg(size)
            .arg(message.toHtmlEscaped()));
    setAccessibleDescription(message);
    setToolTip(message);
    show();
}
