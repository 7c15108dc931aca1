#pragma once

#include <QString>
#include <QStringList>

// Joining and cutting sentences in either language: English separates sentences with ". ",
// Chinese ends them with a full-width "。" and puts no space between them, so a text assembled
// from translated sentences must not glue them the English way ("。 让", "。.").
namespace Sentences {
// The sentences one after another: a space after Latin text, none after full-width punctuation.
QString join(const QStringList &sentences);
// The first sentence of `text` with its full stop ("A. B." -> "A.", "甲。乙。" -> "甲。"); a text
// without one is returned whole.
QString first(const QString &text);
} // namespace Sentences
