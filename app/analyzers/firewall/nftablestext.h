#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringView>

// Reads the plain-text `nft list ruleset` into the objects `nft -j list ruleset` would print, so
// one lowering serves both. It covers the forms nft itself prints for common rulesets (tables,
// chains with hook/priority/policy, named sets, address/port/interface/protocol/ct state/fib
// matches, counters, logs, verdicts). A rule with anything else keeps its verdict but gets an
// unknown match naming the words it did not understand.
namespace NftablesText {

// The translation context of this namespace's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(NftablesText)
};

// error is set when the text has no table block at all.
Result<QJsonArray> toJson(QStringView text);
int recognize(QStringView text);
} // namespace NftablesText
