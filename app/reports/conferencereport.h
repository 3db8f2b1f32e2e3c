#pragma once

#include "reportcontext.h"

#include <QCoreApplication>
#include <QVariantMap>

#include <optional>

class Store;

// The data a conference's documents print, read from the store: each kind's body fields and what
// the frame needs (type, type code for the register, excerpt, marks, and which parts of the frame
// the kind has). Each call refuses with a sentence when there is nothing worth printing; a
// draft prints what there is (the notice before its conclusions, invitations before the hour).
//
// Frame flags: "numbered" (number and place-date lines), "has_recipients", "has_signature" and
// "recipients_as_above" ("- Như trên," before the archive line, for letters to an addressee).
// A kind that prints several letters in one file gives them as "letters": one map per letter,
// whose fields are added to the others for that letter.
class ConferenceReport
{
    Q_DECLARE_TR_FUNCTIONS(ConferenceReport)

public:
    // Thông báo kết luận hội nghị (TB): outcomes, figures, attendance, commendations. Refused
    // when nothing is concluded (unless a draft).
    static std::optional<QVariantMap> summary(
        const Store &store, qint64 conferenceId, const ReportContext &context, QString *error);
    // Chương trình hội nghị (CTr): the items in order with their presenters. Handed to the
    // delegates with the invitation, so it has neither recipients nor a signature.
    static std::optional<QVariantMap> programme(
        const Store &store, qint64 conferenceId, const ReportContext &context, QString *error);
    // Danh sách đại biểu, also the sign-in sheet, in protocol order (ProtocolOrder) or as the
    // secretary arranged it; absent participants are listed too, and a unit sending N
    // delegates has N rows to sign. A list that goes with the conference's papers, not
    // an outgoing document: no number or date of its own, no recipients, no signature.
    static std::optional<QVariantMap> delegates(
        const Store &store, qint64 conferenceId, const ReportContext &context, QString *error);
    // Giấy mời (GM): one letter per participant or unit other than the chairs, all under the
    // one register number of the batch, each with its own header, recipients and signature.
    // Refused without a date and an hour or a part of the day (unless a draft).
    static std::optional<QVariantMap> invitations(
        const Store &store, qint64 conferenceId, const ReportContext &context, QString *error);
};
