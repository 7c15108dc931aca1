#include "nftablestext.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

#include <functional>

namespace {

struct Tok
{
    QString text;
    bool quoted = false;
    bool end = false; // newline or ';': ends a statement
    qsizetype offset = 0;
    qsizetype length = 0;
};

bool isPunct(QChar c)
{
    return c == QLatin1Char('{') || c == QLatin1Char('}') || c == QLatin1Char(',') || c == QLatin1Char(';');
}

QList<Tok> tokenize(QStringView text)
{
    QList<Tok> out;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (c == QLatin1Char('\n') || c == QLatin1Char(';')) {
            if (!out.isEmpty() && !out.last().end)
                out.append(Tok{QString(), false, true, i, 1});
            ++i;
        } else if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('#')) {
            while (i < n && text[i] != QLatin1Char('\n'))
                ++i;
        } else if (isPunct(c)) {
            out.append(Tok{QString(c), false, false, i, 1});
            ++i;
        } else if (c == QLatin1Char('"')) {
            const qsizetype start = i++;
            QString s;
            while (i < n && text[i] != QLatin1Char('"') && text[i] != QLatin1Char('\n')) {
                if (text[i] == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                s += text[i++];
            }
            ++i;
            out.append(Tok{s, true, false, start, i - start});
        } else {
            const qsizetype start = i;
            while (i < n && !text[i].isSpace() && !isPunct(text[i]) && text[i] != QLatin1Char('"'))
                ++i;
            out.append(Tok{text.mid(start, i - start).toString(), false, false, start, i - start});
        }
    }
    return out;
}

bool isVerdictWord(const QString &w)
{
    static const char *const words[] = {"accept", "drop", "reject", "return", "jump", "goto", "queue", "continue"};
    for (const char *v : words) {
        if (w == QLatin1StringView(v))
            return true;
    }
    return false;
}

bool isOp(const QString &w)
{
    static const char *const ops[] = {"==", "!=", "<", ">", "<=", ">=", "eq", "ne", "lt", "gt", "le", "ge"};
    for (const char *o : ops) {
        if (w == QLatin1StringView(o))
            return true;
    }
    return false;
}

QString normalOp(const QString &w)
{
    static const std::pair<const char *, const char *> words[] = {{"eq", "=="}, {"ne", "!="}, {"lt", "<"},
                                                                  {"gt", ">"},  {"le", "<="}, {"ge", ">="}};
    for (const auto &[a, b] : words) {
        if (w == QLatin1StringView(a))
            return QLatin1StringView(b);
    }
    return w;
}

QJsonValue scalar(const Tok &t)
{
    bool ok = false;
    const int v = t.text.toInt(&ok);
    if (ok && !t.quoted && v >= 0)
        return v;
    return t.text;
}

class Parser
{
public:
    explicit Parser(QStringView text) : m_text(text), t(tokenize(text)) { }

    Result<QJsonArray> run()
    {
        while (i < t.size()) {
            if (t[i].end) {
                ++i;
                continue;
            }
            if (word() == QLatin1String("table")) {
                ++i;
                table();
            } else {
                skipStatement();
            }
        }
        if (!m_sawTable)
            return Error{NftablesText::Tr::tr("no \"table\" block found")};
        return out;
    }

private:
    QStringView m_text;
    QList<Tok> t;
    qsizetype i = 0;
    QJsonArray out;
    QString family;
    QString tableName;
    bool m_sawTable = false;
    // Objects that repeat on every rule ({"payload": ...}, {"counter": null}, {"drop": null}),
    // built once: building QJson objects was most of the time of a long ruleset.
    QHash<QString, QJsonObject> m_shared;

    const QJsonObject &shared(const QString &key, const std::function<QJsonObject()> &make)
    {
        auto it = m_shared.constFind(key);
        if (it == m_shared.constEnd())
            it = m_shared.insert(key, make());
        return *it;
    }
    const QJsonObject &bare(const QString &name)
    {
        return shared(QLatin1Char('!') + name, [&] { return QJsonObject{{name, QJsonValue()}}; });
    }

