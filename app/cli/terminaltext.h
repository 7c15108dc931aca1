#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

// What reaches the terminal from outside LB Doctor (a customer's command output, a server's HTTP
// answer, a file name) is hostile input: an escape sequence can recolour, retitle or rewrite the
// terminal, a carriage return can hide a line. Everything lbdoctor-cli prints passes through here.
namespace TerminalText {

// The translation context of this namespace's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TerminalText)
};

// `text` with every control character but line feed and tab written as an escape (ESC as \x1b,
// CR as \r, DEL as \x7f, C1 controls as \u0085) and the bidirectional overrides that reorder
// what a reader sees (U+202A-U+202E, U+2066-U+2069) as \u202e.
QString escaped(QStringView text);

// One line of evidence for the terminal: escaped(), or, when the line is binary data rather than
// text (a pcap or gzip read as text), "binary data, 4,096 bytes, not shown".
QString line(const QString &text);

} // namespace TerminalText
