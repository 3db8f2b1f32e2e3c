#pragma once

#include "childrowsmodel.h"
#include "sqllistmodel.h"

#include <QCoreApplication>

// The forms of commendation (Bằng khen, Giấy khen, Cờ thi đua, Huy hiệu Đảng …): their list in
// the directories, and the rows one of them owns in its editor (the bodies that may give it, the
// fields of its certificate).
class CommendationFormModels
{
    Q_DECLARE_TR_FUNCTIONS(CommendationFormModels)

public:
    enum ListColumn { ListId, ListName, ListRecipients, ListBadgeYears, ListStock };

    static SqlListModel *list(Store *store, QObject *parent = nullptr);
    // The bodies that may give it: issuing_body_id (hidden) and the body's name (shown).
    static ChildRowsModel *authorities(QObject *parent = nullptr);
    // Where each text goes on the stock: field, content, x_mm, y_mm, width_mm, font_pt, bold,
    // italic (0/1), align.
    static ChildRowsModel *fields(QObject *parent = nullptr);
};
