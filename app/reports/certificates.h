#pragma once

#include "reportcontext.h"
#include "reports.h"
#include "sheets.h"

#include <QCoreApplication>
#include <QList>
#include <QSizeF>

class Store;

// The certificates of a commendation (Bằng khen, Giấy khen, Huy hiệu Đảng …), printed on the
// form's pre-printed stock: one sheet per accepted recipient, each field's text where the form's
// layout puts it (certificate_field). And the test page that aligns a printer with that stock.
class Certificates
{
    Q_DECLARE_TR_FUNCTIONS(Certificates)

public:
    struct Field
    {
        QString field; // recipient_name … text
        QString content; // the fixed text of a "text" field
        double xMm = 0, yMm = 0, widthMm = 0, fontPt = 14;
        bool bold = false, italic = false;
        QString align = QStringLiteral("center");
    };
    struct Form
    {
        qint64 id = 0;
        QString name;
        QSizeF sizeMm {297, 210};
        QList<Field> fields;
    };
    static std::optional<Form> form(const Store &store, qint64 formId, QString *error);

    // A sentence when a field runs off the sheet (its right edge past the sheet's width, its top
    // or one line of its text below the bottom); empty when the layout fits.
    // *field: the index of the field at fault.
    static QString layoutProblem(const Form &form, const QString &family, int *field = nullptr);

    // Reports' kinds "commendation-certificates" (of a commendation) and "commendation-form-test"
    // (of a form): they fill the built document's sheets.
    static bool certificates(const Store &store, qint64 commendationId,
        const ReportContext &context, Reports::Built *built, QString *error);
    static bool testPage(const Store &store, qint64 formId, const ReportContext &context,
        Reports::Built *built, QString *error);
};