    QString word(qsizetype k = 0) const { return i + k < t.size() && !t[i + k].end ? t[i + k].text : QString(); }
    bool at(const char *w, qsizetype k = 0) const
    {
        return i + k < t.size() && !t[i + k].end && !t[i + k].quoted && t[i + k].text == QLatin1StringView(w);
    }
    bool atEnd() const { return i >= t.size() || t[i].end; }

    void skipStatement()
    {
        int depth = 0;
        while (i < t.size()) {
            if (at("{"))
                ++depth;
            else if (at("}"))
                --depth;
            else if (t[i].end && depth <= 0)
                break;
            ++i;
            if (depth < 0)
                break;
        }
    }
    void skipBlock()
    {
        // at "{": skips to after the matching "}".
        int depth = 0;
        while (i < t.size()) {
            if (at("{"))
                ++depth;
            else if (at("}") && --depth == 0) {
                ++i;
                return;
            }
            ++i;
        }
    }

    void table()
    {
        static const char *const families[] = {"ip", "ip6", "inet", "arp", "bridge", "netdev"};
        family = QStringLiteral("ip");
        for (const char *f : families) {
            if (at(f) && !at("{", 1)) {
                family = QLatin1StringView(f);
                ++i;
            }
        }
        tableName = word();
        ++i;
        if (!at("{"))
            return skipStatement();
        ++i;
        m_sawTable = true;
        out.append(QJsonObject{{QStringLiteral("table"),
                                QJsonObject{{QStringLiteral("family"), family}, {QStringLiteral("name"), tableName}}}});
        while (i < t.size() && !at("}")) {
            if (t[i].end) {
                ++i;
            } else if ((at("chain") || at("set") || at("map")) && at("{", 2)) {
                const QString kind = word();
                const QString name = word(1);
                i += 3;
                if (kind == QLatin1String("chain"))
                    chain(name);
                else
                    set(name, kind == QLatin1String("map"));
            } else if (at("{", 1) || at("{", 2) || at("{", 3)) {
                // counter, quota, ct helper, flowtable objects: not needed
                while (!at("{"))
                    ++i;
                skipBlock();
            } else {
                skipStatement();
            }
        }
        if (i >= t.size())
            out.append(QJsonObject{{QStringLiteral("truncated"),
                                    NftablesText::Tr::tr("table %1 %2 is not closed").arg(family, tableName)}});
        ++i;
    }

    void set(const QString &name, bool isMap)
    {
        QJsonObject s{
            {QStringLiteral("family"), family}, {QStringLiteral("table"), tableName}, {QStringLiteral("name"), name}};
        QJsonArray elements;
        bool concatenated = false;
        while (i < t.size() && !at("}")) {
            if (at("type") || at("typeof")) {
                ++i;
                s.insert(QStringLiteral("type"), word());
                while (!atEnd()) {
                    concatenated = concatenated || at(".") || at(":");
                    ++i;
                }
            } else if (at("elements") && at("=", 1) && at("{", 2)) {
                i += 3;
                bool first = true;
                while (i < t.size() && !at("}")) {
                    if (t[i].end || at(",")) {
                        first = at(",") || first;
                        ++i;
                        continue;
                    }
                    // "elem timeout 1h expires 59m" keeps the first word only.
                    if (first)
                        elements.append(scalar(t[i]));
                    first = false;
                    ++i;
                }
                ++i;
            } else if (t[i].end) {
                ++i;
            } else {
                skipStatement();
            }
        }
        ++i;
        if (concatenated || isMap)
            s.remove(QStringLiteral("type"));
        s.insert(QStringLiteral("elem"), elements);
        out.append(QJsonObject{{isMap ? QStringLiteral("map") : QStringLiteral("set"), s}});
    }

