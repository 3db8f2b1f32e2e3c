#include "certificates.h"

#include "core/clock.h"
#include "core/labels.h"
#include "storage/issuingbodies.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QDate>
#include <QHash>
#include <QSqlQuery>

namespace {

// The signer of a commendation's certificates is the one of its decision.
const char decisionKind[] = "commendation-decision";

Qt::Alignment alignment(const QString &align)
{
    if (align == QLatin1String("left"))
        return Qt::AlignLeft;
    if (align == QLatin1String("right"))
        return Qt::AlignRight;
    return Qt::AlignHCenter;
}

Sheets::Text placed(const Certificates::Field &field, const QString &text)
{
    Sheets::Text placed;
    placed.text = text;
    placed.xMm = field.xMm;
    placed.yMm = field.yMm;
    placed.widthMm = field.widthMm;
    placed.fontPt = field.fontPt;
    placed.bold = field.bold;
    placed.italic = field.italic;
    placed.align = alignment(field.align);
    return placed;
}

QString fieldName(const QString &field)
{
    return Labels::label(Labels::Enum::CertificateField, field);
}

// Room to write a number or a date in by hand on a draft.
QString blank()
{
    return QString(6, QChar(0x00A0));
}

struct Decision
{
    QString decisionLine; // Quyết định số 85-QĐ/TU, ngày 27/5/2024
    QString placeDate; // Thanh Hóa, ngày 27 tháng 5 năm 2024
    std::optional<IssuingBodies::Signer> signer;
};

} // namespace

std::optional<Certificates::Form> Certificates::form(
    const Store &store, qint64 formId, QString *error)
{
    auto query = store.select(QStringLiteral("SELECT name, page_width_mm, page_height_mm "
                                             "FROM commendation_form WHERE id = ?"),
        {formId}, error);
    if (!query)
        return std::nullopt;
    if (!query->next()) {
        *error = tr("There is no form of commendation number %1.").arg(formId);
        return std::nullopt;
    }
    Form form;
    form.id = formId;
    form.name = query->value(0).toString();
    form.sizeMm = QSizeF(query->value(1).toDouble(), query->value(2).toDouble());
    auto fields = store.select(
        QStringLiteral("SELECT field, content, x_mm, y_mm, width_mm, font_pt, bold, italic, align "
                       "FROM certificate_field WHERE form_id = ? ORDER BY position, id"),
        {formId}, error);
    if (!fields)
        return std::nullopt;
    while (fields->next()) {
        Field field;
        field.field = fields->value(0).toString();
        field.content = fields->value(1).toString();
        field.xMm = fields->value(2).toDouble();
        field.yMm = fields->value(3).toDouble();
        field.widthMm = fields->value(4).toDouble();
        field.fontPt = fields->value(5).toDouble();
        field.bold = fields->value(6).toBool();
        field.italic = fields->value(7).toBool();
        field.align = fields->value(8).toString();
        form.fields << field;
    }
    return form;
}

QString Certificates::layoutProblem(const Form &form, const QString &family, int *fieldIndex)
{
    int index = -1;
    const auto mm = [](double value) { return QString::number(value, 'g', 4); };
    for (const Field &field : form.fields) {
        ++index;
        if (fieldIndex)
            *fieldIndex = index;
        const double right = field.xMm + field.widthMm;
        if (right > form.sizeMm.width() + 1e-6)
            return tr("On “%1” the field “%2” runs off the page: its right edge would be %3 mm "
                      "from the left, and the sheet is %4 mm wide.")
                .arg(form.name, fieldName(field.field), mm(right), mm(form.sizeMm.width()));
        // One line of its text must fit above the bottom.
        Sheets::Text line = placed(field, QStringLiteral("Ấ"));
        const double bottom = field.yMm + Sheets::heightMm(line, family);
        if (bottom > form.sizeMm.height() + 1e-6)
            return tr("On “%1” the field “%2” runs off the page: its text would end %3 mm from "
                      "the top, and the sheet is %4 mm high.")
                .arg(form.name, fieldName(field.field), mm(bottom), mm(form.sizeMm.height()));
    }
    return QString();
}

