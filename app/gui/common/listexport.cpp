#include "listexport.h"

#include "gui/common/filedialogs.h"
#include "gui/common/rolegate.h"
#include "gui/common/secretoutput.h"
#include "io/listoutput.h"
#include "models/sqllistmodel.h"
#include "reports/reports.h"
#include "core/clock.h"
#include "storage/store.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>

namespace {

// The list model under the view's proxies, if any.
SqlListModel *listOf(QTableView *view)
{
    QAbstractItemModel *model = view ? view->model() : nullptr;
    while (auto *proxy = qobject_cast<QAbstractProxyModel *>(model))
        model = proxy->sourceModel();
    return qobject_cast<SqlListModel *>(model);
}

} // namespace

Spreadsheet::Table ListExport::tableOf(QTableView *view, const QString &title)
{
    QHeaderView *header = view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        // (A column without a header holds what the page needs, not what it shows.)
        if (!header->isSectionHidden(logical)
            && !view->model()->headerData(logical, Qt::Horizontal).toString().isEmpty())
            columns << logical;
    }
    // The rows not read yet, at once (the model's pages would each walk past all before them).
    if (SqlListModel *list = listOf(view))
        list->fetchAll();
    Spreadsheet::Table table = Spreadsheet::fromModel(view->model(), columns);
    table.title = title;
    table.sheetName = title;
    if (const SqlListModel *list = listOf(view))
        table.secrecy = Reports::secrecyMark(list->highestSecrecy());
    return table;
}

bool ListExport::exportTo(Store *store, QTableView *view, const QString &title, const QString &path,
    int *rows, QString *error)
{
    SqlListModel *list = listOf(view);
    if (!list) {
        *error = tr("This page has no list to export.");
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Spreadsheet::Table table = tableOf(view, title);
    const bool written = ListOutput::write(*store, *list, table, path, error);
    QApplication::restoreOverrideCursor();
    if (rows)
        *rows = int(table.rows.size());
    return written;
}

QString ListExport::exported(int rows, const QString &path)
{
    return tr("Exported %n row(s) to %1", nullptr, rows).arg(QDir::toNativeSeparators(path));
}

QString ListExport::exportList(
    QWidget *parent, Store *store, QTableView *view, const QString &title)
{
    if (!store || !RoleGate::demand(parent, store, Access::Action::Print))
        return QString();
    const SqlListModel *list = listOf(view);
    if (!list) {
        QMessageBox::information(parent, tr("Export list"), tr("This page has no list to export."));
        return QString();
    }
    // A list holding secret rows is written to a file only when the user says so, knowing its
    // level.
    const QString mark = Reports::secrecyMark(list->highestSecrecy());
    if (!mark.isEmpty() && !SecretOutput::confirmExport(mark, parent))
        return QString();
    const QString target = askPath(parent, tr("Export list"),
        ListOutput::suggestedName(title, store->clock()->today()) + QStringLiteral(".xlsx"));
    if (target.isEmpty())
        return QString();
    int rows = 0;
    QString error;
    if (!exportTo(store, view, title, target, &rows, &error)) {
        QMessageBox::critical(parent, tr("Export list"), error);
        return QString();
    }
    return exported(rows, target);
}

QString ListExport::askPath(QWidget *parent, const QString &caption, const QString &name)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString selected;
    QString path = FileDialogs::saveFile(parent, caption, QDir(folder).filePath(name),
        tr("Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)"), &selected);
    // A name typed without its suffix takes the one of the kind chosen.
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!path.isEmpty() && suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        path += QRegularExpression(QStringLiteral("\\*(\\.[a-z]+)")).match(selected).captured(1);
    return path;
}
