#pragma once

#include <QHash>
#include <QJsonValue>
#include <QString>

// Text from a profile file in several languages: either "text" or {"en": "...", "zh_CN": "..."}.
// English is the source language and the fallback.
class LocalizedText
{
public:
    LocalizedText() = default;
    explicit LocalizedText(const QString &english) { m_texts.insert(QStringLiteral("en"), english); }
    static LocalizedText fromJson(const QJsonValue &value);

    QString text() const; // in the current language
    QString text(const QString &language) const; // "zh_CN", "zh", "en"
    bool isEmpty() const { return m_texts.isEmpty(); }
    QStringList languages() const { return m_texts.keys(); }
    QJsonValue toJson() const;

    // The language LB Doctor speaks; set once at start-up from --lang or the system locale.
    static void setLanguage(const QString &language);
    static QString language();

private:
    QHash<QString, QString> m_texts;
};