bool Certificates::certificates(const Store &store, qint64 commendationId,
    const ReportContext &context, Reports::Built *built, QString *error)
{
    auto query = store.select(QStringLiteral("SELECT c.form_id, c.issuing_body_id, c.reason, "
                                             "c.status, c.decision_code, c.decided_on, c.signer, "
                                             "f.name FROM commendation c LEFT JOIN "
                                             "commendation_form f ON f.id = c.form_id "
                                             "WHERE c.id = ?"),
        {commendationId}, error);
    if (!query)
        return false;
    if (!query->next()) {
        *error = tr("There is no commendation number %1.").arg(commendationId);
        return false;
    }
    const qint64 formId = query->value(0).toLongLong();
    const QString reason = query->value(2).toString();
    const bool draft = context.draft || query->value(3).toString() != QLatin1String("decided");
    const QString code = query->value(4).toString();
    const QDate decidedOn = QDate::fromString(query->value(5).toString(), Qt::ISODate);
    const QString signerName = query->value(6).toString().trimmed();
    const QString formName = query->isNull(0)
        ? Labels::documentTerm(Labels::Enum::CommendationKind, QStringLiteral("party_badge"))
        : query->value(7).toString();

    const auto body = query->isNull(1) ? IssuingBodies::defaultBody(store)
                                       : IssuingBodies::find(store, query->value(1).toLongLong());
    if (!body) {
        *error = tr("The commendation names no issuing body, so its certificates have no place "
                    "or signer. Choose the body that decides it.");
        return false;
    }
    Decision decision;
    decision.signer = body->signerFor(QLatin1String(decisionKind));
    if (!decision.signer) {
        *error = Reports::tr("%1 has no signer for “%2”. Add one in the directory of issuing "
                             "bodies.")
                     .arg(body->name, Reports::kindTitle(QLatin1String(decisionKind)));
        return false;
    }
    if (!signerName.isEmpty())
        decision.signer->name = signerName;
    const bool dated = !draft && decidedOn.isValid();
    decision.decisionLine = dated && !code.isEmpty()
        ? QStringLiteral("Quyết định số %1, ngày %2")
              .arg(code, VietnameseText::citationDate(decidedOn))
        : QStringLiteral("Quyết định số %1, ngày%1/%1/%2")
              .arg(blank())
              .arg(decidedOn.isValid() ? decidedOn.year() : store.clock()->today().year());
    const QString date = dated
        ? VietnameseText::documentDate(decidedOn)
        : QStringLiteral("ngày%1tháng%1năm %2")
              .arg(blank())
              .arg(decidedOn.isValid() ? decidedOn.year() : store.clock()->today().year());
    decision.placeDate
        = body->placeName.isEmpty() ? date : body->placeName + QStringLiteral(", ") + date;

    auto recipients = store.select(
        QStringLiteral("SELECT r.name, r.detail, r.achievement, r.badge_number, "
                       "coalesce(r.form_id, c.form_id) FROM commendation_recipient r "
                       "JOIN commendation c ON c.id = r.commendation_id "
                       "WHERE r.commendation_id = ? AND r.review = 'accepted' "
                       "ORDER BY r.recipient_kind = 'individual', r.position, r.id"),
        {commendationId}, error);
    if (!recipients)
        return false;
    QHash<qint64, Form> forms;
    QList<Sheets::Sheet> sheets;
    QVariantList printed;
    while (recipients->next()) {
        const QString name = recipients->value(0).toString();
        const qint64 own = recipients->isNull(4) ? formId : recipients->value(4).toLongLong();
        if (!forms.contains(own)) {
            const auto layout = form(store, own, error);
            if (!layout)
                return false;
            const QString problem = layoutProblem(*layout, built->font);
            if (!problem.isEmpty()) {
                *error = problem;
                return false;
            }
            forms.insert(own, *layout);
        }
        const Form &layout = forms.value(own);
        const QString achievement = recipients->value(2).toString().trimmed();
        const QString badgeNumber = recipients->value(3).toString().trimmed();
        const QHash<QString, QString> values {{QStringLiteral("recipient_name"), name},
            {QStringLiteral("recipient_detail"), recipients->value(1).toString().trimmed()},
            {QStringLiteral("achievement"), achievement.isEmpty() ? reason : achievement},
            {QStringLiteral("decision"), decision.decisionLine},
            {QStringLiteral("place_date"), decision.placeDate},
            {QStringLiteral("signer_authority"), decision.signer->authority},
            {QStringLiteral("signer_title"), decision.signer->title},
            {QStringLiteral("signer_name"), decision.signer->name},
            {QStringLiteral("badge_number"),
                badgeNumber.isEmpty() ? QString() : QStringLiteral("Số: ") + badgeNumber}};
        Sheets::Sheet sheet;
        sheet.sizeMm = layout.sizeMm;
        sheet.draft = draft;
        QVariantList texts;
        for (const Field &field : layout.fields) {
            const QString text
                = field.field == QLatin1String("text") ? field.content : values.value(field.field);
            sheet.texts << placed(field, text);
            const double bottom = field.yMm + Sheets::heightMm(sheet.texts.last(), built->font);
            if (!text.isEmpty() && bottom > layout.sizeMm.height() + 1e-6) {
                *error = tr("The certificate of “%1” does not fit its sheet: the text of “%2” "
                            "would end %3 mm from the top, and the sheet is %4 mm high. Move "
                            "the field up, widen it or make its font smaller in the form "
                            "“%5”.")
                             .arg(name, fieldName(field.field), QString::number(bottom, 'f', 1),
                                 QString::number(layout.sizeMm.height(), 'g', 4), layout.name);
                return false;
            }
            texts << text;
        }
        printed << QVariant(texts);
        sheets << sheet;
    }
    if (sheets.isEmpty()) {
        *error = tr("No recipient of this commendation is accepted, so there is no certificate "
                    "to print. Mark the recipients accepted in the review first.");
        return false;
    }
    built->sheets = sheets;
    built->draft = draft;
    built->title = QStringLiteral("%1 – %2").arg(formName, reason);
    built->issuingBodyId = body->id;
    built->issuingBodyName = body->name;
    built->issuerCode = body->issuerCode;
    built->signerName = decision.signer->name;
    built->data.insert(QStringLiteral("certificates"), printed);
    return true;
}

