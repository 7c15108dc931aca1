#pragma once

#include "listener.h"
#include "result.h"
#include "statuscodeset.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The backend under diagnosis, validated. Build one with TargetValidator.
struct Target
{
    Listener listener = Listener::Http;
    QString host; // as entered: an IP literal or a host name
    QHostAddress address; // the backend address; null while a host name awaits resolution
    quint16 port = 0; // the backend (service) port
    quint16 checkPort = 0; // the health-check port; equals port unless the user set another
    QString domain; // Host header / SNI, ASCII (IDN already punycode); may be empty
    QString path = QStringLiteral("/");
    std::optional<StatusCodeSet> expectedCodes; // user override of the profile's healthy codes
    QString sourceCidr; // health-check CIDR entered by the user where the provider has none fixed
    QString interfaceName = QStringLiteral("eth0");
    // Set when values came from the load balancer's own configuration (issue 15): where from
    // ("aws describe-target-groups, tg.json") and, per field, {"value": ..., "from": provider field}.
    QString importedFrom;
    QJsonObject importedFields;

    bool needsResolution() const { return address.isNull(); }
    QJsonObject toJson() const;
    static Result<Target> fromJson(const QJsonObject &object);
};

// What the user typed, field by field, before validation.
struct TargetInput
{
    QString listener = QStringLiteral("http");
    QString host;
    QString port;
    QString checkPort;
    QString domain;
    QString path;
    QString codes;
    QString sourceCidr;
    QString interfaceName;
};

struct FieldError
{
    QString field; // "port", "path", ... (matches TargetInput members and CLI options)
    QString message; // for a support engineer: "port must be 1-65535, got 0"
};

struct TargetValidation
{
    Target target;
    QList<FieldError> errors;
    bool ok() const { return errors.isEmpty(); }
    QString errorFor(const QString &field) const;
    QString errorText() const; // all errors, one per line
};

namespace TargetValidator {

// The translation context of this namespace's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TargetValidator)
};

TargetValidation validate(const TargetInput &input);

// Single-field checks, shared by the wizard's inline messages and the CLI.
// Which port field a message is about: each has its own whole sentence, so a translation never
// glues a translated field name to the rest ("端口 必须").
enum class PortField { Port, CheckPort };
Result<quint16> port(const QString &text, PortField field);
Result<QString> domain(const QString &text); // returns ASCII form
Result<QString> path(const QString &text); // returns the encoded path
bool isHostName(const QString &text);
} // namespace TargetValidator
