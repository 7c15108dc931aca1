#include "target.h"

#include "addressrange.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace {

bool hasControl(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            return true;
    }
    return false;
}

QString describeControl(const QString &text)
{
    if (text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n')))
        return TargetValidator::Tr::tr("line breaks (CR/LF)");
    return TargetValidator::Tr::tr("control characters");
}

} // namespace

namespace TargetValidator {

Result<quint16> port(const QString &text, PortField field)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    const qlonglong value = trimmed.toLongLong(&ok);
    const bool check = field == PortField::CheckPort;
    if (trimmed.isEmpty()) {
        return Error{check ? TargetValidator::Tr::tr("health-check port is required (1-65535)")
                           : TargetValidator::Tr::tr("port is required (1-65535)")};
    }
    if (!ok || value < 1 || value > 65535) {
        return Error{(check ? TargetValidator::Tr::tr("health-check port must be 1-65535, got %1")
                            : TargetValidator::Tr::tr("port must be 1-65535, got %1"))
                         .arg(trimmed.left(40))};
    }
    return quint16(value);
}

bool isHostName(const QString &text)
{
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$"));
    if (text.isEmpty() || text.size() > 253)
        return false;
    QString name = text;
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    const QStringList labels = name.split(QLatin1Char('.'));
    for (const QString &l : labels) {
        if (!label.match(l).hasMatch())
            return false;
    }
    return true;
}

Result<QString> domain(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QString();
    if (hasControl(trimmed)) {
        return Error{TargetValidator::Tr::tr("domain must not contain %1").arg(describeControl(trimmed))};
    }
    if (trimmed.contains(QLatin1Char(' ')) || trimmed.contains(QLatin1Char('\t'))) {
        return Error{TargetValidator::Tr::tr("domain must not contain spaces: \"%1\"").arg(trimmed.left(80))};
    }
    if (trimmed.contains(QLatin1Char('/')) || trimmed.contains(QLatin1Char('\\'))) {
        return Error{TargetValidator::Tr::tr(
            "domain is a host name only, without scheme or path: put \"/...\" in the path field")};
    }
    if (QHostAddress(trimmed).protocol() != QAbstractSocket::UnknownNetworkLayerProtocol)
        return trimmed; // an IP literal is a valid Host header
    const QString ascii = QString::fromLatin1(QUrl::toAce(trimmed));
    if (ascii.isEmpty() || !isHostName(ascii)) {
        return Error{TargetValidator::Tr::tr("\"%1\" is not a valid domain name").arg(trimmed.left(80))};
    }
    return ascii.toLower();
}