    void chain(const QString &name)
    {
        QJsonObject c{
            {QStringLiteral("family"), family}, {QStringLiteral("table"), tableName}, {QStringLiteral("name"), name}};
        QList<QJsonObject> rules;
        while (i < t.size() && !at("}")) {
            if (t[i].end) {
                ++i;
            } else if (at("type") && at("hook", 2)) {
                c.insert(QStringLiteral("type"), word(1));
                c.insert(QStringLiteral("hook"), word(3));
                i += 4;
                if (at("device")) {
                    c.insert(QStringLiteral("dev"), word(1));
                    i += 2;
                }
                if (at("priority")) {
                    ++i;
                    QStringList parts;
                    while (!atEnd() && !at("}"))
                        parts << t[i++].text;
                    bool ok = false;
                    const int v = parts.join(QString()).toInt(&ok);
                    c.insert(QStringLiteral("prio"), ok ? QJsonValue(v) : QJsonValue(parts.join(QLatin1Char(' '))));
                }
            } else if (at("policy")) {
                c.insert(QStringLiteral("policy"), word(1));
                i += 2;
            } else if (at("comment") || at("devices")) {
                skipStatement();
            } else {
                rules << rule(name);
            }
        }
        ++i;
        out.append(QJsonObject{{QStringLiteral("chain"), c}});
        for (const QJsonObject &r : std::as_const(rules))
            out.append(QJsonObject{{QStringLiteral("rule"), r}});
    }

    // One value: a word, a "{ set }", or a comma list ("established,related").
    QJsonValue value()
    {
        if (at("{")) {
            ++i;
            QJsonArray items;
            while (i < t.size() && !at("}")) {
                if (!t[i].end && !at(","))
                    items.append(scalar(t[i]));
                ++i;
            }
            ++i;
            return QJsonObject{{QStringLiteral("set"), items}};
        }
        if (atEnd())
            return QJsonValue();
        QJsonArray list{scalar(t[i++])};
        while (at(",") && !atEnd() && i + 1 < t.size() && !t[i + 1].end) {
            list.append(scalar(t[i + 1]));
            i += 2;
        }
        return list.size() == 1 ? list.at(0) : QJsonValue(list);
    }

    bool relation(const QJsonObject &left, QJsonArray *expr, const QString &defaultOp = QStringLiteral("=="))
    {
        if (at("vmap"))
            return false;
        QString op = defaultOp;
        if (isOp(word())) {
            op = normalOp(word());
            ++i;
        }
        const QJsonValue right = value();
        if (right.isNull())
            return false;
        expr->append(QJsonObject{{QStringLiteral("match"),
                                  QJsonObject{{QStringLiteral("op"), op},
                                              {QStringLiteral("left"), left},
                                              {QStringLiteral("right"), right}}}});
        return true;
    }

    QJsonArray flagList(const QString &text)
    {
        QJsonArray a;
        QString s = text;
        s.remove(QLatin1Char('(')).remove(QLatin1Char(')'));
        for (const QString &f : s.split(QLatin1Char('|'), Qt::SkipEmptyParts))
            a.append(f);
        return a;
    }

    bool tcpFlags(QJsonArray *expr)
    {
        const QJsonObject payload{{QStringLiteral("payload"),
                                   QJsonObject{{QStringLiteral("protocol"), QStringLiteral("tcp")},
                                               {QStringLiteral("field"), QStringLiteral("flags")}}}};
        if (at("&")) {
            ++i;
            const QJsonArray mask = flagList(word());
            ++i;
            return relation(QJsonObject{{QStringLiteral("&"), QJsonArray{payload, mask}}}, expr);
        }
        QString op = QStringLiteral("in");
        if (isOp(word())) {
            op = normalOp(word());
            ++i;
        }
        QJsonValue right = value();
        if (right.isNull())
            return false;
        if (at("/")) {
            ++i;
            const QJsonValue mask = value();
            expr->append(QJsonObject{
                {QStringLiteral("match"),
                 QJsonObject{{QStringLiteral("op"), op == QLatin1String("in") ? QStringLiteral("==") : op},
                             {QStringLiteral("left"), QJsonObject{{QStringLiteral("&"), QJsonArray{payload, mask}}}},
                             {QStringLiteral("right"), right}}}});
            return true;
        }
        expr->append(QJsonObject{{QStringLiteral("match"),
                                  QJsonObject{{QStringLiteral("op"), op},
                                              {QStringLiteral("left"), payload},
                                              {QStringLiteral("right"), right}}}});
        return true;
    }

