#include "recenttargets.h"

#include <QJsonDocument>
#include <QSettings>

namespace {
const QString groupKey = QStringLiteral("recentTargets");
} // namespace

QString RecentTarget::label() const
{
    QString text = input.listener + QLatin1Char(' ') + input.host + QLatin1Char(':') + input.port.trimmed();
    if ((input.listener == QStringLiteral("http") || input.listener == QStringLiteral("https"))
        && !input.domain.isEmpty())
        text += QLatin1Char(' ') + input.domain;
    if ((input.listener == QStringLiteral("http") || input.listener == QStringLiteral("https"))
        && !input.path.isEmpty())
        text += QLatin1Char(' ') + input.path;
    return text + QStringLiteral(" (") + profileId + QLatin1Char('/') + variantId + QLatin1Char(')');
}

std::optional<RunMode> RecentTarget::runMode() const
{
    for (RunMode m : {RunMode::Probe, RunMode::Collect, RunMode::Guided}) {
        if (runModeId(m) == mode)
            return m;
    }
    return std::nullopt;
}

bool RecentTarget::sameTarget(const RecentTarget &o) const
{
    return profileId == o.profileId && variantId == o.variantId && input.listener == o.input.listener
        && input.host.trimmed() == o.input.host.trimmed() && input.port.trimmed() == o.input.port.trimmed()
        && input.checkPort.trimmed() == o.input.checkPort.trimmed()
        && input.domain.trimmed() == o.input.domain.trimmed() && input.path.trimmed() == o.input.path.trimmed();
}

namespace RecentTargets {

QList<RecentTarget> load()
{
    QSettings settings;
    QList<RecentTarget> out;
    const int count = settings.beginReadArray(groupKey);
    for (int i = 0; i < count && i < maxCount; ++i) {
        settings.setArrayIndex(i);
        RecentTarget t;
        t.profileId = settings.value(QStringLiteral("profile")).toString();
        t.variantId = settings.value(QStringLiteral("variant")).toString();
        t.input.listener = settings.value(QStringLiteral("listener"), QStringLiteral("http")).toString();
        t.input.host = settings.value(QStringLiteral("host")).toString();
        t.input.port = settings.value(QStringLiteral("port")).toString();
        t.input.checkPort = settings.value(QStringLiteral("checkPort")).toString();
        t.input.domain = settings.value(QStringLiteral("domain")).toString();
        t.input.path = settings.value(QStringLiteral("path")).toString();
        t.input.codes = settings.value(QStringLiteral("codes")).toString();
        t.input.sourceCidr = settings.value(QStringLiteral("sourceCidr")).toString();
        t.input.interfaceName = settings.value(QStringLiteral("interface")).toString();
        t.customValues =
            QJsonDocument::fromJson(settings.value(QStringLiteral("customValues")).toString().toUtf8()).object();
        t.mode = settings.value(QStringLiteral("mode")).toString();
        if (!t.input.host.isEmpty())
            out << t;
    }
    settings.endArray();
    return out;
}

static void save(const QList<RecentTarget> &targets)
{
    QSettings settings;
    settings.remove(groupKey);
    settings.beginWriteArray(groupKey, int(targets.size()));
    for (int i = 0; i < targets.size(); ++i) {
        const RecentTarget &t = targets[i];
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("profile"), t.profileId);
        settings.setValue(QStringLiteral("variant"), t.variantId);
        settings.setValue(QStringLiteral("listener"), t.input.listener);
        settings.setValue(QStringLiteral("host"), t.input.host);
        settings.setValue(QStringLiteral("port"), t.input.port);
        settings.setValue(QStringLiteral("checkPort"), t.input.checkPort);
        settings.setValue(QStringLiteral("domain"), t.input.domain);
        settings.setValue(QStringLiteral("path"), t.input.path);
        settings.setValue(QStringLiteral("codes"), t.input.codes);
        settings.setValue(QStringLiteral("sourceCidr"), t.input.sourceCidr);
        settings.setValue(QStringLiteral("interface"), t.input.interfaceName);
        if (!t.customValues.isEmpty())
            settings.setValue(QStringLiteral("customValues"),
                              QString::fromUtf8(QJsonDocument(t.customValues).toJson(QJsonDocument::Compact)));
        if (!t.mode.isEmpty())
            settings.setValue(QStringLiteral("mode"), t.mode);
    }
    settings.endArray();
}

void remember(const RecentTarget &target)
{
    QList<RecentTarget> targets = load();
    RecentTarget newest = target;
    for (const RecentTarget &t : std::as_const(targets)) {
        if (newest.mode.isEmpty() && t.sameTarget(target))
            newest.mode = t.mode;
    }
    targets.removeIf([&target](const RecentTarget &t) { return t.sameTarget(target); });
    targets.prepend(newest);
    while (targets.size() > maxCount)
        targets.removeLast();
    save(targets);
}

void clear()
{
    QSettings().remove(groupKey);
}

} // namespace RecentTargets
