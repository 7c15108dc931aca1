#pragma once

#include "lbimport.h"

#include "core/profile.h"
#include "core/target.h"

#include <QHash>

// An imported configuration as the values a user would otherwise type: the CLI's option values
// and the variant's wire and timing settings. Explicit options win; the caller decides.
namespace LbConfigTarget {
// Keyed by CLI option name: profile, variant, listener, port, check-port, domain, path, codes,
// source-cidr, timeout (milliseconds).
QHash<QString, QString> optionValues(const LbConfig &config);
// The HTTP method and version and the timing the listener really uses, over the profile's defaults.
void applyToVariant(const LbConfig &config, ProfileVariant &variant);
// The target's record of the import: Target::importedFrom and Target::importedFields.
void recordIn(const LbConfig &config, const QString &origin, Target &target);
} // namespace LbConfigTarget
