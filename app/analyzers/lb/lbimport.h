#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// One value the import filled, and the provider's field it came from ("HealthCheck.HttpCode").
struct ImportedValue
{
    QString value;
    QString sourceField;
};

// A listener's health-check configuration as the provider's CLI or API printed it.
struct LbConfig
{
    QString profileId; // resources/profiles/<id>.json
    QString variantId; // empty: the profile's first
    QString api; // "DescribeLoadBalancerHTTPListenerAttribute", "DescribeListeners", ...
    bool healthCheckOn = true;
    QString healthCheckSwitchField; // the field that says on/off
    bool failsOpen = false; // every backend unhealthy: traffic goes to all of them
    // Keyed by the CLI option the value fills: listener, port, check-port, path, domain, codes,
    // source-cidr, method, http-version, interval, timeout, healthy-threshold, unhealthy-threshold,
    // check-type, send, expect.
    QMap<QString, ImportedValue> fields;
    // The provider's ids for commands that change the setting: lb, listener, listener-port,
    // target-group, healthmonitor. Missing ones appear as placeholders (LB_ID).
    QMap<QString, QString> ids;
    QStringList notes; // what the import could not fill or what a value means ("$_ip": ...)

    QString value(const QString &key) const { return fields.value(key).value; }
    bool has(const QString &key) const { return fields.contains(key); }
    QJsonObject toJson() const;
};

// One backend as the provider sees it.
struct LbBackend
{
    QString ip;
    int port = 0;
    QString id; // instance / member id, when given
    QString state; // normalized: healthy, unhealthy, initial, unused, unknown
    QString providerState; // as printed: "unhealthy", "abnormal", "OFFLINE", "Dead"
    QString reason; // provider reason code: "Target.Timeout", "CONNECT_TIMEOUT"
    QString detail; // free text: Description, ActualResponse/ExpectedResponse
    // What the reason says happened, in Finding::outcome words: timeout, refused, bad-status,
    // failed (connection or response, not said which), internal, or empty when not said.
    QString outcome;

    QString address() const; // "10.0.0.5:80"
    QJsonObject toJson() const;
};

// The backends' health as the provider reports it.
struct LbStatusReport
{
    QString profileId;
    QString api;
    QList<LbBackend> backends;
    QStringList notes;
    bool listsOnlyProblems = false; // healthy backends are left out (ALB GetListenerHealthStatus)

    const LbBackend *find(const QString &ip, int port) const; // port 0: any port
    QJsonObject toJson() const;
};

// What a paste or file held: a configuration, a status report, or an error saying why neither.
struct LbImportResult
{
    std::optional<LbConfig> config;
    std::optional<LbStatusReport> status;
    QString error; // set when both are empty
    bool ok() const { return config || status; }
};

namespace LbImport {

// The translation context of this namespace's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LbImport)
};

// Detects the provider and API by content. Text before the first '{' (a shell prompt, a
// provenance header) is ignored.
LbImportResult read(QStringView text);
// 0..100, how surely the text is a listener configuration / a backend status report.
int recognizeConfig(QStringView text);
int recognizeStatus(QStringView text);
} // namespace LbImport
