#pragma once

#include "listener.h"
#include "step.h"

#include <QList>

struct ProfileVariant;

// The ordered steps of the providers' procedure for one listener protocol and run mode.
namespace Plan {
QList<Step> build(const ProfileVariant &variant, Listener listener, RunMode mode);
}
