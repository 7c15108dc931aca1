#pragma once

#include <QString>
#include <QStringView>

// Reads the output of one `ping` (Linux iputils `ping -c 1 -W s -n IP`, Windows `ping -n 1 -w ms IP`,
// Windows in other languages too). Pure, so both systems' output is tested from fixtures on either.
class PingOutputParser
{
public:
    enum class Outcome {
        Reply, // an echo reply came back
        NoReply, // nothing came back in time (dropped, or the host ignores echo)
        Unreachable, // a router or this machine says there is no way to the host
        UnknownHost, // the name did not resolve
        NotPermitted, // this machine does not let ping open its socket
        Unrecognized // output this parser does not understand
    };
    struct Result
    {
        Outcome outcome = Outcome::Unrecognized;
        double rttMs = -1;
        int ttl = -1;
        QString line; // the line that decided, trimmed
    };
    static Result parse(QStringView output);
};
