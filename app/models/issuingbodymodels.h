#pragma once

#include "childrowsmodel.h"
#include "sqllistmodel.h"

#include <QCoreApplication>

// The bodies the office issues documents for (Tỉnh ủy, Ban Thường vụ, Ủy ban Kiểm tra…): their
// list in the directories, and the rows one of them owns in its editor (terms, signers).
class IssuingBodyModels
{
    Q_DECLARE_TR_FUNCTIONS(IssuingBodyModels)

public:
    enum ListColumn { ListId, ListName, ListCode, ListPlace, ListUnit, ListDefault, ListClosedOn };

    static SqlListModel *list(Store *store, QObject *parent = nullptr);
    // Its terms (nhiệm kỳ), by the day they begin: name, starts_on, ends_on (ISO dates).
    static ChildRowsModel *terms(QObject *parent = nullptr);
    // Its signers per document kind ('' for every other kind): report_kind, authority, title,
    // signer_name, recipients (one per line).
    static ChildRowsModel *signers(QObject *parent = nullptr);
};
