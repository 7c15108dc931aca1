#pragma once

#include "core/diagnosis.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

struct Finding;
struct Session;

struct ReportFact
{
    QString label; // translated
    QString value; // from the session: escape before it reaches markup
};

struct ReportFix
{
    qsizetype finding = -1;
    QString title; // the step's title
    QString fix; // words
    QStringList commands;
    bool explainedByRoot = false; // likely clears once the root cause is fixed
};

// What every report says, in the order it says it, worked out once so that the HTML, Markdown
// and PDF writers cannot disagree. Holds plain text; each writer escapes for its own markup.
class ReportContent
{
public:
    explicit ReportContent(const Session &session, const QDateTime &createdAt = QDateTime::currentDateTimeUtc());

    const Session &session() const { return m_session; }
    const DiagnosisResult &diagnosis() const { return m_diagnosis; }
    QString title() const; // "LB Doctor report: 10.0.0.5:80 (HTTP)"
    const QList<ReportFact> &facts() const { return m_facts; }
    QString verdictText() const; // one sentence under the verdict
    // "Verdict: HEALTHY", or "Verdict: HEALTHY as far as checked" when a step was not verified.
    QString verdictHeadline() const;
    QStringList notVerifiedTitles() const; // steps the verdict does not rest on
    QString notVerifiedHeading() const; // "Not verified (NOT RUN or no answer)"
    QStringList restsOnTitles() const;
    const Finding *rootCause() const;
    QStringList explainedTitles() const; // what the root cause also explains
    QStringList conflicts() const;
    QStringList uncheckedTitles() const;
    const QList<ReportFix> &fixes() const { return m_fixes; }

    static QString stepTitle(const Finding &finding);
    QString checks(const Finding &finding) const; // what the step checks, from the profile guidance
    QString fixText(const Finding &finding) const; // the finding's fix, else the guidance's for a problem
    QString durationText(const Finding &finding) const;
    QString footer() const;
    static QString clearsWithRootNote(); // shown next to a fix that explainedByRoot marks

    static qint64 utf8Size(QStringView text);
    static QString sizeText(qint64 bytes); // "812 bytes", "256 KiB", "20.0 MiB"
    // The longest prefix of text within maxBytes of UTF-8, ending at a line break when one is near,
    // never inside a surrogate pair.
    static QStringView cut(QStringView text, qint64 maxBytes);
    // "Cut: the first 256 KiB of 20.0 MiB are shown; the full output is in the JSON report."
    static QString cutNote(qint64 shownBytes, qint64 totalBytes);

private:
    const Session &m_session;
    QDateTime m_createdAt;
    DiagnosisResult m_diagnosis;
    QList<ReportFact> m_facts;
    QList<ReportFix> m_fixes;

    Q_DECLARE_TR_FUNCTIONS(ReportContent)
};
