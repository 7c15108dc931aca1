#include "windowsfirewallconfig.h"

#include "analyzers/evidencetext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

QStringList splitList(const QString &value)
{
    QStringList out;
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << part.trimmed();
    return out;
}

QStringList profilesFrom(const QString &value)
{
    QStringList out;
    const QString v = value.toLower();
    if (v.contains(QStringLiteral("any")) || v.contains(QStringLiteral("all")))
        return out;
    for (const QString &p : {QStringLiteral("domain"), QStringLiteral("private"), QStringLiteral("public")}) {
        if (v.contains(p))
            out << p;
    }
    return out;
}

// Enum values as ConvertTo-Json writes them: names with -EnumsAsStrings or after a cast, numbers
// otherwise (NetSecurity's Action: Allow 2, Block 4; Direction: Inbound 1; Enabled: True 1, False 2;
// Profile flags: Domain 1, Private 2, Public 4).
QString enumText(const QJsonValue &v, const QHash<int, QString> &names)
{
    if (v.isDouble())
        return names.value(v.toInt(), QString::number(v.toInt()));
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString().trimmed().toLower();
}

QStringList jsonList(const QJsonValue &v)
{
    QStringList out;
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            out << (item.isDouble() ? QString::number(item.toInt()) : item.toString());
    } else if (v.isDouble()) {
        out << QString::number(v.toInt());
    } else if (v.isString()) {
        out = splitList(v.toString());
    }
    return out;
}

QString firstOf(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *k : keys) {
        const QJsonValue v = o.value(QLatin1String(k));
        if (!v.isUndefined() && !v.isNull())
            return v.isDouble() ? QString::number(v.toInt()) : v.toString();
    }
    return {};
}

WindowsFirewallRule ruleFromJson(const QJsonObject &o)
{
    WindowsFirewallRule r;
    r.name = firstOf(o, {"DisplayName", "Name", "ElementName"});
    const QString enabled =
        enumText(o.value(QStringLiteral("Enabled")), {{1, QStringLiteral("true")}, {2, QStringLiteral("false")}});
    r.enabled = enabled.isEmpty() || enabled == QStringLiteral("true") || enabled == QStringLiteral("yes");
    const QString direction = enumText(o.value(QStringLiteral("Direction")),
                                       {{1, QStringLiteral("inbound")}, {2, QStringLiteral("outbound")}});
    r.inbound = direction.isEmpty() || direction.startsWith(QStringLiteral("in"));
    r.action =
        enumText(o.value(QStringLiteral("Action")),
                 {{0, QStringLiteral("notconfigured")}, {2, QStringLiteral("allow")}, {4, QStringLiteral("block")}});
    const QJsonValue profile = o.value(QStringLiteral("Profile"));
    if (profile.isDouble()) {
        const int flags = profile.toInt();
        if (flags & 1)
            r.profiles << QStringLiteral("domain");
        if (flags & 2)
            r.profiles << QStringLiteral("private");
        if (flags & 4)
            r.profiles << QStringLiteral("public");
        if ((flags & 7) == 7)
            r.profiles.clear();
    } else {
        r.profiles = profilesFrom(profile.toString());
    }
    const QJsonValue protocol = o.value(QStringLiteral("Protocol"));
    r.protocol = protocol.isDouble() ? QString::number(protocol.toInt()) : protocol.toString().trimmed().toLower();
    if (r.protocol.isEmpty())
        r.protocol = QStringLiteral("any");
    r.localPorts = jsonList(o.value(QStringLiteral("LocalPort")));
    r.remoteIps = jsonList(o.value(QStringLiteral("RemoteAddress")));
    r.localIps = jsonList(o.value(QStringLiteral("LocalAddress")));
    r.icmpTypes = jsonList(o.value(QStringLiteral("IcmpType")));
    return r;
}

