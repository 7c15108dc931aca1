#include "watch.h"

#include "probes/httpexchange.h"
#include "probes/httpprobe.h"
#include "probes/targetresolver.h"

#include "core/stepexecutor.h"

#include <QSslSocket>

#include <algorithm>

namespace {

QString httpOutcome(const HttpExchange::Result &r)
{
    switch (r.outcome) {
    case HttpExchange::Outcome::Response: return FindingOutcome::Healthy;
    case HttpExchange::Outcome::Refused: return FindingOutcome::Refused;
    case HttpExchange::Outcome::Unreachable: return FindingOutcome::Unreachable;
    case HttpExchange::Outcome::Timeout: return FindingOutcome::Timeout;
    case HttpExchange::Outcome::Closed: return FindingOutcome::Reset;
    case HttpExchange::Outcome::Malformed: return FindingOutcome::Protocol;
    case HttpExchange::Outcome::TlsFailed: return FindingOutcome::Tls;
    case HttpExchange::Outcome::Error: return QStringLiteral("error");
    }
    return {};
}

} // namespace

Watch::Watch(const RunContext &context, const WatchSettings &settings, QObject *parent)
    : QObject(parent),
      m_context(context),
      m_settings(settings),
      m_machine(settings.thresholds),
      m_resolver(new TargetResolver(this))
{
    m_settings.intervalMs = std::max<qint64>(1, m_settings.intervalMs);
    m_settings.timeoutMs = std::max(1, m_settings.timeoutMs);
    m_context.timeoutMs = m_settings.timeoutMs;
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% late: 50 ms at 1 s
    connect(&m_timer, &QTimer::timeout, this, &Watch::fire);
    connect(m_resolver, &TargetResolver::resolved, this, &Watch::begin);
    connect(m_resolver, &TargetResolver::failed, this,
            [this](const QString &message) { fail(tr("the backend name does not resolve: %1").arg(message)); });
}

Watch::~Watch()
{
    m_running = false;
    abandonAll();
}

WatchSettings Watch::settingsFor(const RunContext &context)
{
    WatchSettings s;
    s.intervalMs = qint64(context.variant.timing.intervalSeconds) * 1000;
    s.timeoutMs = context.timeoutMs;
    s.thresholds = HealthThresholds::fromTiming(context.variant.timing);
    return s;
}

QString Watch::checkStep(Listener listener)
{
    switch (listener) {
    case Listener::Tcp: return QStringLiteral("tcp");
    case Listener::Udp: return QStringLiteral("udp");
    case Listener::Http:
    case Listener::Https: return QStringLiteral("http");
    }
    return {};
}

void Watch::start()
{
    if (m_running)
        return;
    m_running = true;
    m_sending = true;
    m_error.clear();
    if (m_context.target.listener == Listener::Https && !QSslSocket::supportsSsl()) {
        QTimer::singleShot(0, this, [this] {
            fail(tr("TLS is not available on this machine: Qt found no OpenSSL library (%1)")
                     .arg(QSslSocket::sslLibraryBuildVersionString()));
        });
        return;
    }
    m_resolver->resolve(m_context.target);
}

void Watch::begin(const QHostAddress &address)
{
    if (!m_running)
        return;
    m_context.target.address = address;
    if (isHttpListener(m_context.target.listener)) {
        const auto request = HttpProbe::buildRequest(m_context, m_context.variant.http.method.toUpper(), address);
        if (!request) {
            fail(request.error());
            return;
        }
        m_httpRequest = *request;
    } else if (!ExecutorRegistry::hasProbe(checkStep(m_context.target.listener))) {
        fail(tr("this LB Doctor has no %1 probe built in").arg(checkStep(m_context.target.listener)));
        return;
    }
    m_clock.start();
    fire();
}

void Watch::fire()
{
    if (!m_running || !m_sending)
        return;
    const qint64 index = m_nextIndex++;
    InFlight flight;
    flight.scheduledMs = index * m_settings.intervalMs;
    flight.sentMs = m_clock.elapsed();
    m_inFlight.insert(index, flight);
    if (isHttpListener(m_context.target.listener))
        sendHttp(index);
    else
        sendProbe(index);
    scheduleNext();
}

