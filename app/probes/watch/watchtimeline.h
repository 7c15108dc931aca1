#pragma once

#include "watchrecord.h"
#include "watchsettings.h"

#include <QByteArray>
#include <QString>

// The one picture of a watch, as SVG text (inline in the HTML report, rendered live by the wizard):
// the load balancer's state as a band with its transitions, one mark per check coloured and shaped
// by its outcome (green circle passed, orange square answered wrongly, red cross no answer), the
// latency as a line against the timeout, and a time axis. Every text in it is escaped.
namespace WatchTimeline {

struct Options
{
    int width = 960;
    qint64 nowMs = 0; // a live watch: the axis reaches at least this far
    int maxMarks = 3600; // beyond it, passed checks are thinned (failures are always drawn)
};

QString svg(const WatchRecord &record, const WatchSettings &settings, const Options &options = {});
// Every kept check, one CSV row each, with a header row.
QByteArray csv(const WatchRecord &record);

// Whether a failed outcome got an answer at all (drawn as a square) or not (a cross).
bool answeredFailure(const WatchSample &sample);
} // namespace WatchTimeline
