#pragma once

#include <QTextEdit>

// The text of one exact command, read-only and selectable, that wraps only between arguments:
// plain line breaking splits `--ctstate` after its dashes and paths after a slash, so a command
// read off the screen would be wrong. Every character of an argument is joined to the next with
// an invisible WORD JOINER for display; copying a selection gives the command's own characters.
class CommandText : public QTextEdit
{
    Q_OBJECT
public:
    explicit CommandText(const QString &command, QWidget *parent = nullptr);
    QString command() const { return m_command; }
    // The text as laid out, one string per line on screen (for tests and accessibility checks).
    QStringList displayedLines() const;

    // What is shown: `command` with a WORD JOINER between the characters of each argument.
    static QString joined(const QString &command);
    // The reverse: the joiners removed.
    static QString unjoined(QString text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    QMimeData *createMimeDataFromSelection() const override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitHeight();

    QString m_command;
};