WindowsFirewallProfile profileFromJson(const QJsonObject &o)
{
    WindowsFirewallProfile p;
    p.name = o.value(QStringLiteral("Name")).toString().toLower();
    // Get-NetFirewallProfile uses GpoBoolean (False 0, True 1, NotConfigured 2).
    const QString enabled =
        enumText(o.value(QStringLiteral("Enabled")),
                 {{0, QStringLiteral("false")}, {1, QStringLiteral("true")}, {2, QStringLiteral("true")}});
    p.on = enabled != QStringLiteral("false");
    const QString inbound =
        enumText(o.value(QStringLiteral("DefaultInboundAction")),
                 {{0, QStringLiteral("block")}, {2, QStringLiteral("allow")}, {4, QStringLiteral("block")}});
    const QString allowRules =
        enumText(o.value(QStringLiteral("AllowInboundRules")),
                 {{0, QStringLiteral("false")}, {1, QStringLiteral("true")}, {2, QStringLiteral("true")}});
    p.inbound = allowRules == QStringLiteral("false")
        ? QStringLiteral("blockinboundalways")
        : (inbound == QStringLiteral("notconfigured") ? QStringLiteral("block") : inbound);
    // NotConfigured outbound is Windows' default, Allow (INetFwPolicy2::get_DefaultOutboundAction).
    const QString outbound =
        enumText(o.value(QStringLiteral("DefaultOutboundAction")),
                 {{0, QStringLiteral("allow")}, {2, QStringLiteral("allow")}, {4, QStringLiteral("block")}});
    p.outbound = outbound == QStringLiteral("notconfigured") ? QStringLiteral("allow") : outbound;
    return p;
}

void parseJson(const QJsonDocument &doc, WindowsFirewallConfig &c)
{
    c.format = QStringLiteral("powershell");
    QJsonArray rules;
    QJsonArray profiles;
    if (doc.isArray()) {
        rules = doc.array();
    } else {
        const QJsonObject o = doc.object();
        if (o.contains(QStringLiteral("Rules")) || o.contains(QStringLiteral("Profiles"))) {
            const QJsonValue r = o.value(QStringLiteral("Rules"));
            rules = r.isArray() ? r.toArray() : QJsonArray{r};
            const QJsonValue p = o.value(QStringLiteral("Profiles"));
            profiles = p.isArray() ? p.toArray() : QJsonArray{p};
        } else if (o.contains(QStringLiteral("DefaultInboundAction"))) {
            profiles.append(o);
        } else {
            rules.append(o);
        }
    }
    for (const QJsonValue &v : profiles) {
        if (v.isObject())
            c.profiles << profileFromJson(v.toObject());
    }
    for (const QJsonValue &v : rules) {
        if (!v.isObject())
            continue;
        const QJsonObject o = v.toObject();
        if (o.contains(QStringLiteral("DefaultInboundAction"))) {
            c.profiles << profileFromJson(o);
            continue;
        }
        if (!o.contains(QStringLiteral("Action")) && !o.contains(QStringLiteral("LocalPort"))
            && !o.contains(QStringLiteral("RemoteAddress")))
            continue; // not a firewall rule object
        c.sawRules = true;
        c.rules << ruleFromJson(o);
    }
    if (c.rules.isEmpty() && c.profiles.isEmpty())
        c.error = WindowsFirewallConfig::tr(
            "the JSON holds no firewall rules (expected Get-NetFirewallRule objects with Action, Direction, Protocol, LocalPort and RemoteAddress)");
}

