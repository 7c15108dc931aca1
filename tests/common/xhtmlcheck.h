#pragma once

// Parses LB Doctor's HTML report as XHTML (it is written to be both), so tests check structure by
// parsing, not by looking for substrings. Header-only: shared by the report tests.

#include <QHash>
#include <QList>
#include <QString>
#include <QXmlStreamReader>

struct XhtmlElement
{
    QString name;
    QHash<QString, QString> attributes;
    QString text; // all descendant text, entities resolved
    int parent = -1;

    bool hasClass(const QString &c) const { return attributes.value("class").split(' ').contains(c); }
};

struct XhtmlDocument
{
    QString error; // empty when well-formed
    QList<XhtmlElement> elements; // document order

    QList<const XhtmlElement *> all(const QString &name, const QString &cls = {}) const
    {
        QList<const XhtmlElement *> out;
        for (const XhtmlElement &e : elements) {
            if (e.name == name && (cls.isEmpty() || e.hasClass(cls)))
                out << &e;
        }
        return out;
    }
    // Elements named `name` below the element at index `ancestor`.
    QList<const XhtmlElement *> within(qsizetype ancestor, const QString &name, const QString &cls = {}) const
    {
        QList<const XhtmlElement *> out;
        for (qsizetype i = ancestor + 1; i < elements.size(); ++i) {
            int p = elements[i].parent;
            while (p >= 0 && p != ancestor)
                p = elements[p].parent;
            if (p == ancestor && elements[i].name == name && (cls.isEmpty() || elements[i].hasClass(cls)))
                out << &elements[i];
        }
        return out;
    }
    qsizetype indexOf(const XhtmlElement *e) const { return e - elements.constData(); }
    QString text() const { return elements.isEmpty() ? QString() : elements.first().text; }
};

inline XhtmlDocument parseXhtml(const QString &html)
{
    XhtmlDocument doc;
    QXmlStreamReader reader(html);
    QList<int> open;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            XhtmlElement e;
            e.name = reader.name().toString();
            for (const QXmlStreamAttribute &a : reader.attributes())
                e.attributes.insert(a.qualifiedName().toString(), a.value().toString());
            e.parent = open.isEmpty() ? -1 : open.last();
            doc.elements << e;
            open << int(doc.elements.size() - 1);
        } else if (reader.isEndElement()) {
            open.removeLast();
        } else if (reader.isCharacters()) {
            for (int i : open)
                doc.elements[i].text += reader.text();
        }
    }
    if (reader.hasError())
        doc.error = QStringLiteral("line %1, column %2: %3")
                        .arg(reader.lineNumber())
                        .arg(reader.columnNumber())
                        .arg(reader.errorString());
    return doc;
}
