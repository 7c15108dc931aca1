#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

struct Session;

// Turns a session into a document. Writers register themselves with LBDOCTOR_REGISTER_REPORT.
class ReportWriter
{
public:
    virtual ~ReportWriter() = default;
    virtual QString extension() const = 0; // "html", "md", "json"
    virtual QString description() const = 0; // "HTML report"
    virtual QByteArray render(const Session &session) const = 0;
};

class ReportRegistry
{
public:
    static bool add(std::unique_ptr<ReportWriter> writer);
    static const ReportWriter *forExtension(const QString &extension);
    static const ReportWriter *forFileName(const QString &fileName);
    static QStringList extensions();
};

#define LBDOCTOR_REGISTER_REPORT(Class)                                                                                \
    namespace {                                                                                                        \
    [[maybe_unused]] const bool registeredReport##Class = ReportRegistry::add(std::make_unique<Class>());              \
    }

namespace ReportFile {

// The translation context of this namespace's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportFile)
};

// Renders with the writer the extension names and saves atomically (QSaveFile): a failure leaves
// any existing file as it was.
Result<void> write(const Session &session, const QString &fileName);
} // namespace ReportFile