    void skipOptions(std::initializer_list<const char *> withValue, std::initializer_list<const char *> flags = {})
    {
        bool more = true;
        while (more && !atEnd()) {
            more = false;
            for (const char *w : withValue) {
                if (at(w)) {
                    i += 2;
                    while (at(",") || at("/")) // "flags tcp,ip", "3/second"
                        i += 2;
                    more = true;
                }
            }
            for (const char *w : flags) {
                if (at(w)) {
                    ++i;
                    more = true;
                }
            }
        }
    }

    // One element of a rule; false when the words are not understood.
    bool element(QJsonArray *expr, bool *verdictUnknown)
    {
        const QString w = word();
        const auto payload = [this](const QString &proto, const QString &field) {
            return shared(proto + QLatin1Char(' ') + field, [&] {
                return QJsonObject{
                    {QStringLiteral("payload"),
                     QJsonObject{{QStringLiteral("protocol"), proto}, {QStringLiteral("field"), field}}}};
            });
        };
        static const char *const l4[] = {"tcp", "udp", "th", "sctp", "dccp", "udplite"};
        static const char *const metaKeys[] = {"iifname", "iif",     "oifname", "oif",   "mark", "l4proto",
                                               "nfproto", "pkttype", "iiftype", "skuid", "skgid"};
        if (w == QLatin1String("ip") || w == QLatin1String("ip6") || w == QLatin1String("icmp")
            || w == QLatin1String("icmpv6")) {
            const QString field = word(1);
            i += 2;
            return relation(payload(w, field), expr);
        }
        for (const char *p : l4) {
            if (w == QLatin1StringView(p)) {
                const QString field = word(1);
                i += 2;
                if (w == QLatin1String("tcp") && field == QLatin1String("flags"))
                    return tcpFlags(expr);
                return relation(payload(w, field), expr);
            }
        }
        if (w == QLatin1String("meta") || w == QLatin1String("ct")) {
            const QString key = word(1);
            i += 2;
            if (at("set")) {
                i += 2;
                expr->append(QJsonObject{{QStringLiteral("mangle"), QJsonValue()}});
                return true;
            }
            return relation(QJsonObject{{w, QJsonObject{{QStringLiteral("key"), key}}}}, expr,
                            w == QLatin1String("ct") ? QStringLiteral("in") : QStringLiteral("=="));
        }
        for (const char *k : metaKeys) {
            if (w == QLatin1StringView(k)) {
                ++i;
                if (at("set")) {
                    i += 2;
                    expr->append(QJsonObject{{QStringLiteral("mangle"), QJsonValue()}});
                    return true;
                }
                return relation(QJsonObject{{QStringLiteral("meta"), QJsonObject{{QStringLiteral("key"), w}}}}, expr);
            }
        }
        if (w == QLatin1String("fib")) {
            ++i;
            QJsonArray flags;
            while (!atEnd() && !at("type") && !at("oif") && !at("oifname")) {
                if (!at("."))
                    flags.append(word());
                ++i;
            }
            const QString result = word();
            ++i;
            return relation(
                QJsonObject{{QStringLiteral("fib"),
                             QJsonObject{{QStringLiteral("result"), result}, {QStringLiteral("flags"), flags}}}},
                expr);
        }
        if (w == QLatin1String("counter")) {
            ++i;
            skipOptions({"packets", "bytes"});
            expr->append(bare(QStringLiteral("counter")));
            return true;
        }
        if (w == QLatin1String("log")) {
            ++i;
            skipOptions({"prefix", "level", "flags", "group", "snaplen", "queue-threshold"});
            expr->append(QJsonObject{{QStringLiteral("log"), QJsonValue()}});
            return true;
        }
        if (w == QLatin1String("limit")) {
            ++i;
            skipOptions({"rate", "burst"}, {"over", "packets", "bytes"});
            expr->append(QJsonObject{{QStringLiteral("limit"), QJsonValue()}});
            return true;
        }
        if (w == QLatin1String("comment")) {
            i += 2;
            return true;
        }
        if (w == QLatin1String("reject")) {
            ++i;
            if (at("with")) {
                i += 2;
                while (!atEnd() && !at("comment"))
                    ++i;
            }
            expr->append(QJsonObject{{w, QJsonValue()}});
            return true;
        }
        if (w == QLatin1String("jump") || w == QLatin1String("goto")) {
            expr->append(QJsonObject{{w, QJsonObject{{QStringLiteral("target"), word(1)}}}});
            i += 2;
            return true;
        }
        if (w == QLatin1String("accept") || w == QLatin1String("drop") || w == QLatin1String("return")
            || w == QLatin1String("continue") || w == QLatin1String("notrack")) {
            expr->append(bare(w));
            ++i;
            return true;
        }
        if (w == QLatin1String("queue") || w == QLatin1String("dnat") || w == QLatin1String("snat")
            || w == QLatin1String("masquerade") || w == QLatin1String("redirect") || w == QLatin1String("tproxy")
            || w == QLatin1String("fwd") || w == QLatin1String("synproxy")) {
            *verdictUnknown = true;
            expr->append(QJsonObject{{w, QJsonValue()}});
            skipStatement();
            return true;
        }
        return false;
    }