bool Certificates::testPage(
    const Store &store, qint64 formId, const ReportContext &, Reports::Built *built, QString *error)
{
    const auto layout = form(store, formId, error);
    if (!layout)
        return false;
    Sheets::Sheet sheet;
    sheet.sizeMm = layout->sizeMm;
    sheet.grid = true;
    for (const Field &field : layout->fields) {
        Sheets::Text text
            = placed(field, field.field == QLatin1String("text") ? field.content : QString());
        text.outlined = true;
        text.label = Labels::documentTerm(Labels::Enum::CertificateField, field.field);
        sheet.texts << text;
    }
    // What the page is, at its bottom left, for the one who holds it against the stock.
    Sheets::Text caption;
    caption.text = QStringLiteral("Trang thử: %1 (%2 × %3 mm). Đặt lên phôi in sẵn, soi trước "
                                  "đèn để chỉnh vị trí các ô.")
                       .arg(layout->name, QString::number(layout->sizeMm.width(), 'g', 4),
                           QString::number(layout->sizeMm.height(), 'g', 4));
    caption.xMm = 12;
    caption.widthMm = qMax(10.0, layout->sizeMm.width() - 24);
    caption.fontPt = 8;
    caption.italic = true;
    caption.align = Qt::AlignLeft;
    caption.yMm = qMax(0.0, layout->sizeMm.height() - 7);
    sheet.texts << caption;
    built->sheets = {sheet};
    built->title = QStringLiteral("Trang thử – %1").arg(layout->name);
    built->data.insert(QStringLiteral("form"), layout->name);
    return true;
}
