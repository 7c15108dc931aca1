#pragma once

// Shared by the backend-side analyzer tests (sockets, routes, tcpwrappers, sysctl, load).

#include "analyzers/analyzer.h"
#include "core/profilestore.h"
#include "core/runcontext.h"
#include "core/textdecode.h"

#include <QString>
#include <QTest>

namespace BackendFixtures {

inline QString read(const QString &relative)
{
    const auto text = TextDecode::readFile(QStringLiteral(LBDOCTOR_FIXTURES_DIR "/") + relative, 1 << 20);
    if (!text)
        qFatal("%s", qPrintable(text.error()));
    return *text;
}

inline const ProfileStore &profiles()
{
    static ProfileStore store = [] {
        ProfileStore s;
        s.loadAll();
        return s;
    }();
    return store;
}

inline RunContext context(const QString &profile, const QString &listener, const QString &ip, const QString &port,
                          const QString &variant = {})
{
    RunContext c;
    c.profile = *profiles().find(profile);
    c.variant = *c.profile.variant(variant);
    TargetInput in;
    in.listener = listener;
    in.host = ip;
    in.port = port;
    const TargetValidation v = TargetValidator::validate(in);
    if (!v.ok())
        qFatal("%s", qPrintable(v.errorText()));
    c.target = v.target;
    c.timeoutMs = c.variant.timing.timeoutSeconds * 1000;
    return c;
}

// A recognizes() row: the analyzer claims its own formats (score >= 60) and not the other steps'
// (score < 30). Reads the "file" and "mine" columns.
inline void checkRecognition(const Analyzer &analyzer)
{
    QFETCH(QString, file);
    QFETCH(bool, mine);
    const int score = analyzer.recognize(read(file));
    if (mine)
        QVERIFY2(score >= 60, qPrintable(QString::number(score)));
    else
        QVERIFY2(score < 30, qPrintable(QString::number(score)));
}

} // namespace BackendFixtures
