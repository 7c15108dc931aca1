#pragma once

#include <QCoreApplication>

#include "reportwriter.h"

// The session as docs/cli.md's check --json object, indented: machine-readable and complete
// (raw output is never cut here).
class JsonReport : public ReportWriter
{
public:
    QString extension() const override { return QStringLiteral("json"); }
    QString description() const override;
    QByteArray render(const Session &session) const override;

    Q_DECLARE_TR_FUNCTIONS(JsonReport)
};
