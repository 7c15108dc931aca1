#include "inputchannel.h"

#include <atomic>

namespace {

std::atomic<InputChannel::Kind> &channel()
{
    static std::atomic<InputChannel::Kind> kind{InputChannel::Kind::Paste};
    return kind;
}

} // namespace

namespace InputChannel {

void set(Kind kind)
{
    channel().store(kind);
}

Kind current()
{
    return channel().load();
}

} // namespace InputChannel
