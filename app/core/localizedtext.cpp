#include "localizedtext.h"

#include <QJsonObject>

namespace {
QString &currentLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}
} // namespace

LocalizedText LocalizedText::fromJson(const QJsonValue &value)
{
    LocalizedText t;
    if (value.isString()) {
        t.m_texts.insert(QStringLiteral("en"), value.toString());
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            t.m_texts.insert(it.key(), it.value().toString());
    }
    return t;
}

QString LocalizedText::text() const
{
    return text(currentLanguage());
}

QString LocalizedText::text(const QString &language) const
{
    if (const auto it = m_texts.constFind(language); it != m_texts.constEnd())
        return *it;
    const QString base = language.section(QLatin1Char('_'), 0, 0);
    for (auto it = m_texts.constBegin(); it != m_texts.constEnd(); ++it) {
        if (it.key().section(QLatin1Char('_'), 0, 0) == base)
            return it.value();
    }
    return m_texts.value(QStringLiteral("en"));
}

QJsonValue LocalizedText::toJson() const
{
    if (m_texts.size() == 1 && m_texts.contains(QStringLiteral("en")))
        return m_texts.value(QStringLiteral("en"));
    QJsonObject o;
    for (auto it = m_texts.constBegin(); it != m_texts.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

void LocalizedText::setLanguage(const QString &language)
{
    currentLanguage() = language.isEmpty() ? QStringLiteral("en") : language;
}

QString LocalizedText::language()
{
    return currentLanguage();
}
