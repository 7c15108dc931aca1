#pragma once

#include "collect/group/groupsshcollection.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Asks how to reach every backend of a group over SSH: a destination template (admin@{ip},
// {name}), ssh options, the backends' system. Keys and ssh-agent only: a password prompt cannot
// be answered for a whole group, and the dialog says where password sign-in is (one backend).
class GroupSshDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GroupSshDialog(int backends, QWidget *parent = nullptr);

    // What the user entered, checked; an Error names the field at fault.
    Result<GroupSshCollection::Settings> settings() const;

private:
    void validate();

    QLineEdit *m_destination = nullptr;
    QLineEdit *m_options = nullptr;
    QCheckBox *m_windows = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
