#pragma once

#include "core/group/targetlist.h"

#include <QGroupBox>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

// The target page's server group: a pasted list or a CSV file (ip,port[,check_port][,name]), or the
// backends of an imported load balancer status. When checked, the group replaces the single
// backend's IP and port; the rows the engine's TargetListParser leaves out are named with their line.
class GroupTargetsBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit GroupTargetsBox(QWidget *parent = nullptr);

    bool isActive() const { return isChecked(); }
    const TargetList &list() const { return m_list; }
    QString text() const;
    void setText(const QString &text);
    // The backends of an imported status ("ip,port,,id" rows); enables "Use the imported backends".
    void setImportedBackends(const QString &csv);
    void loadFile(const QString &fileName);

signals:
    void changed();

private:
    void reparse();

    QPlainTextEdit *m_edit = nullptr;
    QPushButton *m_load = nullptr;
    QPushButton *m_useImported = nullptr;
    QLabel *m_summary = nullptr;
    QTimer *m_debounce = nullptr;
    QString m_importedCsv;
    TargetList m_list;
};
