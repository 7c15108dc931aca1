#include "httpresponseparser.h"

#include <QCoreApplication>

namespace {
constexpr qsizetype maxChunkLine = 1024;

bool isToken(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 32 || u >= 127 || QByteArrayView("()<>@,;:\\\"/[]?={}").contains(c))
            return false;
    }
    return true;
}
} // namespace

void HttpResponseParser::fail(const QString &message)
{
    m_state = State::Error;
    m_error = message;
    m_pending.clear();
}

QByteArray HttpResponseParser::header(QByteArrayView name) const
{
    for (const auto &[n, v] : m_headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

bool HttpResponseParser::takeLine(QByteArray *line)
{
    const qsizetype nl = m_pending.indexOf('\n');
    if (nl < 0) {
        if (m_headerBytes + m_pending.size() > maxHeaderBytes)
            fail(HttpResponseParser::tr(
                     "the status line and headers exceed %1 KiB; a load balancer gives up on such a response")
                     .arg(maxHeaderBytes / 1024));
        return false;
    }
    m_headerBytes += nl + 1;
    if (m_headerBytes > maxHeaderBytes) {
        fail(HttpResponseParser::tr(
                 "the status line and headers exceed %1 KiB; a load balancer gives up on such a response")
                 .arg(maxHeaderBytes / 1024));
        return false;
    }
    *line = m_pending.left(nl);
    m_pending.remove(0, nl + 1);
    if (line->endsWith('\r'))
        line->chop(1);
    return true;
}

void HttpResponseParser::feed(QByteArrayView data)
{
    if (m_state == State::Complete || m_state == State::Error || data.isEmpty())
        return;
    m_seen += data.size();
    if (m_state == State::Body && m_framing != Framing::Chunked) {
        keepBody(data);
        return;
    }
    m_pending.append(data);
    while (m_state == State::StatusLine || m_state == State::Headers) {
        if (m_state == State::StatusLine && m_headers.isEmpty() && m_code == 0) {
            // Decide early on a peer that is not speaking HTTP/1.x at all.
            static constexpr QByteArrayView prefix("HTTP/");
            const qsizetype n = std::min(m_pending.size(), prefix.size());
            if (QByteArrayView(m_pending).first(n) != prefix.first(n)) {
                fail(
                    HttpResponseParser::tr(
                        "the answer does not start with an HTTP status line (\"%1\"): HTTP/0.9, another protocol, or TLS on a plain port")
                        .arg(
                            printable(QByteArrayView(m_pending).first(std::min<qsizetype>(m_pending.size(), 24)), 24)));
                return;
            }
        }
        QByteArray line;
        if (!takeLine(&line))
            return;
        if (m_state == State::StatusLine)
            parseStatusLine(line);
        else if (line.isEmpty())
            headersDone();
        else
            parseHeaderLine(line);
    }
    if (m_state == State::Body)
        consumeBody();
}

void HttpResponseParser::parseStatusLine(const QByteArray &line)
{
    // HTTP/1.1 200 OK -- the reason phrase may be empty or missing.
    const qsizetype sp = line.indexOf(' ');
    const QByteArray version = line.left(sp);
    const bool versionOk = version.size() == 8 && version.startsWith("HTTP/")
        && std::isdigit(static_cast<unsigned char>(version[5])) && version[6] == '.'
        && std::isdigit(static_cast<unsigned char>(version[7]));
    const QByteArray rest = sp < 0 ? QByteArray() : line.mid(sp + 1);
    const QByteArray code = rest.left(3);
    bool codeOk = code.size() == 3 && (rest.size() == 3 || rest[3] == ' ');
    for (char c : code)
        codeOk = codeOk && std::isdigit(static_cast<unsigned char>(c));
    if (!versionOk || !codeOk || code[0] == '0') {
        fail(HttpResponseParser::tr("malformed status line \"%1\"").arg(printable(line, 120)));
        return;
    }
    m_version = QString::fromLatin1(version.mid(5));
    m_code = code.toInt();
    m_reason = QString::fromUtf8(rest.mid(4)).trimmed();
    m_state = State::Headers;
}

void HttpResponseParser::parseHeaderLine(const QByteArray &line)
{
    if (line.startsWith(' ') || line.startsWith('\t')) {
        // Obsolete line folding: continues the previous value.
        if (!m_headers.isEmpty())
            m_headers.last().second += ' ' + line.trimmed();
        return;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(QByteArrayView(line).first(colon))) {
        fail(HttpResponseParser::tr("malformed header line \"%1\"").arg(printable(line, 120)));
        return;
    }
    m_headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
}

void HttpResponseParser::headersDone()
{
    if (m_code >= 100 && m_code < 200 && m_code != 101) {
        // An interim response (100 Continue, 103 Early Hints): the real one follows.
        m_code = 0;
        m_reason.clear();
        m_version.clear();
        m_headers.clear();
        m_state = State::StatusLine;
        return;
    }
    m_state = State::Body;
    const QByteArray te = header("Transfer-Encoding").toLower();
    const QByteArray cl = header("Content-Length");
    if (m_head || m_code == 101 || m_code == 204 || m_code == 304) {
        m_framing = Framing::None;
    } else if (te.contains("chunked")) {
        m_framing = Framing::Chunked;
        m_chunk = ChunkState::Size;
    } else if (!cl.isEmpty()) {
        bool ok = false;
        m_remaining = cl.trimmed().toLongLong(&ok);
        if (!ok || m_remaining < 0) {
            fail(HttpResponseParser::tr("invalid Content-Length \"%1\"").arg(printable(cl, 40)));
            return;
        }
        m_framing = Framing::Length;
    } else {
        m_framing = Framing::UntilClose;
    }
    if (m_framing == Framing::None || (m_framing == Framing::Length && m_remaining == 0))
        m_state = State::Complete;
}

void HttpResponseParser::consumeBody()
{
    if (m_framing == Framing::Chunked) {
        consumeChunked();
        return;
    }
    if (m_state != State::Body)
        return;
    const QByteArray rest = std::exchange(m_pending, {});
    keepBody(rest);
}

void HttpResponseParser::keepBody(QByteArrayView data)
{
    if (m_state != State::Body)
        return;
    if (m_framing == Framing::Length) {
        const qint64 take = std::min<qint64>(data.size(), m_remaining);
        data = data.first(take);
        m_remaining -= take;
    }
    const qsizetype room = maxBodyBytes - m_body.size();
    m_body.append(data.first(std::min(room, data.size())));
    if (data.size() > room)
        m_bodyTruncated = true;
    if (m_framing == Framing::Length && m_remaining == 0)
        m_state = State::Complete;
    else if (m_body.size() >= maxBodyBytes) {
        // Enough to judge: a load balancer does not read further either.
        m_bodyTruncated = true;
        m_state = State::Complete;
    }
}

void HttpResponseParser::consumeChunked()
{
    while (m_state == State::Body) {
        switch (m_chunk) {
        case ChunkState::Size: {
            const qsizetype nl = m_pending.indexOf('\n');
            if (nl < 0) {
                if (m_pending.size() > maxChunkLine)
                    fail(HttpResponseParser::tr("malformed chunked body: a chunk-size line longer than %1 bytes")
                             .arg(maxChunkLine));
                return;
            }
            QByteArray sizeText = m_pending.left(nl).trimmed();
            m_pending.remove(0, nl + 1);
            if (const qsizetype semi = sizeText.indexOf(';'); semi >= 0)
                sizeText.truncate(semi);
            bool ok = false;
            m_remaining = sizeText.trimmed().toLongLong(&ok, 16);
            if (!ok || m_remaining < 0) {
                fail(HttpResponseParser::tr("malformed chunked body: chunk size \"%1\"").arg(printable(sizeText, 40)));
                return;
            }
            m_chunk = m_remaining == 0 ? ChunkState::Trailer : ChunkState::Data;
            break;
        }
        case ChunkState::Data: {
            if (m_pending.isEmpty())
                return;
            const qsizetype take = qsizetype(std::min<qint64>(m_remaining, m_pending.size()));
            const qsizetype room = maxBodyBytes - m_body.size();
            m_body.append(QByteArrayView(m_pending).first(std::min(room, take)));
            m_pending.remove(0, take);
            m_remaining -= take;
            if (take > room) {
                m_bodyTruncated = true;
                m_state = State::Complete;
                return;
            }
            if (m_remaining == 0)
                m_chunk = ChunkState::DataEnd;
            break;
        }
        case ChunkState::DataEnd:
        case ChunkState::Trailer: {
            const qsizetype nl = m_pending.indexOf('\n');
            if (nl < 0) {
                if (m_pending.size() > maxChunkLine)
                    fail(HttpResponseParser::tr("malformed chunked body: missing line break after a chunk"));
                return;
            }
            const bool emptyLine = m_pending.left(nl).trimmed().isEmpty();
            m_pending.remove(0, nl + 1);
            if (m_chunk == ChunkState::DataEnd)
                m_chunk = ChunkState::Size;
            else if (emptyLine)
                m_state = State::Complete; // trailers (if any) end with an empty line
            break;
        }
        }
    }
}

void HttpResponseParser::finish()
{
    switch (m_state) {
    case State::Complete:
    case State::Error: return;
    case State::StatusLine:
        if (m_seen == 0)
            fail(HttpResponseParser::tr("the backend closed the connection without sending a response"));
        else
            fail(HttpResponseParser::tr(
                     "the backend closed the connection after %1 bytes, in the middle of the status line")
                     .arg(m_seen));
        return;
    case State::Headers:
        fail(HttpResponseParser::tr("the backend closed the connection in the middle of the headers (after %1 bytes)")
                 .arg(m_seen));
        return;
    case State::Body:
        if (m_framing == Framing::Length || m_framing == Framing::Chunked)
            m_bodyCutShort = true;
        m_state = State::Complete;
        return;
    }
}

QString HttpResponseParser::printable(QByteArrayView bytes, qsizetype maxBytes)
{
    const QByteArrayView shown = bytes.first(std::min(bytes.size(), maxBytes));
    QString out;
    out.reserve(shown.size());
    qsizetype i = 0;
    while (i < shown.size()) {
        const auto c = static_cast<unsigned char>(shown[i]);
        if (c == '\r' && i + 1 < shown.size() && shown[i + 1] == '\n') {
            out += QLatin1Char('\n');
            i += 2;
            continue;
        }
        if (c == '\n' || c == '\t' || (c >= 0x20 && c < 0x7f)) {
            out += QLatin1Char(char(c));
            ++i;
            continue;
        }
        if (c >= 0x80) {
            // A valid UTF-8 sequence stays readable; anything else is shown byte by byte.
            const qsizetype len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 ? 2 : 0;
            if (len > 0 && i + len <= shown.size()) {
                const QString decoded = QString::fromUtf8(shown.sliced(i, len));
                if (decoded.size() >= 1 && !decoded.contains(QChar::ReplacementCharacter) && decoded.at(0).isPrint()) {
                    out += decoded;
                    i += len;
                    continue;
                }
            }
        }
        out += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
        ++i;
    }
    if (bytes.size() > shown.size())
        out += HttpResponseParser::tr("\n[... %1 more bytes not shown]").arg(bytes.size() - shown.size());
    return out;
}
