#include "jsonreport.h"

#include "core/session.h"

#include <QCoreApplication>
#include <QJsonDocument>

LBDOCTOR_REGISTER_REPORT(JsonReport)

QString JsonReport::description() const
{
    return JsonReport::tr("JSON report");
}

QByteArray JsonReport::render(const Session &session) const
{
    return QJsonDocument(session.toJson()).toJson(QJsonDocument::Indented);
}
