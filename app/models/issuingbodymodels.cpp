#include "issuingbodymodels.h"

#include "io/spreadsheet.h"

namespace {

QStringList by(const char *expression)
{
    return {QLatin1String(expression)};
}

// The list, with the body that issues by default marked in words rather than as 1.
class IssuingBodyList : public SqlListModel
{
public:
    using SqlListModel::SqlListModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (index.column() == IssuingBodyModels::ListDefault
            && (role == Qt::DisplayRole || role == Qt::ToolTipRole
                || role == Spreadsheet::ValueRole))
            return SqlListModel::data(index, Qt::EditRole).toInt() == 1
                ? QVariant(IssuingBodyModels::tr("Yes"))
                : QVariant();
        return SqlListModel::data(index, role);
    }
};

} // namespace

SqlListModel *IssuingBodyModels::list(Store *store, QObject *parent)
{
    SqlListModel::Spec spec;
    spec.table = QStringLiteral("issuing_body b");
    spec.joins = {QStringLiteral("LEFT JOIN unit u ON u.id = b.unit_id")};
    spec.idColumn = QStringLiteral("b.id");
    spec.searchTable = QStringLiteral("issuing_body");
    spec.columns = {
        {tr("Name"), QStringLiteral("b.name"), by("b.sort_key")},
        {tr("Code"), QStringLiteral("b.issuer_code"), by("b.issuer_code")},
        {tr("Place name"), QStringLiteral("b.place_name"), by("b.place_name")},
        {tr("Unit"), QStringLiteral("u.name"), by("u.sort_key")},
        {tr("Issues by default"), QStringLiteral("b.is_default"), by("b.is_default")},
        {tr("Register closed on"), QStringLiteral("b.closed_on"), by("b.closed_on"), std::nullopt,
            true},
    };
    return new IssuingBodyList(store, spec, parent);
}

ChildRowsModel *IssuingBodyModels::terms(QObject *parent)
{
    ChildRowsModel::Spec spec;
    spec.table = QStringLiteral("issuing_body_term");
    spec.parentColumn = QStringLiteral("issuing_body_id");
    spec.select = QStringLiteral("SELECT id, version, name, starts_on, ends_on "
                                 "FROM issuing_body_term WHERE issuing_body_id = ? "
                                 "ORDER BY starts_on, id");
    spec.columns = {
        {QStringLiteral("name"), tr("Term")},
        {QStringLiteral("starts_on"), tr("From")},
        {QStringLiteral("ends_on"), tr("To")},
    };
    return new ChildRowsModel(spec, parent);
}

ChildRowsModel *IssuingBodyModels::signers(QObject *parent)
{
    ChildRowsModel::Spec spec;
    spec.table = QStringLiteral("issuing_body_signer");
    spec.parentColumn = QStringLiteral("issuing_body_id");
    spec.select = QStringLiteral("SELECT id, version, report_kind, authority, title, signer_name, "
                                 "recipients FROM issuing_body_signer WHERE issuing_body_id = ? "
                                 "ORDER BY position, id");
    ChildRowsModel::Column recipients {QStringLiteral("recipients"), tr("Recipients")};
    recipients.multiline = true;
    spec.columns = {
        {QStringLiteral("report_kind"), tr("Document")},
        {QStringLiteral("authority"), tr("Authority")},
        {QStringLiteral("title"), tr("Title")},
        {QStringLiteral("signer_name"), tr("Signer")},
        recipients,
    };
    return new ChildRowsModel(spec, parent);
}
