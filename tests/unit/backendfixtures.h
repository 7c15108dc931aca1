#pragma once

// Shared by the backend-side analyzer tests (sockets, routes, tcpwrappers, sysctl, load).

#include "core/profilestore.h"
#include "core/runcontext.h"
#include "core/textdecode.h"

#include <QString>
#include <QTest>

namespace BackendFixtures {

inline QString read(const QString &relative)
{
    QString error;
    const QString text = TextDecode::readFile(QStringLiteral(LBDOCTOR_FIXTURES_DIR "/") + relative, 1 << 20, &error);
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    return text;
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

} // namespace BackendFixtures
