#include "directorymodels.h"

namespace {
QStringList by(const char *expression)
{
    return {QLatin1String(expression)};
}
} // namespace

SqlListModel *DirectoryModels::units(Store *store, QObject *parent)
{
    SqlListModel::Spec spec;
    spec.table = QStringLiteral("unit u");
    spec.joins = {QStringLiteral("LEFT JOIN unit p ON p.id = u.parent_id"),
        QStringLiteral("LEFT JOIN unit s ON s.id = u.successor_id")};
    spec.idColumn = QStringLiteral("u.id");
    spec.searchTable = QStringLiteral("unit");
    spec.columns = {
        {tr("Name"), QStringLiteral("u.name"), by("u.sort_key")},
        {tr("Kind"), QStringLiteral("u.kind"), {}, Labels::Enum::UnitKind},
        {tr("Code"), QStringLiteral("u.issuer_code"), by("u.issuer_code")},
        {tr("Superior unit"), QStringLiteral("p.name"), by("p.sort_key")},
        // A renamed or merged unit keeps its old name on old records; the list says until when
        // it was valid and what replaced it.
        {tr("Valid until"), QStringLiteral("u.valid_to"), by("u.valid_to"), std::nullopt, true},
        {tr("Succeeded by"), QStringLiteral("s.name"), by("s.sort_key")},
    };
    return new SqlListModel(store, spec, parent);
}

SqlListModel *DirectoryModels::people(Store *store, QObject *parent)
{
    SqlListModel::Spec spec;
    spec.table = QStringLiteral("person p");
    spec.joins = {QStringLiteral("LEFT JOIN unit u ON u.id = p.unit_id")};
    spec.idColumn = QStringLiteral("p.id");
    spec.searchTable = QStringLiteral("person");
    spec.columns = {
        {tr("Full name"), QStringLiteral("p.full_name"), by("p.sort_key")},
        {tr("Current title"), QStringLiteral("p.title"), by("p.title_key")},
        {tr("Unit"), QStringLiteral("u.name"), by("u.sort_key")},
        {tr("Phone"), QStringLiteral("p.phone"), by("p.phone")},
    };
    spec.stretchColumn = PersonTitle;
    return new SqlListModel(store, spec, parent);
}

SqlListModel *DirectoryModels::documents(Store *store, QObject *parent)
{
    SqlListModel::Spec spec;
    spec.table = QStringLiteral("legal_document d");
    spec.joins = {QStringLiteral("JOIN document_type t ON t.code = d.type_code"),
        QStringLiteral("LEFT JOIN unit u ON u.id = d.issuer_unit_id")};
    spec.idColumn = QStringLiteral("d.id");
    spec.searchTable = QStringLiteral("legal_document");
    spec.columns = {
        {tr("Number and code"), QStringLiteral("d.code"), by("d.sort_key")},
        {tr("Type"), QStringLiteral("t.name"), by("t.sort_key")},
        {tr("Date issued"), QStringLiteral("d.issued_on"), by("d.issued_on"), std::nullopt, true},
        {tr("Excerpt"), QStringLiteral("d.excerpt"), by("d.excerpt_key")},
        {tr("Issued by"), QStringLiteral("u.name"), by("u.sort_key")},
    };
    spec.defaultSortColumn = DocumentIssuedOn;
    spec.stretchColumn = DocumentExcerpt;
    return new SqlListModel(store, spec, parent);
}