    QJsonObject rule(const QString &chainName)
    {
        const qsizetype first = i;
        QJsonArray expr;
        QJsonArray unknown;
        bool verdictUnknown = false;
        while (!atEnd() && !at("}")) {
            const qsizetype before = i;
            const bool understood = element(&expr, &verdictUnknown);
            // element() skips words in twos and threes; a cut-off listing can end mid-way.
            i = std::min(i, t.size());
            if (!understood || i == before) {
                // Not understood: keep a verdict written after it, if any, and say what was skipped.
                i = std::max(i, before);
                const qsizetype from = std::min(i, t.size() - 1);
                QString verdict;
                QString target;
                int depth = 0;
                while (i < t.size() && !(t[i].end && depth == 0)) {
                    if (at("{")) {
                        ++depth;
                    } else if (at("}")) {
                        if (depth == 0)
                            break;
                        --depth;
                    } else if (at("vmap")) {
                        verdictUnknown = true;
                    } else if (depth == 0 && isVerdictWord(word()) && !t[i].quoted) {
                        verdict = word();
                        target = word(1);
                    }
                    ++i;
                }
                unknown.append(NftablesText::Tr::tr("nft syntax not understood: %1")
                                   .arg(m_text
                                            .mid(t[from].offset,
                                                 t[std::max(from, i - 1)].offset + t[std::max(from, i - 1)].length
                                                     - t[from].offset)
                                            .toString()
                                            .left(120)));
                if (!verdictUnknown && (verdict == QLatin1String("jump") || verdict == QLatin1String("goto")))
                    expr.append(QJsonObject{{verdict, QJsonObject{{QStringLiteral("target"), target}}}});
                else if (!verdictUnknown && !verdict.isEmpty() && verdict != QLatin1String("queue"))
                    expr.append(QJsonObject{{verdict, QJsonValue()}});
                else
                    verdictUnknown = true;
                break;
            }
        }
        const qsizetype last = std::min(std::max(first, i - 1), t.size() - 1);
        QJsonObject r{
            {QStringLiteral("family"), family},
            {QStringLiteral("table"), tableName},
            {QStringLiteral("chain"), chainName},
            {QStringLiteral("expr"), expr},
            {QStringLiteral("text"),
             m_text.mid(t[first].offset, t[last].offset + t[last].length - t[first].offset).toString().simplified()}};
        if (!unknown.isEmpty())
            r.insert(QStringLiteral("unknown"), unknown);
        if (verdictUnknown)
            r.insert(QStringLiteral("unknownVerdict"), true);
        return r;
    }
};

} // namespace

namespace NftablesText {

Result<QJsonArray> toJson(QStringView text)
{
    Parser p(text);
    return p.run();
}

int recognize(QStringView text)
{
    const QStringView head = text.left(64 * 1024);
    int score = 0;
    if (head.startsWith(QLatin1String("table ")) || head.contains(QLatin1String("\ntable ")))
        score += 40;
    if (head.contains(QLatin1String("chain ")) && head.contains(QLatin1String(" {")))
        score += 20;
    if (head.contains(QLatin1String("hook input")) || head.contains(QLatin1String("hook prerouting"))
        || head.contains(QLatin1String("hook forward")) || head.contains(QLatin1String("hook output")))
        score += 30;
    if (head.contains(QLatin1String("policy ")))
        score += 5;
    return std::min(score, 95);
}

} // namespace NftablesText
