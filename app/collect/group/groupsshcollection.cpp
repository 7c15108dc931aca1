#include "groupsshcollection.h"

#include "collect/bundle/bundleanalysis.h"
#include "collect/bundle/bundleparser.h"

#include <QTimer>

namespace {
const QString ipField = QStringLiteral("{ip}");
const QString nameField = QStringLiteral("{name}");

// An IPv6 address with a port must be bracketed for SshDestination: "[2001:db8::5]:22".
QString addressText(const TargetRow &row, bool withPort)
{
    const QString a = row.address.toString();
    return withPort && a.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(a) : a;
}
} // namespace

GroupSshCollection::GroupSshCollection(const QList<GroupMember> &members, const Settings &settings, QObject *parent)
    : QObject(parent),
      m_members(members),
      m_settings(settings)
{
    m_settings.parallel = std::clamp(m_settings.parallel, 1, 64);
}

Result<void> GroupSshCollection::validTemplate(const QString &destination)
{
    if (!destination.contains(ipField) && !destination.contains(nameField))
        return Error{GroupSshCollection::tr(
                         "with a server group, the ssh destination names each backend: put {ip} or {name} where the host goes "
                         "(admin@{ip}, {name}, ops@{ip}:2222), got \"%1\"")
                         .arg(destination)};
    TargetRow sample;
    sample.address = QHostAddress(QStringLiteral("192.0.2.1"));
    sample.name = QStringLiteral("backend-1");
    const auto d = destinationFor(destination, sample);
    if (!d)
        return Error{d.error()};
    return {};
}

Result<SshDestination> GroupSshCollection::destinationFor(const QString &destination, const TargetRow &row)
{
    if (destination.contains(nameField) && row.name.isEmpty())
        return Error{GroupSshCollection::tr("%1 has no name in the list for {name}").arg(row.endpoint())};
    QString spec = destination;
    const bool withPort = QStringView(spec).mid(spec.indexOf(ipField) + ipField.size()).startsWith(QLatin1Char(':'));
    spec.replace(ipField, addressText(row, withPort));
    spec.replace(nameField, row.name);
    return SshDestination::parse(spec);
}

void GroupSshCollection::start()
{
    m_hosts.clear();
    QHash<QString, int> hostOf;
    for (int i = 0; i < m_members.size(); ++i) {
        const auto d = destinationFor(m_settings.destination, m_members.at(i).row);
        if (!d) {
            MemberEvidence e;
            e.notes << tr("not collected over ssh: %1").arg(d.error());
            QTimer::singleShot(0, this, [this, i, e] { emit memberCollected(i, e); });
            continue;
        }
        const QString key = d->display();
        if (const auto it = hostOf.constFind(key); it != hostOf.constEnd()) {
            m_hosts[*it].members << i;
            continue;
        }
        hostOf.insert(key, int(m_hosts.size()));
        m_hosts << Host{*d, {i}};
    }
    m_next = 0;
    m_done = 0;
    m_cancelled = false;
    emit progress(0, int(m_hosts.size()));
    if (m_hosts.isEmpty()) {
        QTimer::singleShot(0, this, [this] { emit finished(); });
        return;
    }
    fill();
}

void GroupSshCollection::fill()
{
    while (!m_cancelled && m_next < m_hosts.size() && m_active.size() < m_settings.parallel) {
        const int host = m_next++;
        auto *collector = new SshCollector(this);
        collector->setDestination(m_hosts.at(host).destination);
        collector->setOptions(m_settings.options);
        collector->setOs(m_settings.os);
        collector->setTimeLimitMs(m_settings.timeLimitMs);
        collector->setBatchMode(true);
        m_active << collector;
        connect(collector, &SshCollector::finished, this, [this, host, collector](const SshCollector::Result &r) {
            m_active.removeAll(collector);
            collector->deleteLater();
            collected(host, r);
        });
        // The script names the first backend's port; every member is analyzed for its own below.
        collector->start(BundleScript::generate(
            m_settings.os, m_members.at(m_hosts.at(host).members.constFirst()).context, m_settings.captureSeconds));
    }
}

void GroupSshCollection::collected(int host, const SshCollector::Result &result)
{
    const Host &h = m_hosts.at(host);
    const QString source = tr("ssh %1").arg(h.destination.display());
    std::optional<ParsedBundle> parsed;
    QString problem;
    if (!result.usable()) {
        problem = tr("not collected over ssh from %1: %2").arg(h.destination.display(), result.message);
    } else {
        parsed = BundleParser::parse(result.output);
        if (!parsed->hasMarkers) {
            problem = tr("%1 answered over ssh, but not with the bundle's output (%2 bytes, no === LBDOCTOR markers)")
                          .arg(h.destination.display())
                          .arg(result.output.size() + result.bytesCut);
            parsed.reset();
        }
    }
    for (int index : h.members) {
        MemberEvidence e;
        if (parsed) {
            const BundleResult r = BundleAnalysis::analyze(*parsed, m_members.at(index).context, QStringLiteral("ssh"));
            e.source = source;
            e.findings = r.findings;
            e.notes = r.notes;
            if (result.failure == SshCollector::Failure::TimedOut)
                e.notes.prepend(tr("%1; the output received so far is analyzed").arg(result.message));
        } else {
            e.notes << problem;
        }
        emit memberCollected(index, e);
    }
    ++m_done;
    emit progress(m_done, int(m_hosts.size()));
    fill();
    if (m_done == m_hosts.size() && !m_cancelled)
        emit finished();
}

void GroupSshCollection::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    m_next = int(m_hosts.size());
    const auto active = m_active;
    for (const QPointer<SshCollector> &c : active) {
        if (c)
            c->cancel();
    }
    // Each cancelled collector still reports (Failure::Cancelled); finished follows once here.
    QTimer::singleShot(0, this, [this] { emit finished(); });
}
