#include "directorymodels.h"

SqlListModel *DirectoryModels::units(const QSqlDatabase &db, QObject *parent)
{
    SqlListModel::Spec spec;
    spec.from = QStringLiteral("unit u LEFT JOIN unit p ON p.id = u.parent_id "
                               "LEFT JOIN unit s ON s.id = u.successor_id");
    spec.idColumn = QStringLiteral("u.id");
    spec.searchColumns = {QStringLiteral("u.name_folded")};
    spec.columns = {
        {tr("Name"), QStringLiteral("u.name"), QStringLiteral("u.sort_key")},
        {tr("Kind"), QStringLiteral("u.kind"), QString(), Labels::Enum::UnitKind},
        {tr("Code"), QStringLiteral("u.issuer_code"), QStringLiteral("u.issuer_code")},
        {tr("Superior unit"), QStringLiteral("p.name"), QStringLiteral("p.sort_key")},
        // A renamed or merged unit keeps its old name on old records; the list says until when
        // it was valid and what replaced it.
        {tr("Valid until"), QStringLiteral("u.valid_to"), QStringLiteral("u.valid_to"),
         std::nullopt, true},
        {tr("Succeeded by"), QStringLiteral("s.name"), QStringLiteral("s.sort_key")},
    };
    return new SqlListModel(db, spec, parent);
}

SqlListModel *DirectoryModels::people(const QSqlDatabase &db, QObject *parent)
{
    SqlListModel::Spec spec;
    spec.from = QStringLiteral("person p LEFT JOIN unit u ON u.id = p.unit_id");
    spec.idColumn = QStringLiteral("p.id");
    spec.searchColumns = {QStringLiteral("p.name_folded"), QStringLiteral("p.title_folded"),
                          QStringLiteral("u.name_folded")};
    spec.columns = {
        {tr("Full name"), QStringLiteral("p.full_name"), QStringLiteral("p.sort_key")},
        {tr("Current title"), QStringLiteral("p.title"), QStringLiteral("vn_key(p.title)")},
        {tr("Unit"), QStringLiteral("u.name"), QStringLiteral("u.sort_key")},
        {tr("Phone"), QStringLiteral("p.phone"), QStringLiteral("p.phone")},
    };
    spec.stretchColumn = PersonTitle;
    return new SqlListModel(db, spec, parent);
}

SqlListModel *DirectoryModels::documents(const QSqlDatabase &db, QObject *parent)
{
    SqlListModel::Spec spec;
    spec.from = QStringLiteral("legal_document d JOIN document_type t ON t.code = d.type_code "
                               "LEFT JOIN unit u ON u.id = d.issuer_unit_id");
    spec.idColumn = QStringLiteral("d.id");
    spec.searchColumns = {QStringLiteral("d.search_folded")};
    spec.columns = {
        {tr("Number and code"), QStringLiteral("d.code"), QStringLiteral("d.sort_key")},
        {tr("Type"), QStringLiteral("t.name"), QStringLiteral("vn_key(t.name)")},
        {tr("Date issued"), QStringLiteral("d.issued_on"), QStringLiteral("d.issued_on"),
         std::nullopt, true},
        {tr("Excerpt"), QStringLiteral("d.excerpt"), QStringLiteral("vn_key(d.excerpt)")},
        {tr("Issued by"), QStringLiteral("u.name"), QStringLiteral("u.sort_key")},
    };
    spec.defaultSortColumn = DocumentIssuedOn;
    spec.stretchColumn = DocumentExcerpt;
    return new SqlListModel(db, spec, parent);
}
