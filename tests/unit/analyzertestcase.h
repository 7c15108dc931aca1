#pragma once

// The harness the firewall-like analyzer tests share: fixtures without their provenance header,
// the built-in profiles, and a run context for a backend at 10.0.0.5 as the analyzers see it.

#include "analyzers/analyzer.h"
#include "core/profilestore.h"
#include "core/target.h"

#include <QFile>
#include <QObject>
#include <QStringList>

class AnalyzerTestCase : public QObject
{
protected:
    // Fixtures start with '#' lines saying where their shape comes from; the tool never sees them.
    static QString fixture(const QString &name)
    {
        QFile file(QStringLiteral(LBDOCTOR_FIXTURES_DIR "/") + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", qPrintable(name));
        QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        while (!lines.isEmpty() && lines.first().startsWith(QLatin1Char('#')))
            lines.removeFirst();
        return lines.join(QLatin1Char('\n'));
    }

    RunContext context(const QString &profile, const QString &listener, int port,
                       const QString &ip = QStringLiteral("10.0.0.5")) const
    {
        RunContext c;
        c.profile = *m_store.find(profile);
        c.variant = *c.profile.variant({});
        TargetInput in;
        in.listener = listener;
        in.host = ip;
        in.port = QString::number(port);
        c.target = TargetValidator::validate(in).target;
        c.mode = RunMode::Guided;
        return c;
    }

    ProfileStore m_store;
    const Analyzer *m_analyzer = nullptr;
};
