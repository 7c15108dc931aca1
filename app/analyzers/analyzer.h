#pragma once

#include "core/evidenceanalysis.h"
#include "core/finding.h"
#include "core/runcontext.h"

#include <QList>
#include <QString>

#include <memory>

// What an analyzer gets: the text and the question (target, provider, health-check CIDRs).
struct AnalyzerInput
{
    QString text;
    RunContext context;
    QString file{}; // Evidence::file: a binary file the analyzer streams (packet captures)
};

// A pure function from text to a Finding: no I/O, no globals, safe to call from any thread.
class Analyzer
{
public:
    virtual ~Analyzer() = default;
    virtual QString kind() const = 0; // "iptables", "sockets", ...
    virtual QString step() const = 0; // the step it serves: "firewall", "listening", ...
    virtual QString description() const = 0; // "iptables-save output (all tables)"
    // 0 = certainly not this format, 100 = certainly this format. Used to route a paste.
    virtual int recognize(QStringView text) const = 0;

    // The part every format shares, so it cannot drift between them: input with nothing but white
    // space goes to analyzeEmpty(), text that is not text (a binary file, a wrong encoding) is
    // unknown saying so, the rest goes to the format's analyzeText(); the finding carries the step
    // and kind of this analyzer.
    Finding analyze(const AnalyzerInput &input) const;

protected:
    // Most formats can say nothing about empty input: unknown, naming what to paste
    // (emptyInputSummary()). For some, empty output is itself the answer (iptables-save).
    virtual Finding analyzeEmpty(const AnalyzerInput &input) const;
    virtual QString emptyInputSummary() const;
    // Plain command output (sockets, routes, sysctl, load) refuses binary text before parsing: 10 MB
    // of binary is not worth reading. Structured formats say what is wrong in their own terms.
    virtual bool refusesBinary() const { return false; }

private:
    // Text that is not empty and, when refusesBinary(), not binary.
    virtual Finding analyzeText(const AnalyzerInput &input) const = 0;
};

// Analyzers register themselves with LBDOCTOR_REGISTER_ANALYZER in their .cpp.
class AnalyzerRegistry
{
public:
    static bool add(std::unique_ptr<Analyzer> analyzer);
    static const Analyzer *find(const QString &kind);
    static QList<const Analyzer *> all();
    static QStringList kinds();
    static QList<const Analyzer *> forStep(const QString &step);
    // The analyzer of `step` that best recognizes the text; nullptr when none does.
    static const Analyzer *recognize(const QString &step, QStringView text);
    // Any analyzer, any step: used to say "this looks like `ip route` output" for a wrong paste.
    static const Analyzer *recognizeAny(QStringView text);
};

#define LBDOCTOR_REGISTER_ANALYZER(Class)                                                                              \
    namespace {                                                                                                        \
    [[maybe_unused]] const bool registered##Class = AnalyzerRegistry::add(std::make_unique<Class>());                  \
    }

// EvidenceAnalysis::analyze (core) routes evidence to the analyzer of its kind or, without a kind, to
// the one that recognizes the text, and explains a wrong paste; this layer installs that router.
