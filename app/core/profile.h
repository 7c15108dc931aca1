#pragma once

#include "localizedtext.h"
#include "result.h"
#include "shellquote.h"
#include "statuscodeset.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// How the load balancer's HTTP health check looks on the wire.
struct HttpCheck
{
    QString method = QStringLiteral("HEAD"); // what the provider sends by default
    QStringList methods{QStringLiteral("HEAD")}; // what the console lets the user choose
    QString version = QStringLiteral("1.0"); // "1.0" or "1.1"
    QString hostWhenNoDomain = QStringLiteral("ip"); // Host header without a domain: "ip", "ip:port", "none"
    StatusCodeSet healthyCodes;
    QStringList codeOptions; // "2xx", "3xx", ... selectable in the console
    QString userAgent; // empty: no User-Agent header
};

struct HealthCheckTiming
{
    int intervalSeconds = 5;
    int timeoutSeconds = 2;
    int healthyThreshold = 3;
    int unhealthyThreshold = 3;
    // The state a backend starts in before its first checks, as the provider documents it:
    // "initial" (no verdict until one threshold is reached), "healthy" or "unhealthy".
    // Empty: the profile cites no documentation, and a watch says it assumes "initial".
    QString initialState;
};

// One product line or load balancer type of a provider ("shared", "dedicated", ...).
struct ProfileVariant
{
    QString id;
    LocalizedText name;
    LocalizedText description;
    QStringList cidrs; // health-check source addresses
    LocalizedText cidrNote;
    bool cidrFromUser = false; // the user enters the source CIDR (backend subnet, VPC CIDR)
    LocalizedText cidrPrompt;
    HttpCheck http;
    HealthCheckTiming timing;
    LocalizedText tcpMethod; // "SYN, SYN-ACK, RST (half-open)"
    LocalizedText udpMethod;
    bool icmpRequired = false; // UDP: the check starts with an ICMP echo
    QString udpRequest; // custom UDP request payload (UTF-8), empty: none
    QString udpResponse; // expected response substring, empty: any
    QStringList steps; // provider-specific extra steps, e.g. "bandwidth"
    bool editable = false; // Custom: every field is the user's

    QJsonObject toJson() const;
    // This variant with the values a user can edit (CIDRs, HTTP method, version and healthy codes,
    // timing) read back from a toJson() object, e.g. a saved Custom session. Fields missing from
    // `saved` keep this variant's values; a bad value is refused with "path + field: problem".
    Result<ProfileVariant> withValuesFrom(const QJsonObject &saved, const QString &path) const;
};

// What a step checks, why it fails and how to fix it, in the provider's terms.
struct StepGuidance
{
    LocalizedText checks;
    LocalizedText why;
    LocalizedText fix;
    QHash<Shell, QStringList> commands; // templates with {cidr} {port} {checkPort} {ip} {proto} {domain} {path}
    // How to get the evidence where no command runs on the backend (the security group): the
    // provider CLI commands that list or export it (POSIX-quoted templates), and the console path.
    QStringList gather;
    LocalizedText console;

    void fillFrom(const StepGuidance &fallback); // empty fields take the fallback's
};

struct ProfileSource
{
    QString fact;
    QString reference; // seed file or public documentation title/URL
};

class Profile
{
public:
    QString id;
    LocalizedText name;
    LocalizedText provider;
    QList<ProfileSource> sources;
    QList<ProfileVariant> variants;
    QHash<QString, StepGuidance> guidance; // by step id
    QString fileName; // where it was loaded from

    const ProfileVariant *variant(const QString &variantId) const; // empty id: the first
    const StepGuidance *guidanceFor(const QString &stepId) const;

    QJsonObject toJson(const ProfileVariant *only = nullptr) const; // summary for `profiles --json`

    // Parses and validates; on error returns nullopt and sets "file: field: problem".
    static Result<Profile> fromJson(const QByteArray &json, const QString &fileName);
    // The shared guidance file (resources/data/guidance.json): {"guidance": {step: {...}}}.
    static Result<QHash<QString, StepGuidance>> guidanceFromJson(const QByteArray &json, const QString &fileName);

    Q_DECLARE_TR_FUNCTIONS(Profile)
};