Result<QString> path(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("/");
    if (hasControl(text)) {
        return Error{TargetValidator::Tr::tr("path must not contain %1: they would split the HTTP request")
                         .arg(describeControl(text))};
    }
    if (!trimmed.startsWith(QLatin1Char('/'))) {
        return Error{TargetValidator::Tr::tr("path must start with \"/\", got \"%1\"").arg(trimmed.left(80))};
    }
    // Spaces and non-ASCII would break the request line; encode them as a browser would.
    QString encoded;
    const QByteArray utf8 = trimmed.toUtf8();
    for (char byte : utf8) {
        const auto c = static_cast<unsigned char>(byte);
        if (c <= 0x20 || c >= 0x7F || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`' || c == '{'
            || c == '|' || c == '}')
            encoded += QStringLiteral("%%1").arg(c, 2, 16, QLatin1Char('0')).toUpper();
        else
            encoded += QLatin1Char(char(c));
    }
    return encoded;
}

TargetValidation validate(const TargetInput &input)
{
    TargetValidation result;
    Target &t = result.target;
    auto addError = [&result](const QString &field, const QString &message) { result.errors.append({field, message}); };

    if (const auto l = listenerFromId(input.listener.trimmed()))
        t.listener = *l;
    else
        addError(QStringLiteral("listener"),
                 TargetValidator::Tr::tr("listener must be tcp, udp, http or https, got \"%1\"")
                     .arg(input.listener.left(40)));

    const QString host = input.host.trimmed();
    QString hostLiteral = host;
    if (hostLiteral.startsWith(QLatin1Char('[')) && hostLiteral.endsWith(QLatin1Char(']')))
        hostLiteral = hostLiteral.mid(1, hostLiteral.size() - 2);
    t.host = hostLiteral;
    if (host.isEmpty()) {
        addError(QStringLiteral("host"), TargetValidator::Tr::tr("backend IP is required"));
    } else if (host.contains(QStringLiteral("://"))) {
        addError(
            QStringLiteral("host"),
            TargetValidator::Tr::tr(
                "backend IP is an address, not a URL: put only the address here, the port and path in their own fields"));
    } else if (const auto range = AddressRange::parse(hostLiteral);
               range && range->size() == 1 && !hostLiteral.contains(QLatin1Char('/'))) {
        t.address = range->firstAddress();
    } else if (hostLiteral.contains(QLatin1Char('/'))) {
        addError(QStringLiteral("host"),
                 TargetValidator::Tr::tr("backend IP is one address, not a range: \"%1\"").arg(host.left(80)));
    } else if (hasControl(host) || host.contains(QLatin1Char(' '))) {
        addError(QStringLiteral("host"),
                 TargetValidator::Tr::tr("backend IP must not contain spaces or %1").arg(describeControl(host)));
    } else {
        const QString ascii = QString::fromLatin1(QUrl::toAce(host));
        bool allDigitsAndDots = !host.isEmpty();
        for (QChar c : host)
            allDigitsAndDots = allDigitsAndDots && (c.isDigit() || c == QLatin1Char('.'));
        if (allDigitsAndDots || ascii.isEmpty() || !isHostName(ascii))
            addError(
                QStringLiteral("host"),
                TargetValidator::Tr::tr("\"%1\" is neither an IPv4/IPv6 address nor a host name").arg(host.left(80)));
        else
            t.host = ascii.toLower(); // resolved later; the address is shown to the user
    }

    if (const auto p = port(input.port, PortField::Port))
        t.port = *p;
    else
        addError(QStringLiteral("port"), p.error());

    if (input.checkPort.trimmed().isEmpty())
        t.checkPort = t.port;
    else if (const auto p = port(input.checkPort, PortField::CheckPort))
        t.checkPort = *p;
    else
        addError(QStringLiteral("checkPort"), p.error());

    if (const auto d = domain(input.domain))
        t.domain = *d;
    else
        addError(QStringLiteral("domain"), d.error());

    if (const auto p = path(input.path))
        t.path = *p;
    else
        addError(QStringLiteral("path"), p.error());

    if (!input.codes.trimmed().isEmpty()) {
        if (const auto codes = StatusCodeSet::parse(input.codes))
            t.expectedCodes = *codes;
        else
            addError(QStringLiteral("codes"), codes.error());
    }

    if (!input.sourceCidr.trimmed().isEmpty()) {
        const auto set = RangeSet::parseCidrs(input.sourceCidr.split(QLatin1Char(','), Qt::SkipEmptyParts));
        if (!set || set->isEmpty())
            addError(QStringLiteral("sourceCidr"),
                     TargetValidator::Tr::tr("health-check source CIDR: %1").arg(set.error()));
        else
            t.sourceCidr = set->toCidrs().join(QLatin1Char(','));
    }

    const QString iface = input.interfaceName.trimmed();
    if (!iface.isEmpty()) {
        static const QRegularExpression ifacePattern(QStringLiteral("^[A-Za-z0-9_.:@+-]{1,15}$"));
        if (ifacePattern.match(iface).hasMatch())
            t.interfaceName = iface;
        else
            addError(QStringLiteral("interfaceName"),
                     TargetValidator::Tr::tr("\"%1\" is not an interface name (up to 15 letters, digits, . _ - :)")
                         .arg(iface.left(40)));
    }
    return result;
}

} // namespace TargetValidator

QString TargetValidation::errorFor(const QString &field) const
{
    for (const FieldError &e : errors) {
        if (e.field == field)
            return e.message;
    }
    return {};
}

QString TargetValidation::errorText() const
{
    QStringList lines;
    for (const FieldError &e : errors)
        lines << e.message;
    return lines.join(QLatin1Char('\n'));
}

QJsonObject Target::toJson() const
{
    QJsonObject o{
        {QStringLiteral("listener"), listenerId(listener)},
        {QStringLiteral("host"), host},
        {QStringLiteral("ip"), address.isNull() ? QString() : address.toString()},
        {QStringLiteral("port"), int(port)},
        {QStringLiteral("checkPort"), int(checkPort)},
        {QStringLiteral("domain"), domain},
        {QStringLiteral("path"), path},
        {QStringLiteral("interface"), interfaceName},
    };
    if (expectedCodes)
        o.insert(QStringLiteral("codes"), expectedCodes->toString());
    if (!sourceCidr.isEmpty())
        o.insert(QStringLiteral("sourceCidr"), sourceCidr);
    if (!importedFrom.isEmpty()) {
        o.insert(QStringLiteral("importedFrom"), importedFrom);
        o.insert(QStringLiteral("imported"), importedFields);
    }
    return o;
}

Result<Target> Target::fromJson(const QJsonObject &object)
{
    TargetInput input;
    input.listener = object.value(QStringLiteral("listener")).toString();
    const QString ip = object.value(QStringLiteral("ip")).toString();
    input.host = ip.isEmpty() ? object.value(QStringLiteral("host")).toString() : ip;
    input.port = QString::number(object.value(QStringLiteral("port")).toInt());
    input.checkPort = QString::number(object.value(QStringLiteral("checkPort")).toInt());
    input.domain = object.value(QStringLiteral("domain")).toString();
    input.path = object.value(QStringLiteral("path")).toString();
    input.codes = object.value(QStringLiteral("codes")).toString();
    input.sourceCidr = object.value(QStringLiteral("sourceCidr")).toString();
    input.interfaceName = object.value(QStringLiteral("interface")).toString();
    TargetValidation v = TargetValidator::validate(input);
    if (!v.ok())
        return Error{v.errorText()};
    const QString host = object.value(QStringLiteral("host")).toString();
    if (!host.isEmpty())
        v.target.host = host;
    v.target.importedFrom = object.value(QStringLiteral("importedFrom")).toString();
    v.target.importedFields = object.value(QStringLiteral("imported")).toObject();
    return v.target;
}
