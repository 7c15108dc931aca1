#include "reportwriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <vector>

namespace {
std::vector<std::unique_ptr<ReportWriter>> &writers()
{
    static std::vector<std::unique_ptr<ReportWriter>> list;
    return list;
}
} // namespace

bool ReportRegistry::add(std::unique_ptr<ReportWriter> writer)
{
    writers().push_back(std::move(writer));
    return true;
}

const ReportWriter *ReportRegistry::forExtension(const QString &extension)
{
    for (const auto &w : writers()) {
        if (w->extension().compare(extension, Qt::CaseInsensitive) == 0)
            return w.get();
    }
    return nullptr;
}

const ReportWriter *ReportRegistry::forFileName(const QString &fileName)
{
    return forExtension(QFileInfo(fileName).suffix());
}

QStringList ReportRegistry::extensions()
{
    QStringList out;
    for (const auto &w : writers())
        out << QLatin1Char('.') + w->extension();
    std::sort(out.begin(), out.end());
    return out;
}

namespace ReportFile {

Result<void> write(const Session &session, const QString &fileName)
{
    const ReportWriter *writer = ReportRegistry::forFileName(fileName);
    if (!writer) {
        return Error{ReportFile::Tr::tr("cannot write \"%1\": the report format is chosen by the extension, one of %2")
                         .arg(fileName, ReportRegistry::extensions().join(QStringLiteral(", ")))};
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ReportFile::Tr::tr("cannot write %1: %2").arg(fileName, file.errorString())};
    file.write(writer->render(session));
    if (!file.commit())
        return Error{ReportFile::Tr::tr("cannot write %1: %2").arg(fileName, file.errorString())};
    return {};
}

} // namespace ReportFile