void parseNetsh(const QString &text, WindowsFirewallConfig &c)
{
    static const QRegularExpression profileHeader(QStringLiteral("^(Domain|Private|Public) Profile Settings:?\\s*$"),
                                                  QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression keyValue(QStringLiteral("^([A-Za-z][A-Za-z ]*?):?\\s{2,}(.*)$"));
    static const QRegularExpression ruleKey(QStringLiteral("^([A-Za-z][A-Za-z ]*):\\s*(.*)$"));
    static const QRegularExpression icmpRow(QStringLiteral("^\\s+(\\d+|Any)\\s+(\\d+|Any)\\s*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    c.format = QStringLiteral("netsh");
    WindowsFirewallProfile *profile = nullptr;
    WindowsFirewallRule *rule = nullptr;
    const QStringList lines =
        QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QStringLiteral("---")) || line == QStringLiteral("Ok."))
            continue;
        if (const auto m = profileHeader.match(line); m.hasMatch()) {
            c.profiles.append({m.captured(1).toLower(), true, QString(), QString()});
            profile = &c.profiles.last();
            rule = nullptr;
            continue;
        }
        if (line.startsWith(QStringLiteral("No rules match"), Qt::CaseInsensitive)) {
            c.sawRules = true;
            continue;
        }
        if (line.startsWith(QStringLiteral("Rule Name:"), Qt::CaseInsensitive)) {
            c.sawRules = true;
            c.rules.append(WindowsFirewallRule());
            rule = &c.rules.last();
            rule->name = line.mid(10).trimmed();
            profile = nullptr;
            continue;
        }
        if (rule) {
            if (rule->protocol.startsWith(QStringLiteral("icmp"))) {
                if (const auto m = icmpRow.match(raw); m.hasMatch()) {
                    rule->icmpTypes << m.captured(1);
                    continue;
                }
                if (line.startsWith(QStringLiteral("Type")) && line.contains(QStringLiteral("Code")))
                    continue;
            }
            const auto m = ruleKey.match(line);
            if (!m.hasMatch())
                continue;
            const QString key = m.captured(1).trimmed().toLower();
            const QString value = m.captured(2).trimmed();
            if (key == QStringLiteral("enabled"))
                rule->enabled = value.compare(QStringLiteral("Yes"), Qt::CaseInsensitive) == 0;
            else if (key == QStringLiteral("direction"))
                rule->inbound = value.compare(QStringLiteral("In"), Qt::CaseInsensitive) == 0;
            else if (key == QStringLiteral("profiles"))
                rule->profiles = profilesFrom(value);
            else if (key == QStringLiteral("protocol"))
                rule->protocol = value.toLower();
            else if (key == QStringLiteral("localport"))
                rule->localPorts = splitList(value);
            else if (key == QStringLiteral("remoteip"))
                rule->remoteIps = splitList(value);
            else if (key == QStringLiteral("localip"))
                rule->localIps = splitList(value);
            else if (key == QStringLiteral("action"))
                rule->action = value.toLower();
            continue;
        }
        if (profile) {
            const auto m = keyValue.match(line);
            if (!m.hasMatch())
                continue;
            const QString key = m.captured(1).trimmed().toLower();
            const QString value = m.captured(2).trimmed().toLower();
            if (key == QStringLiteral("state"))
                profile->on = value == QStringLiteral("on");
            else if (key == QStringLiteral("firewall policy")) {
                profile->inbound = value.section(QLatin1Char(','), 0, 0).remove(QStringLiteral("inbound")).trimmed()
                        == QStringLiteral("blockalways")
                    ? QStringLiteral("blockinboundalways")
                    : value.section(QLatin1Char(','), 0, 0).remove(QStringLiteral("inbound")).trimmed();
                profile->outbound = value.section(QLatin1Char(','), 1, 1).remove(QStringLiteral("outbound")).trimmed();
            }
        }
    }
    for (WindowsFirewallRule &r : c.rules) {
        if (r.protocol.isEmpty())
            r.protocol = QStringLiteral("any");
    }
    if (c.rules.isEmpty() && c.profiles.isEmpty() && !c.sawRules)
        c.error = WindowsFirewallConfig::tr("neither \"Rule Name:\" nor \"Profile Settings:\" found");
}

} // namespace

