#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCoreApplication;

// Dispatches `lbdoctor-cli COMMAND ...` per the command-line contract in docs/cli.md.
class CliApplication
{
public:
    explicit CliApplication(QCoreApplication &app) : m_app(app) { }
    int run(const QStringList &arguments);

private:
    int profiles(const QStringList &arguments);
    int analyze(const QStringList &arguments);
    int runAsync(class AsyncCommand *command, const QStringList &arguments);
    static QString usage();

    QCoreApplication &m_app;

    Q_DECLARE_TR_FUNCTIONS(CliApplication)
};
