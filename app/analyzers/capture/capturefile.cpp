#include "capturefile.h"

#include "core/inputchannel.h"

#include "healthchecktracker.h"
#include "packetdecoder.h"

#include <QCoreApplication>
#include <QFile>

#ifdef LBDOCTOR_HAVE_PCAP
#include <pcap/pcap.h>
#endif

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace CaptureFile {

Format sniff(QByteArrayView head)
{
    if (head.size() < 4)
        return Format::Text;
    const auto b = [&](int i) { return quint8(head[i]); };
    const quint32 magic = (quint32(b(0)) << 24) | (quint32(b(1)) << 16) | (quint32(b(2)) << 8) | b(3);
    switch (magic) {
    case 0xA1B2C3D4: // microseconds, big-endian
    case 0xD4C3B2A1: // microseconds, little-endian
    case 0xA1B23C4D: // nanoseconds
    case 0x4D3CB2A1: return Format::Pcap;
    case 0x0A0D0D0A: // section header block
        return Format::PcapNg;
    default: return Format::Text;
    }
}

bool readerAvailable()
{
#ifdef LBDOCTOR_HAVE_PCAP
    return true;
#else
    return false;
#endif
}

ReadResult read(const QString &fileName, HealthCheckTracker &tracker)
{
    ReadResult r;
#ifdef LBDOCTOR_HAVE_PCAP
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    // Our own FILE with a 1 MB buffer: libpcap reads record by record through stdio, and the
    // default 4 kB buffer makes that a system call every few packets.
    FILE *stream = std::fopen(QFile::encodeName(fileName).constData(), "rb");
    if (!stream) {
        r.error = CaptureFile::Tr::tr("cannot open %1: %2").arg(fileName, QString::fromLocal8Bit(std::strerror(errno)));
        return r;
    }
    std::setvbuf(stream, nullptr, _IOFBF, 1 << 20);
    pcap_t *pcap =
        pcap_fopen_offline_with_tstamp_precision(stream, PCAP_TSTAMP_PRECISION_MICRO, errbuf); // owns the stream now
    if (!pcap) {
        std::fclose(stream);
        r.error = CaptureFile::Tr::tr("libpcap cannot read %1: %2").arg(fileName, QString::fromLocal8Bit(errbuf));
        return r;
    }
    r.linkType = pcap_datalink(pcap);
    r.snapLength = pcap_snapshot(pcap);
    if (!PacketDecoder::supportsLinkType(r.linkType)) {
        r.error =
            CaptureFile::Tr::tr(
                "the capture's link type is %1 (%2); LB Doctor reads Ethernet (with VLAN tags), Linux cooked (SLL, SLL2), raw IP and loopback captures")
                .arg(QString::fromLatin1(pcap_datalink_val_to_name(r.linkType) ? pcap_datalink_val_to_name(r.linkType)
                                                                               : "?"))
                .arg(r.linkType);
        pcap_close(pcap);
        return r;
    }
    pcap_pkthdr *header = nullptr;
    const u_char *data = nullptr;
    CapturedPacket packet;
    int status = 0;
    while ((status = pcap_next_ex(pcap, &header, &data)) == 1) {
        ++r.frames;
        tracker.addFrame();
        if (header->caplen < header->len)
            ++r.cutFrames;
        // pcapng files may change link type per interface; libpcap reports the first one's.
        const qint64 us = qint64(header->ts.tv_sec) * 1000000 + header->ts.tv_usec;
        if (PacketDecoder::decode(r.linkType, data, header->caplen, us, &packet))
            tracker.add(packet);
    }
    if (status == PCAP_ERROR) {
        r.stoppedEarly =
            CaptureFile::Tr::tr(
                "the file is damaged or truncated after %1 packets (%2); the analysis covers the packets before that")
                .arg(r.frames)
                .arg(QString::fromLocal8Bit(pcap_geterr(pcap)));
    }
    pcap_close(pcap);
#else
    Q_UNUSED(tracker);
    r.error =
        (InputChannel::commandLine()
             ? CaptureFile::Tr::tr(
                 "%1 is a capture file, and this LB Doctor was built without libpcap, which reads capture files; give the output of `tcpdump -nn -r FILE` instead")
             : CaptureFile::Tr::tr(
                 "%1 is a capture file, and this LB Doctor was built without libpcap, which reads capture files; paste the output of `tcpdump -nn -r FILE` instead"))
            .arg(fileName);
#endif
    return r;
}

} // namespace CaptureFile
