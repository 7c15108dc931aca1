#pragma once

#include "finding.h"
#include "runcontext.h"

#include <QHash>
#include <QList>
#include <QString>

// A relation revises one step's finding in the light of another step's: the load with the HTTP
// probe's timing, the TCP wrappers with the program the listening step found. Each relation is one
// function registered beside the analyzer of the step it revises (LBDOCTOR_REGISTER_RELATION); the
// runner applies them all whenever a finding arrives, so neither it nor the diagnosis knows any.
struct Relation
{
    QString target; // the step whose finding is revised
    QString other; // the step it is read against
    // Must be idempotent: applied again to its own result, it returns that result unchanged.
    Finding (*relate)(const Finding &target, const Finding &other, const RunContext &context) = nullptr;
};

class RelationRegistry
{
public:
    static bool add(const Relation &relation);
    static QList<Relation> all();

    // Applies every relation that involves `changed` and has both findings. Updates `findings`;
    // returns the revised findings of steps other than `changed` (theirs must be shown again).
    static QList<Finding> apply(QHash<QString, Finding> &findings, const QString &changed, const RunContext &context);
};

#define LBDOCTOR_RELATION_NAME2(line) registeredRelation##line
#define LBDOCTOR_RELATION_NAME(line) LBDOCTOR_RELATION_NAME2(line)
#define LBDOCTOR_REGISTER_RELATION(TargetStep, OtherStep, Function)                                                    \
    namespace {                                                                                                        \
    [[maybe_unused]] const bool LBDOCTOR_RELATION_NAME(__LINE__) = RelationRegistry::add({QStringLiteral(TargetStep),  \
                                                                                          QStringLiteral(OtherStep),   \
                                                                                          &Function});                 \
    }
