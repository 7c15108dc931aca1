#pragma once

// The provider readers behind LbImport::read. Each gets the parsed JSON object (already unwrapped
// from Tencent's {"Response": ...}) and returns nullopt when the object is not one of its APIs.

#include "lbimport.h"

#include <QJsonObject>

#include <optional>

namespace LbReaders {
std::optional<LbImportResult> alibaba(const QJsonObject &root);
std::optional<LbImportResult> tencent(const QJsonObject &root);
std::optional<LbImportResult> huawei(const QJsonObject &root);
std::optional<LbImportResult> aws(const QJsonObject &root);
// A known API that is not an import source ("this is DescribeLoadBalancers, ..."); empty when unknown.
QString otherApi(const QJsonObject &root);

// The read-only commands that print what the import reads, per provider, for messages.
QString configCommand(const QString &profileId);
QString statusCommand(const QString &profileId);

// Helpers the readers share.
void fill(LbConfig &config, const QString &key, const QString &value, const QString &sourceField);
LbImportResult failure(const QString &message);
} // namespace LbReaders
