// The `lbconfig` and `lbstatus` steps as analyzers, so a pasted or --evidence JSON runs through
// the same registry as every other evidence kind.
#include "lbconfiglint.h"
#include "lbstatusfinding.h"

#include "analyzers/analyzer.h"
#include "core/relations.h"

#include <QCoreApplication>

namespace {

Finding importError(const QString &step, const QString &message, const QString &raw)
{
    Finding f = Finding::make(step, Status::Unknown, LbImport::Tr::tr("Not imported: %1").arg(message));
    f.kind = step;
    f.raw = raw;
    return f;
}

class LbConfigAnalyzer : public Analyzer
{
public:
    QString kind() const override { return QStringLiteral("lbconfig"); }
    QString step() const override { return StepId::LbConfig; }
    QString description() const override
    {
        return LbImport::Tr::tr("the listener's health-check configuration as the provider's CLI or API prints it");
    }
    int recognize(QStringView text) const override { return LbImport::recognizeConfig(text); }
    Finding analyzeText(const AnalyzerInput &input) const override
    {
        const LbImportResult r = LbImport::read(input.text);
        if (!r.config) {
            return importError(
                step(),
                r.status ? LbImport::Tr::tr("this is a backend status (%1), not a configuration").arg(r.status->api)
                         : r.error,
                input.text);
        }
        return LbConfigLint::finding(*r.config, input.context, input.text);
    }
};

class LbStatusAnalyzer : public Analyzer
{
public:
    QString kind() const override { return QStringLiteral("lbstatus"); }
    QString step() const override { return StepId::LbStatus; }
    QString description() const override
    {
        return LbImport::Tr::tr("the backends' health status as the provider's CLI or API prints it");
    }
    int recognize(QStringView text) const override { return LbImport::recognizeStatus(text); }
    Finding analyzeText(const AnalyzerInput &input) const override
    {
        const LbImportResult r = LbImport::read(input.text);
        if (!r.status) {
            return importError(step(),
                               r.config
                                   ? LbImport::Tr::tr("this is a health-check configuration (%1), not a backend status")
                                         .arg(r.config->api)
                                   : r.error,
                               input.text);
        }
        return LbStatusFinding::finding(*r.status, input.context, input.text);
    }
};

} // namespace

LBDOCTOR_REGISTER_ANALYZER(LbConfigAnalyzer)
LBDOCTOR_REGISTER_ANALYZER(LbStatusAnalyzer)
LBDOCTOR_REGISTER_RELATION("lbstatus", "tcp", relateLbStatus)
LBDOCTOR_REGISTER_RELATION("lbstatus", "http", relateLbStatus)
LBDOCTOR_REGISTER_RELATION("lbconfig", "http", relateLbConfig)
