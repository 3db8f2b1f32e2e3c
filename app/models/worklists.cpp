#include "worklists.h"

SqlListModel *WorkLists::conferences(const QSqlDatabase &db, QObject *parent)
{
    SqlListModel::Spec spec;
    spec.from = QStringLiteral("conference c LEFT JOIN unit u ON u.id = c.organizer_unit_id "
                               "LEFT JOIN legal_document d ON d.id = c.legal_document_id");
    spec.idColumn = QStringLiteral("c.id");
    spec.searchColumns = {QStringLiteral("c.title_folded"), QStringLiteral("u.name_folded")};
    spec.columns = {
        {tr("Date"), QStringLiteral("c.held_on"), QStringLiteral("c.held_on"), std::nullopt, true},
        {tr("Kind"), QStringLiteral("c.kind"), QString(), Labels::Enum::ConferenceKind},
        {tr("Conference"), QStringLiteral("c.title"), QStringLiteral("c.sort_key")},
        {tr("Organized by"), QStringLiteral("u.name"), QStringLiteral("u.sort_key")},
        {tr("Implements"), QStringLiteral("d.code"), QStringLiteral("d.sort_key")},
        {tr("Status"), QStringLiteral("c.status"), QString(), Labels::Enum::ConferenceStatus},
    };
    spec.defaultSortColumn = ConferenceDate;
    spec.defaultSortOrder = Qt::DescendingOrder;
    spec.stretchColumn = ConferenceTitle;
    return new SqlListModel(db, spec, parent);
}

SqlListModel *WorkLists::outgoingRegister(const QSqlDatabase &db, QObject *parent)
{
    SqlListModel::Spec spec;
    spec.from = QStringLiteral("document_register r JOIN document_type t ON t.code = r.type_code");
    spec.idColumn = QStringLiteral("r.id");
    spec.searchColumns = {QStringLiteral("vn_fold(r.code || ' ' || ifnull(r.excerpt, '') || ' ' "
                                         "|| ifnull(r.signer, ''))")};
    spec.columns = {
        {tr("Number and code"), QStringLiteral("r.code"),
         QStringLiteral("r.year, r.type_code, r.number")},
        {tr("Date"), QStringLiteral("r.issued_on"), QStringLiteral("r.issued_on"), std::nullopt,
         true},
        {tr("Type"), QStringLiteral("t.name"), QStringLiteral("vn_key(t.name)")},
        {tr("Excerpt"), QStringLiteral("r.excerpt"), QStringLiteral("vn_key(r.excerpt)")},
        {tr("Signed by"), QStringLiteral("r.signer"), QStringLiteral("vn_key(r.signer)")},
        {tr("Status"), QStringLiteral("r.status"), QString(), Labels::Enum::RegisterStatus},
    };
    spec.defaultSortColumn = RegisterCode;
    spec.defaultSortOrder = Qt::DescendingOrder;
    spec.stretchColumn = RegisterExcerpt;
    return new SqlListModel(db, spec, parent);
}
