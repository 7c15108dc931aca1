#include "relations.h"

namespace {

QList<Relation> &registry()
{
    static QList<Relation> relations;
    return relations;
}

} // namespace

bool RelationRegistry::add(const Relation &relation)
{
    if (!relation.relate || relation.target == relation.other)
        return false;
    registry().append(relation);
    return true;
}

QList<Relation> RelationRegistry::all()
{
    return registry();
}

QList<Finding> RelationRegistry::apply(QHash<QString, Finding> &findings, const QString &changed,
                                       const RunContext &context)
{
    QList<Finding> revised;
    for (const Relation &relation : std::as_const(registry())) {
        if (changed != relation.target && changed != relation.other)
            continue;
        const auto other = findings.constFind(relation.other);
        const auto target = findings.find(relation.target);
        if (target == findings.end() || other == findings.constEnd())
            continue;
        const Finding updated = relation.relate(*target, *other, context);
        if (updated == *target)
            continue;
        *target = updated;
        if (changed != relation.target)
            revised << updated;
    }
    return revised;
}
