#include "worklists.h"

namespace {
QStringList by(std::initializer_list<const char *> expressions)
{
    QStringList list;
    for (const char *expression : expressions)
        list << QLatin1String(expression);
    return list;
}
} // namespace

SqlListModel *WorkLists::conferences(Store *store, QObject *parent)
{
    SqlListModel::Spec spec;
    spec.table = QStringLiteral("conference c");
    spec.joins = {QStringLiteral("LEFT JOIN unit u ON u.id = c.organizer_unit_id"),
        QStringLiteral("LEFT JOIN legal_document d ON d.id = c.legal_document_id")};
    spec.idColumn = QStringLiteral("c.id");
    spec.searchTable = QStringLiteral("conference");
    spec.columns = {
        {tr("Date"), QStringLiteral("c.held_on"), by({"c.held_on"}), std::nullopt, true},
        {tr("Kind"), QStringLiteral("c.kind"), {}, Labels::Enum::ConferenceKind},
        {tr("Conference"), QStringLiteral("c.title"), by({"c.sort_key"})},
        {tr("Organized by"), QStringLiteral("u.name"), by({"u.sort_key"})},
        {tr("Implements"), QStringLiteral("d.code"), by({"d.sort_key"})},
        {tr("Status"), QStringLiteral("c.status"), {}, Labels::Enum::ConferenceStatus},
        // Sorted by level, Thường to Tuyệt mật, not by the words.
        {tr("Secrecy"), QStringLiteral("c.secrecy"),
            {QStringLiteral("CASE c.secrecy WHEN 'none' THEN 0 WHEN 'confidential' THEN 1 "
                            "WHEN 'secret' THEN 2 ELSE 3 END")},
            Labels::Enum::Secrecy},
    };
    spec.defaultSortColumn = ConferenceDate;
    spec.defaultSortOrder = Qt::DescendingOrder;
    spec.stretchColumn = ConferenceTitle;
    spec.secrecy = QStringLiteral("c.secrecy");
    return new SqlListModel(store, spec, parent);
}

SqlListModel *WorkLists::outgoingRegister(Store *store, QObject *parent)
{
    SqlListModel::Spec spec;
    spec.table = QStringLiteral("document_register r");
    spec.joins = {QStringLiteral("JOIN document_type t ON t.code = r.type_code"),
        QStringLiteral("LEFT JOIN issuing_body b ON b.id = r.issuing_body_id"),
        QStringLiteral("LEFT JOIN document_register p ON p.id = r.replaces_id")};
    spec.idColumn = QStringLiteral("r.id");
    spec.searchTable = QStringLiteral("document_register");
    spec.columns = {
        // Newest first means the newest year first, then the highest number.
        {tr("Number and code"), QStringLiteral("r.code"),
            by({"r.year", "r.type_code", "r.number"})},
        {tr("Date"), QStringLiteral("r.issued_on"), by({"r.issued_on"}), std::nullopt, true},
        {tr("Type"), QStringLiteral("t.name"), by({"t.sort_key"})},
        {tr("Excerpt"), QStringLiteral("r.excerpt"), by({"r.excerpt_key"})},
        {tr("Signed by"), QStringLiteral("r.signer"), by({"r.signer_key"})},
        {tr("Status"), QStringLiteral("r.status"), {}, Labels::Enum::RegisterStatus},
        {tr("Issuing body"), QStringLiteral("b.name"), by({"b.sort_key"})},
        {tr("Replaces"), QStringLiteral("p.code"), by({"p.year", "p.type_code", "p.number"})},
    };
    spec.defaultSortColumn = RegisterCode;
    spec.defaultSortOrder = Qt::DescendingOrder;
    spec.stretchColumn = RegisterExcerpt;
    return new SqlListModel(store, spec, parent);
}
