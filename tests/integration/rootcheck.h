#pragma once

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

// Some checks only mean something with root's rights (namespaces, reading iptables); Windows
// runs them as "not root", so they skip there with their visible reason.
inline bool runningAsRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}
