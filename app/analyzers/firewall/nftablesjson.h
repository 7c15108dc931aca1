#pragma once

#include "core/result.h"

#include "iptablesmodel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringView>

// Reads `nft -j list ruleset` into the netfilter rule model: tables, base chains with hook,
// priority and policy, named sets, and each rule's expressions lowered to matches and a verdict.
// Anything it does not model (vmap, limit, xt, concatenations, ...) becomes an unknown match or
// an unknown verdict that names the expression.
namespace NftablesJson {

// The translation context of this namespace's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(NftablesJson)
};

// error is set when the text is not nft JSON at all.
Result<IptablesRuleset> parse(QStringView text);
// The `nftables` array itself; rule objects may carry "text" (the plain-text form of the rule).
IptablesRuleset fromArray(const QJsonArray &objects);
int recognize(QStringView text);
} // namespace NftablesJson
