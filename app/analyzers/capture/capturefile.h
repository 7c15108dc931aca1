#pragma once

#include <QCoreApplication>
#include <QByteArrayView>
#include <QString>

class HealthCheckTracker;

// Capture files (pcap, pcapng) read through libpcap, one packet at a time: memory stays flat
// whatever the file's size.
namespace CaptureFile {

// The translation context of this namespace's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CaptureFile)
};

enum class Format { Pcap, PcapNg, Text };
Format sniff(QByteArrayView head); // from the first bytes
bool readerAvailable(); // false when this LB Doctor was built without libpcap

struct ReadResult
{
    qint64 frames = 0;
    int linkType = -1;
    int snapLength = 0;
    qint64 cutFrames = 0; // frames the snap length cut short
    QString error; // the file could not be read at all
    QString stoppedEarly; // read up to a damaged or truncated part
};
ReadResult read(const QString &fileName, HealthCheckTracker &tracker);
} // namespace CaptureFile
