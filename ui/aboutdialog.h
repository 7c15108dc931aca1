#pragma once

#include <QDialog>

// Version, what LB Doctor is, and the licences of LB Doctor and the Qt libraries it uses.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    static QString licenceText(); // LB Doctor's own licence, from the resources
};
