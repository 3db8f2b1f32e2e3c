#include "commendationformmodels.h"

namespace {

QStringList by(const char *expression)
{
    return {QLatin1String(expression)};
}

} // namespace

SqlListModel *CommendationFormModels::list(Store *store, QObject *parent)
{
    SqlListModel::Spec spec;
    spec.table = QStringLiteral("commendation_form f");
    spec.idColumn = QStringLiteral("f.id");
    spec.searchTable = QStringLiteral("commendation_form");
    spec.columns = {
        {tr("Name"), QStringLiteral("f.name"), by("f.position, f.sort_key")},
        {tr("Given to"), QStringLiteral("f.recipients"), by("f.recipients"),
            Labels::Enum::FormRecipients},
        {tr("Badge (years)"), QStringLiteral("f.badge_years"), by("f.badge_years")},
        {tr("Certificate (mm)"),
            QStringLiteral("printf('%g × %g', f.page_width_mm, f.page_height_mm)"),
            by("f.page_width_mm * f.page_height_mm")},
    };
    return new SqlListModel(store, spec, parent);
}

ChildRowsModel *CommendationFormModels::authorities(QObject *parent)
{
    ChildRowsModel::Spec spec;
    spec.table = QStringLiteral("commendation_form_authority");
    spec.parentColumn = QStringLiteral("form_id");
    spec.select = QStringLiteral("SELECT a.id, a.version, b.name AS body_name, a.issuing_body_id "
                                 "FROM commendation_form_authority a JOIN issuing_body b ON "
                                 "b.id = a.issuing_body_id WHERE a.form_id = ? "
                                 "ORDER BY a.position, b.sort_key, a.id");
    spec.hiddenFields = {QStringLiteral("issuing_body_id")};
    ChildRowsModel::Column body {QStringLiteral("body_name"), tr("Body that may give it")};
    body.editable = false;
    body.stored = false;
    spec.columns = {body};
    return new ChildRowsModel(spec, parent);
}

ChildRowsModel *CommendationFormModels::fields(QObject *parent)
{
    ChildRowsModel::Spec spec;
    spec.table = QStringLiteral("certificate_field");
    spec.parentColumn = QStringLiteral("form_id");
    spec.select = QStringLiteral("SELECT id, version, field, content, x_mm, y_mm, width_mm, "
                                 "font_pt, bold, italic, align FROM certificate_field "
                                 "WHERE form_id = ? ORDER BY position, id");
    ChildRowsModel::Column field {QStringLiteral("field"), tr("Printed text")};
    field.labels = Labels::Enum::CertificateField;
    ChildRowsModel::Column align {QStringLiteral("align"), tr("Alignment")};
    align.labels = Labels::Enum::TextAlign;
    const auto number = [](const char *name, const QString &header) {
        ChildRowsModel::Column column {QLatin1String(name), header};
        column.number = true;
        return column;
    };
    spec.columns = {
        field,
        {QStringLiteral("content"), tr("Fixed text")},
        number("x_mm", tr("Left (mm)")),
        number("y_mm", tr("Top (mm)")),
        number("width_mm", tr("Width (mm)")),
        number("font_pt", tr("Size (pt)")),
        {QStringLiteral("bold"), tr("Bold")},
        {QStringLiteral("italic"), tr("Italic")},
        align,
    };
    return new ChildRowsModel(spec, parent);
}
