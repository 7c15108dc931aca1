#pragma once

#include <QCoreApplication>
#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <utility>

// Reads an HTTP/1.x response as it arrives, byte chunk by byte chunk. Pure: no I/O, so a hostile
// server's bytes can be replayed in unit tests and fuzzers. Memory stays bounded whatever the peer
// sends: the status line and headers may use maxHeaderBytes, the body keeps maxBodyBytes.
class HttpResponseParser
{
public:
    enum class State { StatusLine, Headers, Body, Complete, Error };
    static constexpr qsizetype maxHeaderBytes = 64 * 1024;
    static constexpr qsizetype maxBodyBytes = 64 * 1024;

    // A response to HEAD has no body, whatever Content-Length says.
    explicit HttpResponseParser(bool headRequest = false) : m_head(headRequest) { }

    void feed(QByteArrayView data);
    // The peer closed the connection: a body read to the end is complete, anything earlier is cut.
    void finish();

    State state() const { return m_state; }
    bool headersComplete() const { return m_state == State::Body || m_state == State::Complete; }
    bool isComplete() const { return m_state == State::Complete; }
    bool hasError() const { return m_state == State::Error; }
    QString errorString() const { return m_error; } // for a support engineer, untranslated parts quoted

    QString httpVersion() const { return m_version; } // "1.0", "1.1"
    int statusCode() const { return m_code; } // 0 until the status line is read
    QString reason() const { return m_reason; }
    const QList<std::pair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    QByteArray header(QByteArrayView name) const; // first value, name case-insensitive
    const QByteArray &body() const { return m_body; } // at most maxBodyBytes
    bool bodyTruncated() const { return m_bodyTruncated; } // more body arrived (or was announced) than kept
    bool bodyCutShort() const { return m_bodyCutShort; } // the peer closed before Content-Length bytes
    qint64 bytesSeen() const { return m_seen; }

    // Bytes as a terminal would show them: CR LF as line breaks, other control bytes and invalid
    // UTF-8 as \xNN, at most maxBytes (the rest summarised), so raw output never carries escapes.
    static QString printable(QByteArrayView bytes, qsizetype maxBytes = 16 * 1024);

private:
    enum class Framing { None, Length, Chunked, UntilClose };
    enum class ChunkState { Size, Data, DataEnd, Trailer };
    bool takeLine(QByteArray *line);
    void parseStatusLine(const QByteArray &line);
    void parseHeaderLine(const QByteArray &line);
    void headersDone();
    void consumeBody();
    void consumeChunked();
    void keepBody(QByteArrayView data);
    void fail(const QString &message);

    bool m_head = false;
    State m_state = State::StatusLine;
    QByteArray m_pending; // bytes not yet consumed (a partial line, a partial chunk header)
    qsizetype m_headerBytes = 0; // status line + headers so far
    qint64 m_seen = 0;
    QString m_error;
    QString m_version;
    int m_code = 0;
    QString m_reason;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    Framing m_framing = Framing::None;
    qint64 m_remaining = 0; // Length: body bytes still due; Chunked: bytes left in this chunk
    ChunkState m_chunk = ChunkState::Size;
    QByteArray m_body;
    bool m_bodyTruncated = false;
    bool m_bodyCutShort = false;

    Q_DECLARE_TR_FUNCTIONS(HttpResponseParser)
};
