#pragma once

// How the user hands a backend's output to LB Doctor, so the engine's texts say it the way the
// front end in use takes it: the wizard has a box to paste into; the command line takes
// `--evidence KIND=FILE`, `--local`, `--ssh` or a bundle's output. Set once at start-up, before any
// analysis runs (the command line sets CommandLine in main); read-only afterwards, so analyzers
// stay safe to call from any thread.
namespace InputChannel {

enum class Kind { Paste, CommandLine };

void set(Kind kind);
Kind current();
inline bool commandLine()
{
    return current() == Kind::CommandLine;
}

} // namespace InputChannel
