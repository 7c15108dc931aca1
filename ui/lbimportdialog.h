#pragma once

#include "analyzers/lb/lbimport.h"

#include <QDialog>

class PasteBox;
class QLabel;
class QPushButton;

// "Import from load balancer...": the JSON the provider's CLI or API printed (pasted or opened
// from a file), read by the engine's LbImport. A configuration or a backend status is handed to
// the target page; anything else is named in the dialog and nothing is filled.
class LbImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LbImportDialog(QWidget *parent = nullptr);

    void setText(const QString &text, const QString &origin); // as if pasted or opened
    bool importText(); // what the Import button does

signals:
    void imported(const LbImportResult &result, const QString &text, const QString &origin);

private:
    void openFile();

    PasteBox *m_paste = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_import = nullptr;
    QString m_origin;
};
