#pragma once

#include <QWidget>

class CommandText;
class QToolButton;

// One exact command, shown in a monospace box that can be selected, with a Copy button next to it,
// so an engineer can read it out or send it to a customer without retyping.
class CommandBox : public QWidget
{
    Q_OBJECT
public:
    explicit CommandBox(const QString &command, QWidget *parent = nullptr);
    QString command() const { return m_command; }
    QToolButton *copyButton() const { return m_copy; }
    CommandText *textView() const { return m_text; }

signals:
    void copied(const QString &command);

private:
    void copy();

    QString m_command;
    CommandText *m_text = nullptr;
    QToolButton *m_copy = nullptr;
};
