#pragma once

#include <QLabel>

// The inline message under an input field: a warning sign (a shape, not a colour) and the
// engine's own words for what is wrong. Hidden while the field is fine.
class InlineError : public QLabel
{
    Q_OBJECT
public:
    explicit InlineError(const QString &objectName, QWidget *parent = nullptr);
    void setMessage(const QString &message); // empty: hide
    QString message() const { return m_message; }

private:
    QString m_message;
};
