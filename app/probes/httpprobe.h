#pragma once

#include "httpexchange.h"
#include "core/result.h"

#include "networkprobe.h"

#include <QList>

class TargetResolver;

// The load balancer's HTTP(S) health check, byte for byte: the variant's method, path, HTTP version
// and Host header (the domain, or what the provider sends without one), over TCP or TLS with SNI.
// Judges the status code by the healthy codes, the timing by the health-check timeout, and when
// HEAD fails but GET works (or the reverse) says so. The exact request and response are the raw output.
class HttpProbe : public NetworkProbe
{
    Q_OBJECT
public:
    explicit HttpProbe(QObject *parent = nullptr);
    ~HttpProbe() override;
    void start(const Step &step, const RunContext &context) override;

    // The request the load balancer would send; empty with *error set when a field would break the
    // request line or a header (CR, LF or another control character never reaches the wire).
    static Result<QByteArray> buildRequest(const RunContext &context, const QString &method,
                                           const QHostAddress &address);
    // The Host header value for this context, or empty when the provider sends none.
    static QString hostHeader(const RunContext &context, const QHostAddress &address);

private:
    struct Attempt
    {
        QString method;
        HttpExchange::Result result;
        HttpResponseParser response;
    };
    void runAttempt(const QString &method);
    void onAttemptFinished();
    bool wantsOtherMethod(const Attempt &attempt) const;
    QString otherMethod(const QString &method) const;
    bool healthy(const Attempt &attempt) const;
    QString reproduceCommand(const QString &method) const;
    Finding judge() const;
    void describeFailure(const Attempt &a, Finding &f) const;
    void addCertificate(const Attempt &a, Finding &f) const;
    QString line(const Attempt &a) const;
    QString raw(const Attempt &a) const;
    void releaseWork() override;

    RunContext m_context;
    QString m_stepId;
    QHostAddress m_address;
    TargetResolver *m_resolver = nullptr;
    HttpExchange *m_exchange = nullptr;
    QList<Attempt> m_attempts;
};
