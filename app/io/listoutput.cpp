#include "listoutput.h"

#include "models/auditlist.h"
#include "models/commendationlists.h"
#include "models/directorymodels.h"
#include "models/followuplist.h"
#include "models/inspectionlists.h"
#include "models/sqllistmodel.h"
#include "models/worklists.h"
#include "reports/reports.h"
#include "storage/store.h"

#include <QDir>
#include <QFileInfo>

Spreadsheet::Table ListOutput::table(
    SqlListModel *model, const QList<int> &columns, const QString &title)
{
    model->fetchAll();
    Spreadsheet::Table table = Spreadsheet::fromModel(model, columns);
    table.title = title;
    table.sheetName = title;
    table.secrecy = Reports::secrecyMark(model->highestSecrecy());
    return table;
}

QList<int> ListOutput::shownColumns(const SqlListModel &model)
{
    QList<int> columns;
    for (int c = 1; c < model.columnCount(); ++c) {
        if (!model.headerData(c, Qt::Horizontal).toString().isEmpty())
            columns << c;
    }
    return columns;
}

bool ListOutput::write(Store &store, const SqlListModel &model, const Spreadsheet::Table &table,
    const QString &path, QString *error)
{
    qint64 id = 0;
    const QString secrecy = model.highestSecrecy(&id);
    const bool secret = secrecy != QLatin1String("none");
    // The entry of a secret list names its most secret row: whoever may not read that row does
    // not see the entry either.
    const QVariantMap details {{QStringLiteral("kind"), QStringLiteral("list")},
        {QStringLiteral("rows"), int(table.rows.size())},
        {QStringLiteral("file"), QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())},
        {QStringLiteral("secrecy"), secrecy}};
    if ((secret || !store.isReadOnly())
        && !store.logOutput(QStringLiteral("export"), model.mainTable(), secret ? id : 0,
            table.title, details, error))
        return false;
    return Spreadsheet::write(table, path, error);
}

QString ListOutput::suggestedName(const QString &title, const QDate &day)
{
    QString name = title;
    // Characters no file name of Windows may hold.
    for (QChar &c : name) {
        if (QStringLiteral("<>:\"/\\|?*").contains(c))
            c = QLatin1Char('-');
    }
    return name.trimmed() + QLatin1Char(' ') + day.toString(Qt::ISODate);
}

namespace {

struct List
{
    const char *name;
    const char *title;
    SqlListModel *(*make)(Store *, QObject *);
};

// The titles are the pages' own (the navigation's words).
const List lists[] = {
    {"conferences", QT_TRANSLATE_NOOP("ListOutput", "Conferences"), &WorkLists::conferences},
    {"people", QT_TRANSLATE_NOOP("ListOutput", "People"), &DirectoryModels::people},
    {"units", QT_TRANSLATE_NOOP("ListOutput", "Units"), &DirectoryModels::units},
    {"documents", QT_TRANSLATE_NOOP("ListOutput", "Documents"), &DirectoryModels::documents},
    {"inspections", QT_TRANSLATE_NOOP("ListOutput", "Inspection teams"), &InspectionLists::teams},
    {"recommendations", QT_TRANSLATE_NOOP("ListOutput", "Inspection conclusions"),
        [](Store *store, QObject *parent) -> SqlListModel * {
            return new FollowUpList(store, parent);
        }},
    {"commendations", QT_TRANSLATE_NOOP("ListOutput", "Commendations"),
        &CommendationLists::commendations},
    {"register", QT_TRANSLATE_NOOP("ListOutput", "Outgoing document register"),
        &WorkLists::outgoingRegister},
    {"audit", QT_TRANSLATE_NOOP("ListOutput", "Change log"),
        [](Store *store, QObject *parent) -> SqlListModel * {
            return new AuditList(store, parent);
        }},
};

const List *listNamed(const QString &name)
{
    for (const List &list : lists) {
        if (name == QLatin1String(list.name))
            return &list;
    }
    return nullptr;
}

} // namespace

QStringList ListOutput::names()
{
    QStringList names;
    for (const List &list : lists)
        names << QLatin1String(list.name);
    return names;
}

SqlListModel *ListOutput::model(const QString &name, Store *store, QObject *parent)
{
    const List *list = listNamed(name);
    return list ? list->make(store, parent) : nullptr;
}

QString ListOutput::title(const QString &name)
{
    const List *list = listNamed(name);
    return list ? tr(list->title) : QString();
}