QString WindowsFirewallConfig::detectLanguage(QStringView text)
{
    if (text.contains(QStringLiteral("Rule Name:")) || text.contains(QStringLiteral("Profile Settings")))
        return {};
    struct Language
    {
        const char *name;
        QStringList markers;
    };
    // Labels of netsh's rule listing and profile headers in Windows' display languages.
    static const QList<Language> languages{
        {QT_TRANSLATE_NOOP("WindowsFirewallConfig", "German"),
         {QStringLiteral("Regelname:"), QStringLiteral("Profileinstellungen"), QStringLiteral("Aktiviert:"),
          QStringLiteral("Richtung:"), QStringLiteral("Aktion:")}},
        {QT_TRANSLATE_NOOP("WindowsFirewallConfig", "French"),
         {QStringLiteral("Nom de la r\u00e8gle"), QStringLiteral("Param\u00e8tres du profil"),
          QStringLiteral("Activ\u00e9"), QStringLiteral("Action :")}},
        {QT_TRANSLATE_NOOP("WindowsFirewallConfig", "Spanish"),
         {QStringLiteral("Nombre de regla"), QStringLiteral("Configuraci\u00f3n de perfil"),
          QStringLiteral("Habilitada:"), QStringLiteral("Direcci\u00f3n:"), QStringLiteral("Acci\u00f3n:")}},
        {QT_TRANSLATE_NOOP("WindowsFirewallConfig", "Portuguese"),
         {QStringLiteral("Nome da regra"), QStringLiteral("Configura\u00e7\u00f5es de Perfil"),
          QStringLiteral("Dire\u00e7\u00e3o:"), QStringLiteral("A\u00e7\u00e3o:")}},
        {QT_TRANSLATE_NOOP("WindowsFirewallConfig", "Italian"),
         {QStringLiteral("Nome regola"), QStringLiteral("Impostazioni profilo"), QStringLiteral("Direzione:"),
          QStringLiteral("Azione:")}},
        {QT_TRANSLATE_NOOP("WindowsFirewallConfig", "Russian"),
         {QStringLiteral("\u0418\u043c\u044f \u043f\u0440\u0430\u0432\u0438\u043b\u0430"),
          QStringLiteral("\u041d\u0430\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u0438\u0435"),
          QStringLiteral("\u0414\u0435\u0439\u0441\u0442\u0432\u0438\u0435")}},
        {QT_TRANSLATE_NOOP("WindowsFirewallConfig", "Chinese (Simplified)"),
         {QStringLiteral("\u89c4\u5219\u540d\u79f0"), QStringLiteral("\u914d\u7f6e\u6587\u4ef6\u8bbe\u7f6e"),
          QStringLiteral("\u5df2\u542f\u7528")}},
        {QT_TRANSLATE_NOOP("WindowsFirewallConfig", "Chinese (Traditional)"),
         {QStringLiteral("\u898f\u5247\u540d\u7a31"), QStringLiteral("\u8a2d\u5b9a\u6a94\u8a2d\u5b9a"),
          QStringLiteral("\u5df2\u555f\u7528")}},
        {QT_TRANSLATE_NOOP("WindowsFirewallConfig", "Japanese"),
         {QStringLiteral("\u898f\u5247\u540d"), QStringLiteral("\u30d7\u30ed\u30d5\u30a1\u30a4\u30eb\u8a2d\u5b9a"),
          QStringLiteral("\u6709\u52b9:")}},
        {QT_TRANSLATE_NOOP("WindowsFirewallConfig", "Korean"),
         {QStringLiteral("\uaddc\uce59 \uc774\ub984"), QStringLiteral("\ud504\ub85c\ud544 \uc124\uc815")}},
        {QT_TRANSLATE_NOOP("WindowsFirewallConfig", "Dutch"),
         {QStringLiteral("Regelnaam"), QStringLiteral("Profielinstellingen")}},
        {QT_TRANSLATE_NOOP("WindowsFirewallConfig", "Polish"),
         {QStringLiteral("Nazwa regu\u0142y"), QStringLiteral("Ustawienia profilu")}},
        {QT_TRANSLATE_NOOP("WindowsFirewallConfig", "Turkish"),
         {QStringLiteral("Kural Ad\u0131"), QStringLiteral("Profil Ayarlar\u0131")}},
    };
    const Language *best = nullptr;
    int bestHits = 0;
    for (const Language &l : languages) {
        int hits = 0;
        for (const QString &m : l.markers) {
            if (text.contains(m, Qt::CaseInsensitive))
                ++hits;
        }
        if (hits > bestHits) {
            best = &l;
            bestHits = hits;
        }
    }
    if (best)
        return WindowsFirewallConfig::tr(best->name);
    // netsh's layout (a dashed line under each heading, "label:   value") in a language not listed.
    static const QRegularExpression layout(QStringLiteral("\\n-{40,}\\s*\\n[^\\n]{1,40}:?\\s{4,}\\S"));
    if (layout.match(text.toString()).hasMatch())
        return WindowsFirewallConfig::tr("a language other than English");
    return {};
}

WindowsFirewallConfig WindowsFirewallConfig::parse(const QString &text)
{
    WindowsFirewallConfig c;
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1Char('[')) || trimmed.startsWith(QLatin1Char('{'))) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError) {
            c.error = WindowsFirewallConfig::tr("the JSON does not parse (%1 at offset %2); it may be truncated")
                          .arg(error.errorString())
                          .arg(error.offset);
            return c;
        }
        parseJson(doc, c);
        return c;
    }
    // The language shows in netsh's first headings; searching a 10 MB paste for 40 labels would not.
    c.language = detectLanguage(EvidenceText::recognitionHead(text));
    if (!c.language.isEmpty())
        return c;
    parseNetsh(text, c);
    return c;
}
