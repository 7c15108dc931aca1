#pragma once

#include <QCoreApplication>
#include <QStringList>

// `lbdoctor-cli bundle --os linux|windows --profile ID --listener L --port N [--ip IP]`: prints the
// collection bundle script for the target, to run on the backend and paste back with
// `check ... --evidence bundle=FILE`.
namespace BundleCommand {

// The translation context of this namespace's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BundleCommand)
};

int run(const QStringList &arguments);
} // namespace BundleCommand
