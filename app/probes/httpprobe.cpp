#include "httpprobe.h"

#include "probeguidance.h"
#include "targetresolver.h"

#include "core/shellquote.h"

#include <QSslSocket>
#include <QTimer>

LBDOCTOR_REGISTER_PROBE("http", HttpProbe)

namespace {

// Anything below a space (CR, LF, NUL, ...) or DEL would end or split a request line or header.
bool hasControl(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

QString bracketed(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
        : address.toString();
}

} // namespace

HttpProbe::HttpProbe(QObject *parent)
    : NetworkProbe(parent),
      m_resolver(new TargetResolver(this)),
      m_exchange(new HttpExchange(this))
{
    connect(m_exchange, &HttpExchange::finished, this, &HttpProbe::onAttemptFinished);
    connect(m_resolver, &TargetResolver::resolved, this, [this](const QHostAddress &address) {
        m_address = address;
        runAttempt(m_context.variant.http.method.toUpper());
    });
    connect(m_resolver, &TargetResolver::failed, this, [this](const QString &message) {
        Finding f = Finding::make(m_stepId, Status::Fail, tr("the backend name does not resolve: %1").arg(message));
        f.fix = tr("Check the host name, or enter the backend's IP address.");
        f.outcome = FindingOutcome::Resolve;
        report(f);
    });
}

HttpProbe::~HttpProbe()
{
    stop();
}

QString HttpProbe::hostHeader(const RunContext &context, const QHostAddress &address)
{
    if (!context.target.domain.isEmpty())
        return context.target.domain;
    const QString mode = context.variant.http.hostWhenNoDomain;
    const QString ip = address.isNull() ? context.target.host : bracketed(address);
    if (mode == QStringLiteral("none"))
        return {};
    if (mode == QStringLiteral("ip:port"))
        return ip + QLatin1Char(':') + QString::number(context.target.checkPort);
    return ip;
}

Result<QByteArray> HttpProbe::buildRequest(const RunContext &context, const QString &method,
                                           const QHostAddress &address)
{
    const QString path = context.target.path.isEmpty() ? QStringLiteral("/") : context.target.path;
    const QString host = hostHeader(context, address);
    const QString agent = context.variant.http.userAgent;
    const auto refuse = [](const QString &what) {
        return Error{
            tr("refused to send the request: the %1 contains a line break or another control character, which would split the request")
                .arg(what)};
    };
    if (method.isEmpty() || hasControl(method) || method.contains(QLatin1Char(' ')))
        return refuse(tr("method"));
    if (hasControl(path) || path.contains(QLatin1Char(' ')) || !isAscii(path))
        return refuse(tr("path"));
    if (hasControl(host) || !isAscii(host))
        return refuse(tr("Host header (domain)"));
    if (hasControl(agent))
        return refuse(tr("User-Agent"));
    const QString version =
        context.variant.http.version.isEmpty() ? QStringLiteral("1.0") : context.variant.http.version;
    QByteArray request = method.toLatin1() + ' ' + path.toLatin1() + " HTTP/" + version.toLatin1() + "\r\n";
    if (!host.isEmpty())
        request += "Host: " + host.toLatin1() + "\r\n";
    if (!agent.isEmpty())
        request += "User-Agent: " + agent.toUtf8() + "\r\n";
    // HTTP/1.1 checks close after one response (ELB and GFE send this too); 1.0 closes by default.
    if (version != QStringLiteral("1.0"))
        request += "Connection: close\r\n";
    request += "\r\n";
    return request;
}

void HttpProbe::start(const Step &step, const RunContext &context)
{
    stop();
    m_stepId = step.id;
    m_context = context;
    m_attempts.clear();
    begin();
    if (context.target.listener == Listener::Https && !QSslSocket::supportsSsl()) {
        Finding f =
            Finding::make(m_stepId, Status::Unknown,
                          tr("unknown, because TLS is not available on this machine: Qt found no OpenSSL library (%1)")
                              .arg(QSslSocket::sslLibraryBuildVersionString()));
        f.fix = tr(
            "Install OpenSSL 3 (Debian: apt install libssl3; Windows: the installer ships it), then run the check again.");
        QTimer::singleShot(0, this, [this, f] { report(f); });
        return;
    }
    if (const auto request = buildRequest(context, context.variant.http.method.toUpper(), context.target.address);
        !request) {
        Finding f = Finding::make(m_stepId, Status::Unknown, tr("unknown, because %1").arg(request.error()));
        QTimer::singleShot(0, this, [this, f] { report(f); });
        return;
    }
    m_resolver->resolve(context.target);
}

void HttpProbe::runAttempt(const QString &method)
{
    // start() refused what cannot be sent, so only the address differs here.
    const QByteArray request = buildRequest(m_context, method, m_address).valueOr(QByteArray());
    Attempt attempt;
    attempt.method = method;
    m_attempts << attempt;
    const bool tls = m_context.target.listener == Listener::Https;
    emit output(HttpResponseParser::printable(request));
    m_exchange->start(m_address, m_context.target.checkPort, tls, m_context.target.domain, request,
                      method == QStringLiteral("HEAD"), m_context.timeoutMs);
}

void HttpProbe::onAttemptFinished()
{
    if (!isActive() || m_attempts.isEmpty())
        return;
    Attempt &attempt = m_attempts.last();
    attempt.result = m_exchange->result();
    attempt.response = m_exchange->parser();
    emit output(HttpResponseParser::printable(attempt.result.response));
    if (m_attempts.size() == 1 && wantsOtherMethod(attempt)) {
        const QString other = otherMethod(attempt.method);
        QTimer::singleShot(0, this, [this, other] {
            if (isActive())
                runAttempt(other);
        });
        return;
    }
    report(judge());
}

QString HttpProbe::otherMethod(const QString &method) const
{
    if (method == QStringLiteral("HEAD"))
        return QStringLiteral("GET");
    if (method == QStringLiteral("GET"))
        return QStringLiteral("HEAD");
    return {};
}

bool HttpProbe::wantsOtherMethod(const Attempt &a) const
{
    if (otherMethod(a.method).isEmpty())
        return false;
    // Only when the server answered fast enough for a second try to fit; a silent server gets one
    // timeout, not two.
    if (a.result.outcome == HttpExchange::Outcome::Response)
        return !healthy(a);
    return a.result.outcome == HttpExchange::Outcome::Closed && a.result.responseBytes == 0;
}

bool HttpProbe::healthy(const Attempt &a) const
{
    return a.result.outcome == HttpExchange::Outcome::Response
        && m_context.healthyCodes().contains(a.response.statusCode());
}

QString HttpProbe::line(const Attempt &a) const
{
    const QString request = QStringLiteral("%1 %2").arg(a.method, m_context.target.path);
    if (a.result.outcome != HttpExchange::Outcome::Response)
        return request;
    QString text = tr("%1 returned %2 %3").arg(request).arg(a.response.statusCode()).arg(a.response.reason()).trimmed();
    const QByteArray location = a.response.header("Location");
    if (a.response.statusCode() >= 300 && a.response.statusCode() < 400 && !location.isEmpty())
        text += tr(" (redirects to %1)").arg(HttpResponseParser::printable(location, 200));
    return text;
}

QString HttpProbe::raw(const Attempt &a) const
{
    QString out = tr("--- request: %1 bytes to %2:%3%4 ---\n")
                      .arg(a.result.request.size())
                      .arg(bracketed(m_address))
                      .arg(m_context.target.checkPort)
                      .arg(a.result.tls ? tr(" over TLS") : QString());
    out += HttpResponseParser::printable(a.result.request);
    if (a.result.firstByteMs < 0) {
        out += tr("--- no response bytes ---\n");
        return out;
    }
    out += tr("--- response: %1 bytes, first byte after %2 ms ---\n")
               .arg(a.result.responseBytes)
               .arg(a.result.firstByteMs);
    out += HttpResponseParser::printable(a.result.response);
    if (!out.endsWith(QLatin1Char('\n')))
        out += QLatin1Char('\n');
    return out;
}

void HttpProbe::addCertificate(const Attempt &a, Finding &f) const
{
    if (!a.result.tls || a.result.tlsMs < 0)
        return;
    const HttpExchange::Certificate &c = a.result.certificate;
    f.evidence << tr("TLS %1; handshake done after %2 ms").arg(a.result.tlsProtocol).arg(a.result.tlsMs);
    f.evidence << tr("certificate subject: %1; issuer: %2; expires %3")
                      .arg(c.subject.isEmpty() ? tr("(none)") : c.subject, c.issuer.isEmpty() ? tr("(none)") : c.issuer,
                           c.expiry.isValid() ? c.expiry.toUTC().toString(Qt::ISODate) : tr("(unknown)"));
    if (c.expiry.isValid() && c.expiry < QDateTime::currentDateTimeUtc())
        f.evidence << tr("the certificate expired on %1").arg(c.expiry.toUTC().toString(Qt::ISODate));
    if (!c.problems.isEmpty())
        f.evidence
            << tr("a browser would not trust this certificate (%1); load balancers do not verify backend certificates, so the health check does not fail for it")
                   .arg(c.problems.join(QStringLiteral("; ")));
    if (m_context.target.domain.isEmpty())
        f.evidence << tr("no domain set: no SNI was sent, like a load balancer without a health-check domain");
}

void HttpProbe::describeFailure(const Attempt &a, Finding &f) const
{
    const HttpExchange::Result &r = a.result;
    const QString endpoint = bracketed(m_address) + QLatin1Char(':') + QString::number(m_context.target.checkPort);
    f.status = Status::Fail;
    switch (r.outcome) {
    case HttpExchange::Outcome::Response: break;
    case HttpExchange::Outcome::Refused:
        f.summary = tr("connection refused by %1: nothing listens there (see the TCP step)").arg(endpoint);
        f.outcome = FindingOutcome::Refused;
        ProbeGuidance::apply(f, m_context, QStringLiteral("listening"));
        return;
    case HttpExchange::Outcome::Unreachable:
        f.summary = tr("%1 is unreachable: %2").arg(endpoint, r.errorText);
        f.outcome = FindingOutcome::Unreachable;
        ProbeGuidance::apply(f, m_context, QStringLiteral("route"));
        return;
    case HttpExchange::Outcome::Timeout:
        f.outcome = FindingOutcome::Timeout;
        switch (r.phase) {
        case HttpExchange::Phase::Connecting:
            f.summary =
                tr("no TCP connection to %1 within %2 ms: dropped by a firewall or security group (see the TCP step)")
                    .arg(endpoint)
                    .arg(m_context.timeoutMs);
            ProbeGuidance::apply(f, m_context, QStringLiteral("firewall"));
            return;
        case HttpExchange::Phase::TlsHandshake:
            f.summary =
                tr("the TLS handshake with %1 did not finish within %2 ms").arg(endpoint).arg(m_context.timeoutMs);
            // TCP connected, so nothing drops the packets: a stalled handshake is mostly a port that
            // does not speak TLS (plain HTTP waits for a request that never comes).
            f.outcome = FindingOutcome::Tls;
            f.fix = tr("Check that the port serves TLS and that the server is not overloaded.");
            return;
        case HttpExchange::Phase::WaitingForResponse:
            f.summary =
                tr("%1 sent: connected in %2 ms, but no response within %3 ms: the application hangs or is overloaded")
                    .arg(line(a))
                    .arg(r.connectMs)
                    .arg(m_context.timeoutMs);
            f.fix = tr("Check the application's worker pool and logs; the health-check page should answer at once.");
            ProbeGuidance::apply(f, m_context, QStringLiteral("load"));
            return;
        default:
            f.summary = tr("%1: the response did not finish within %2 ms (%3 bytes so far, first byte after %4 ms)")
                            .arg(line(a))
                            .arg(m_context.timeoutMs)
                            .arg(r.responseBytes)
                            .arg(r.firstByteMs);
            f.fix = tr("The server sends too slowly for the health check; make the health-check page small and fast.");
            ProbeGuidance::apply(f, m_context, QStringLiteral("load"));
            return;
        }
    case HttpExchange::Outcome::Closed:
        f.summary = tr("%1: no complete response: %2").arg(line(a), r.errorText);
        f.outcome = FindingOutcome::Reset;
        f.fix = tr("The backend accepts the connection and then closes or resets it: check the application's logs, "
                   "TCP wrappers (/etc/hosts.deny) and connection limits.");
        return;
    case HttpExchange::Outcome::Malformed:
        f.summary = tr("%1: the answer is not a valid HTTP response: %2").arg(line(a), r.errorText);
        f.outcome = FindingOutcome::Protocol;
        f.fix = tr("The port does not serve HTTP/1.x as the load balancer expects: check which service listens there "
                   "(an HTTPS port needs an HTTPS listener, a gRPC or raw TCP service a TCP health check).");
        return;
    case HttpExchange::Outcome::TlsFailed:
        f.summary = tr("the TLS handshake with %1 failed: %2").arg(endpoint, r.errorText);
        f.outcome = FindingOutcome::Tls;
        f.fix = tr("Check that the port serves TLS (an HTTP backend behind an HTTPS listener needs the HTTP protocol "
                   "towards the backend) and that it supports TLS 1.2 or newer.");
        return;
    case HttpExchange::Outcome::Error:
        f.status = Status::Unknown;
        f.summary = tr("unknown, because the request failed in an unexpected way: %1").arg(r.errorText);
        return;
    }

    // An answer with an unhealthy code.
    const int code = a.response.statusCode();
    const QString codes = m_context.healthyCodes().toString();
    f.summary = tr("%1; healthy codes are %2").arg(line(a), codes);
    f.outcome = FindingOutcome::BadStatus;
    if (code == 404)
        f.fix = m_context.target.domain.isEmpty()
            ? tr("The path %1 does not exist for Host %2: create it (a small static page is best) or change the health-check path; "
                 "if the site is a name-based virtual host, set the health-check domain to its name.")
                  .arg(m_context.target.path, hostHeader(m_context, m_address))
            : tr("The path %1 does not exist for this Host: create it (a small static page is best) or change the health-check path.")
                  .arg(m_context.target.path);
    else if (code >= 300 && code < 400)
        f.fix =
            tr("The backend redirects and this listener counts %1 as unhealthy: serve the health-check path without a redirect "
               "(exempt it from the HTTP-to-HTTPS or domain redirect), or accept 3xx if the console offers it.")
                .arg(code);
    else if (code == 401 || code == 403)
        f.fix =
            tr("The health check is refused (%1): exempt the health-check path and the health-check CIDR from authentication and IP allow-lists.")
                .arg(code);
    else if (code == 405 || code == 501)
        f.fix =
            tr("The application does not accept %1 requests: make it answer %1 on the health-check path, or change the method if the console offers another.")
                .arg(a.method);
    else if (code >= 500)
        f.fix = tr("The application fails on the health-check path: check its logs and the services it depends on.");
    if (m_context.target.domain.isEmpty() && (code == 404 || code == 421 || code == 400 || (code >= 300 && code < 400)))
        f.evidence
            << tr("no health-check domain is set, so the Host header is \"%1\": a virtual host may need the site's domain")
                   .arg(hostHeader(m_context, m_address));
}

QString HttpProbe::reproduceCommand(const QString &method) const
{
    // The same request with curl, quoted for a POSIX shell: method, HTTP version, Host header.
    const Target &t = m_context.target;
    const bool tls = t.listener == Listener::Https;
    const QString host = m_address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(m_address.toString())
        : m_address.toString();
    const QString url = QStringLiteral("%1://%2:%3%4")
                            .arg(tls ? QStringLiteral("https") : QStringLiteral("http"), host)
                            .arg(t.checkPort)
                            .arg(t.path);
    QStringList args{QStringLiteral("curl"), QStringLiteral("-v")};
    if (m_context.variant.http.version == QStringLiteral("1.0"))
        args << QStringLiteral("-0");
    if (tls)
        args << QStringLiteral("-k"); // load balancers do not verify backend certificates
    if (method == QStringLiteral("HEAD"))
        args << QStringLiteral("-I"); // curl's HEAD; `-X HEAD` would wait for a body that never comes
    else if (method != QStringLiteral("GET"))
        args << QStringLiteral("-X") << ShellQuote::quote(Shell::Posix, method);
    const QString hostValue = hostHeader(m_context, m_address);
    if (!hostValue.isEmpty())
        args << QStringLiteral("-H") << ShellQuote::quote(Shell::Posix, QStringLiteral("Host: ") + hostValue);
    args << QStringLiteral("--max-time") << QString::number(qMax(1, m_context.timeoutMs / 1000))
         << ShellQuote::quote(Shell::Posix, url);
    return args.join(QLatin1Char(' '));
}

Finding HttpProbe::judge() const
{
    const Attempt &a = m_attempts.first();
    const HttpExchange::Result &r = a.result;
    Finding f;
    f.step = m_stepId;
    f.raw = raw(a);
    const QString request = QString::fromLatin1(r.request.left(r.request.indexOf('\r')));
    f.evidence << tr("request: %1, Host: %2")
                      .arg(request,
                           hostHeader(m_context, m_address).isEmpty() ? tr("(none)")
                                                                      : hostHeader(m_context, m_address));
    f.evidence << tr("reproduce it: %1").arg(reproduceCommand(a.method));
    QStringList timing;
    if (r.connectMs >= 0)
        timing << tr("connect %1 ms").arg(r.connectMs);
    if (r.tlsMs >= 0)
        timing << tr("TLS %1 ms").arg(r.tlsMs);
    if (r.firstByteMs >= 0)
        timing << tr("first byte %1 ms").arg(r.firstByteMs);
    timing << tr("total %1 ms").arg(r.totalMs);
    f.evidence << timing.join(QStringLiteral(", "));
    if (const QByteArray server = a.response.header("Server"); !server.isEmpty())
        f.evidence << tr("Server: %1").arg(HttpResponseParser::printable(server, 200));
    if (a.response.bodyTruncated())
        f.evidence << tr("body cut at %1 KiB: a health-check page should be small")
                          .arg(HttpResponseParser::maxBodyBytes / 1024);
    if (a.response.bodyCutShort())
        f.evidence << tr("the connection closed before the whole body arrived (Content-Length or chunks)");
    addCertificate(a, f);

    const int hcTimeoutMs = m_context.variant.timing.timeoutSeconds * 1000;
    if (healthy(a)) {
        f.status = Status::Pass;
        f.summary = tr("%1 in %2 ms; healthy codes are %3")
                        .arg(line(a))
                        .arg(r.totalMs)
                        .arg(m_context.healthyCodes().toString());
        if (hcTimeoutMs > 0 && r.totalMs > hcTimeoutMs) {
            f.status = Status::Fail;
            f.summary = tr("%1, but only after %2 ms: slower than the health-check timeout (%3 s)")
                            .arg(line(a))
                            .arg(r.totalMs)
                            .arg(m_context.variant.timing.timeoutSeconds);
        } else if (hcTimeoutMs > 0 && r.totalMs * 2 > hcTimeoutMs) {
            f.status = Status::Warn;
            f.summary = tr("%1, but slowly: %2 ms is more than half the health-check timeout (%3 s)")
                            .arg(line(a))
                            .arg(r.totalMs)
                            .arg(m_context.variant.timing.timeoutSeconds);
        }
        f.outcome = f.status == Status::Pass ? FindingOutcome::Healthy : FindingOutcome::Slow;
        if (f.status != Status::Pass) {
            f.fix = tr("Make the health-check page cheap (static HTML, no database) or reduce the server's load.");
            ProbeGuidance::apply(f, m_context, QStringLiteral("load"));
        }
    } else {
        describeFailure(a, f);
    }

    if (m_attempts.size() > 1) {
        const Attempt &b = m_attempts.at(1);
        f.raw += QLatin1Char('\n') + raw(b);
        const bool otherAllowed = m_context.variant.http.methods.contains(b.method, Qt::CaseInsensitive);
        if (healthy(b)) {
            f.summary = tr("%1, but %2: the application does not route %3 requests").arg(line(a), line(b), a.method);
            f.evidence << tr("tried %1 as well: %2 in %3 ms").arg(b.method, line(b)).arg(b.result.totalMs);
            f.fix = otherAllowed
                ? tr("Switch the health-check method to %1 in the listener's settings, or make the application answer %2 like %1 "
                     "(some frameworks do not route %2 automatically).")
                      .arg(b.method, a.method)
                : tr("This load balancer always sends %1: make the application answer %1 on the health-check path "
                     "(some frameworks route only %2).")
                      .arg(a.method, b.method);
        } else {
            f.evidence << tr("tried %1 as well, with the same result: %2; not a method problem")
                              .arg(b.method,
                                   b.result.outcome == HttpExchange::Outcome::Response ? line(b) : b.result.errorText);
        }
    }
    if (f.status == Status::Fail && r.outcome == HttpExchange::Outcome::Response)
        ProbeGuidance::apply(f, m_context, m_stepId);
    return f;
}

void HttpProbe::releaseWork()
{
    m_resolver->cancel();
    m_exchange->cancel();
}
