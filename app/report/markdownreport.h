#pragma once

#include "reportwriter.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

// The report as Markdown, for pasting into a ticket (GitHub, GitLab and CommonMark renderers).
// Same content as the HTML; raw output is cut harder, because ticket systems cap comment length.
class MarkdownReport : public ReportWriter
{
public:
    static constexpr qint64 rawLimitBytes = 16 * 1024;

    QString extension() const override { return QStringLiteral("md"); }
    QString description() const override;
    QByteArray render(const Session &session) const override;

    static QString document(const Session &session);
    // Text on one line where Markdown and inline HTML mean nothing: punctuation that could start
    // markup is backslash-escaped, line breaks become spaces, controls become visible symbols.
    static QString inlineText(QStringView text);
    // A fenced code block that no content can close early: the fence is longer than any backtick
    // run inside. Every line is prefixed with indent (for blocks inside list items).
    static QString codeBlock(QStringView text, const QString &indent = {});

    Q_DECLARE_TR_FUNCTIONS(MarkdownReport)
};