void Watch::scheduleNext()
{
    const qint64 due = m_nextIndex * m_settings.intervalMs;
    if (m_settings.durationMs > 0 && due >= m_settings.durationMs) {
        m_sending = false;
        finishIfDone();
        return;
    }
    // Rounded up to the millisecond: a check is never sent before its time, only up to a
    // millisecond (plus the system's timer latency) after it.
    const qint64 remainingNs = due * 1000000 - m_clock.nsecsElapsed();
    m_timer.start(int(std::max<qint64>(0, (remainingNs + 999999) / 1000000)));
}

void Watch::sendHttp(qint64 index)
{
    auto *exchange = new HttpExchange(this);
    m_inFlight[index].worker = exchange;
    connect(exchange, &HttpExchange::finished, this, [this, exchange, index] {
        const HttpExchange::Result &r = exchange->result();
        WatchSample s;
        s.outcome = httpOutcome(r);
        s.latencyMs = r.totalMs;
        s.connectMs = r.connectMs;
        s.firstByteMs = r.firstByteMs;
        if (r.outcome == HttpExchange::Outcome::Response) {
            s.statusCode = exchange->parser().statusCode();
            if (!m_context.healthyCodes().contains(s.statusCode))
                s.outcome = FindingOutcome::BadStatus;
            else if (r.totalMs > m_settings.timeoutMs)
                s.outcome = FindingOutcome::Slow;
        }
        s.passed = s.outcome == FindingOutcome::Healthy;
        exchange->deleteLater();
        complete(index, s);
    });
    const bool tls = m_context.target.listener == Listener::Https;
    exchange->start(m_context.target.address, m_context.target.checkPort, tls, m_context.target.domain, m_httpRequest,
                    m_context.variant.http.method.compare(QStringLiteral("HEAD"), Qt::CaseInsensitive) == 0,
                    m_settings.timeoutMs);
}

void Watch::sendProbe(qint64 index)
{
    StepExecutor *probe = ExecutorRegistry::createProbe(checkStep(m_context.target.listener), this);
    m_inFlight[index].worker = probe;
    connect(probe, &StepExecutor::finished, this, [this, probe, index](const Finding &f) {
        probe->deleteLater();
        if (f.status == Status::Unknown || f.status == Status::Skip) {
            fail(f.summary);
            return;
        }
        WatchSample s;
        s.passed = f.status == Status::Pass || f.status == Status::Warn;
        s.outcome = f.outcome;
        s.latencyMs = f.durationMs;
        if (f.step == StepId::Tcp && f.outcome == FindingOutcome::Connected)
            s.connectMs = f.durationMs;
        complete(index, s);
    });
    Step step;
    step.id = checkStep(m_context.target.listener);
    probe->start(step, m_context);
}

void Watch::complete(qint64 index, WatchSample sample)
{
    const auto it = m_inFlight.constFind(index);
    if (it == m_inFlight.cend())
        return;
    sample.scheduledMs = it->scheduledMs;
    sample.tMs = it->sentMs;
    m_inFlight.erase(it);
    m_done.insert(index, sample);
    // The load balancer judges its checks in the order it sent them.
    while (!m_done.isEmpty() && m_done.firstKey() == m_nextToRecord) {
        WatchSample s = m_done.take(m_nextToRecord++);
        const LbState before = m_machine.state();
        const bool changed = m_machine.feed(s.passed);
        s.stateAfter = m_machine.state();
        m_record.add(s);
        emit sampleAdded(s);
        if (changed) {
            const WatchTransition t{s.tMs + std::max<qint64>(0, s.latencyMs), before, s.stateAfter};
            m_record.addTransition(t);
            emit stateChanged(t);
        }
    }
    finishIfDone();
}

void Watch::fail(const QString &message)
{
    if (!m_running)
        return;
    m_error = message;
    stop();
}

void Watch::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_sending = false;
    m_timer.stop();
    m_resolver->cancel();
    abandonAll();
    emit finished();
}

void Watch::finishIfDone()
{
    if (m_running && !m_sending && m_inFlight.isEmpty()) {
        m_running = false;
        emit finished();
    }
}

void Watch::abandonAll()
{
    for (const InFlight &flight : std::as_const(m_inFlight)) {
        if (!flight.worker)
            continue;
        flight.worker->disconnect(this);
        if (auto *probe = qobject_cast<StepExecutor *>(flight.worker))
            probe->cancel();
        else if (auto *exchange = qobject_cast<HttpExchange *>(flight.worker))
            exchange->cancel();
        flight.worker->deleteLater();
    }
    m_inFlight.clear();
    m_done.clear();
}
