#include "filedialogs.h"

#include <QAbstractFileIconProvider>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QGuiApplication>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLocale>
#include <QMimeDatabase>
#include <QScreen>
#include <QTreeView>

namespace {

// Icons and types from the name alone: a file's content is never read.
class NameOnlyIconProvider : public QAbstractFileIconProvider
{
public:
    using QAbstractFileIconProvider::icon;

    QIcon icon(const QFileInfo &info) const override
    {
        if (info.isDir())
            return icon(QAbstractFileIconProvider::Folder);
        const QMimeType type = mimeType(info);
        return QIcon::fromTheme(type.iconName(),
            QIcon::fromTheme(type.genericIconName(), icon(QAbstractFileIconProvider::File)));
    }

    QString type(const QFileInfo &info) const override
    {
        if (info.isDir())
            return QCoreApplication::translate("FileDialogs", "Folder");
        const QMimeType type = mimeType(info);
        return type.isDefault() ? info.suffix() : type.comment();
    }

private:
    static QMimeType mimeType(const QFileInfo &info)
    {
        return QMimeDatabase().mimeTypeForFile(info.fileName(), QMimeDatabase::MatchExtension);
    }
};

// Dates and sizes in the interface's language (Qt's file model writes the system's).
class LocaleProxyModel : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        const auto *files = qobject_cast<const QFileSystemModel *>(sourceModel());
        if (role == Qt::DisplayRole && files && (index.column() == 1 || index.column() == 3)) {
            const QFileInfo info = files->fileInfo(mapToSource(index));
            if (index.column() == 3)
                return QLocale().toString(info.lastModified(), QLocale::ShortFormat);
            if (info.isFile())
                return QLocale().formattedDataSize(info.size());
        }
        return QIdentityProxyModel::data(index, role);
    }
};

QAbstractFileIconProvider *iconProvider()
{
    static NameOnlyIconProvider provider;
    return &provider;
}

void prepare(QFileDialog &dialog, const QString &caption)
{
    dialog.setWindowTitle(caption);
#ifndef Q_OS_WIN
    // The native dialog of a Linux desktop runs in this process too and reads files to guess
    // their types; on Windows, SQLite's locks are not lost by other handles.
    dialog.setOption(QFileDialog::DontUseNativeDialog);
#endif
    dialog.setIconProvider(iconProvider());
    dialog.setProxyModel(new LocaleProxyModel(&dialog));
    const QRect screen
        = dialog.screen() ? dialog.screen()->availableGeometry() : QRect(0, 0, 1024, 768);
    dialog.resize(qMin(900, screen.width() * 9 / 10), qMin(560, screen.height() * 8 / 10));
    if (auto *view = dialog.findChild<QTreeView *>(QStringLiteral("treeView"))) {
        QHeaderView *header = view->header();
        header->setStretchLastSection(false);
        header->setSectionResizeMode(0, QHeaderView::Stretch);
        for (int column = 1; column < 4; ++column)
            header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
}

} // namespace

namespace {

QStringList chooseExisting(QWidget *parent, const QString &caption, const QString &folder,
    const QString &filter, QFileDialog::FileMode mode)
{
    QFileDialog dialog(parent, caption, folder, filter);
    prepare(dialog, caption);
    dialog.setFileMode(mode);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles() : QStringList();
}

} // namespace

QString FileDialogs::openFile(
    QWidget *parent, const QString &caption, const QString &folder, const QString &filter)
{
    return chooseExisting(parent, caption, folder, filter, QFileDialog::ExistingFile).value(0);
}

QStringList FileDialogs::openFiles(
    QWidget *parent, const QString &caption, const QString &folder, const QString &filter)
{
    return chooseExisting(parent, caption, folder, filter, QFileDialog::ExistingFiles);
}

QString FileDialogs::saveFile(QWidget *parent, const QString &caption, const QString &suggested,
    const QString &filter, QString *selectedFilter)
{
    QFileDialog dialog(parent, caption, suggested, filter);
    prepare(dialog, caption);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return QString();
    if (selectedFilter)
        *selectedFilter = dialog.selectedNameFilter();
    return dialog.selectedFiles().first();
}

QString FileDialogs::chooseFolder(QWidget *parent, const QString &caption, const QString &folder)
{
    QFileDialog dialog(parent, caption, folder);
    prepare(dialog, caption);
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    return dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty()
        ? dialog.selectedFiles().first()
        : QString();
}
