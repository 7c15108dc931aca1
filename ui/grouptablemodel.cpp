#include "grouptablemodel.h"

#include "statusicons.h"

GroupTableModel::GroupTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void GroupTableModel::setRunner(GroupRunner *runner, const QStringList &steps)
{
    beginResetModel();
    m_runner = runner;
    m_steps = steps;
    m_verdicts = QList<Verdict>(runner ? runner->members().size() : 0, Verdict::Inconclusive);
    endResetModel();
}

void GroupTableModel::backendChanged(int index)
{
    if (!m_runner || index < 0 || index >= m_verdicts.size())
        return;
    const GroupMember &m = m_runner->members().at(index);
    if (m.state == GroupMember::State::Done)
        m_verdicts[index] = Diagnosis::verdict(m.findings, m.context.target.listener);
    emit dataChanged(this->index(index, 0), this->index(index, columnCount() - 1));
}

void GroupTableModel::refreshAll()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int GroupTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_runner ? 0 : int(m_runner->members().size());
}

int GroupTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size()) + 2;
}

QVariant GroupTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_runner || !index.isValid() || index.row() >= m_runner->members().size())
        return {};
    const GroupMember &m = m_runner->members().at(index.row());
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return m.row.label();
        if (role == Qt::ToolTipRole)
            return m.row.endpoint();
        return {};
    }
    if (index.column() == columnCount() - 1) {
        if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
            return {};
        switch (m.state) {
        case GroupMember::State::Waiting: return tr("waiting");
        case GroupMember::State::Running: return tr("checking...");
        case GroupMember::State::Stopped: return tr("stopped");
        case GroupMember::State::Done: return verdictWord(m_verdicts.value(index.row()));
        }
        return {};
    }
    const QString step = m_steps.at(index.column() - 1);
    StatusIcons::State state =
        m.state == GroupMember::State::Running ? StatusIcons::State::Running : StatusIcons::State::NotRun;
    QString summary;
    for (const Finding &f : m.findings) {
        if (f.step == step) {
            state = StatusIcons::stateOf(f.status);
            summary = f.summary;
        }
    }
    switch (role) {
    case Qt::DecorationRole: return StatusIcons::icon(state);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: return StatusIcons::word(state);
    case Qt::ToolTipRole: return summary;
    default: return {};
    }
}

QVariant GroupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Backend");
    if (section == columnCount() - 1)
        return tr("Verdict");
    const QString step = m_steps.value(section - 1);
    return role == Qt::ToolTipRole ? Step::titleFor(step) : step.toUpper();
}
