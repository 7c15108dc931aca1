#pragma once

#include "core/diagnosis.h"
#include "core/group/grouprunner.h"

#include <QAbstractTableModel>
#include <QPointer>

// The group's table for the wizard: one row per backend, one column per step (status icon and
// word), then the backend's verdict. Reads the GroupRunner's members; a backend's row changes
// when it starts and when it finishes.
class GroupTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit GroupTableModel(QObject *parent = nullptr);
    void setRunner(GroupRunner *runner, const QStringList &steps);
    void backendChanged(int index);
    void refreshAll(); // every row again, without judging anything anew
    // Verdicts decided per backend as it finishes, so the table never waits for the whole group.
    Verdict verdictOf(int index) const { return m_verdicts.value(index, Verdict::Inconclusive); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QPointer<GroupRunner> m_runner;
    QStringList m_steps;
    QList<Verdict> m_verdicts;
};
