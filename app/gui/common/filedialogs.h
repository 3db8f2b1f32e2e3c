#pragma once

#include <QString>
#include <QStringList>

class QWidget;

// Every file dialog of the program. They never look inside a file to choose its icon or its type
// (Qt's own dialog and the GTK one read the first bytes of each file they list, the open
// database's -wal and -shm files too, and closing those handles drops the window's SQLite locks:
// see LiveFiles); their dates and sizes are written in the interface language; and they open at
// a size that shows the columns whole.
namespace FileDialogs {
QString openFile(
    QWidget *parent, const QString &caption, const QString &folder, const QString &filter);
QStringList openFiles(
    QWidget *parent, const QString &caption, const QString &folder, const QString &filter);
QString saveFile(QWidget *parent, const QString &caption, const QString &suggested,
    const QString &filter, QString *selectedFilter = nullptr);
QString chooseFolder(QWidget *parent, const QString &caption, const QString &folder);
} // namespace FileDialogs
