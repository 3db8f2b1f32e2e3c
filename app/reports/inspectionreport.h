#pragma once

#include "reportcontext.h"

#include <QCoreApplication>
#include <QVariantMap>

#include <optional>

class Store;

// The data an inspection's documents print (INSPECTIONS.md, steps 2 to 8), read from the store,
// in the shape ConferenceReport gives (body fields, the type and its code for the register, the
// excerpt, marks, which parts of the frame the kind has). A kind refuses with a sentence when
// there is nothing worth printing; a draft of the conclusion notice prints what there is.
class InspectionReport
{
    Q_DECLARE_TR_FUNCTIONS(InspectionReport)

public:
    // Quyết định thành lập Đoàn kiểm tra (QĐ): the "Căn cứ" lines, Điều 1–3, and the team list
    // attached on a page of its own (head, deputies, members, secretary; the title held then).
    static std::optional<QVariantMap> decision(
        const Store &store, qint64 teamId, const ReportContext &context, QString *error);
    // Kế hoạch kiểm tra (KH): purpose and requirements, contents, targets, periods, method and
    // the schedule in short.
    static std::optional<QVariantMap> plan(
        const Store &store, qint64 teamId, const ReportContext &context, QString *error);
    // Lịch làm việc của Đoàn: per target its sessions, a table. It goes with the plan: no number,
    // no signature.
    static std::optional<QVariantMap> schedule(
        const Store &store, qint64 teamId, const ReportContext &context, QString *error);
    // Thông báo kết luận kiểm tra (TB), of one target: strengths, shortcomings and violations,
    // causes, responsibility, discipline proposed, recommendations with the responsible unit
    // and the deadline. Refused before the target is concluded (unless a draft).
    static std::optional<QVariantMap> conclusion(
        const Store &store, qint64 targetId, const ReportContext &context, QString *error);
    // Báo cáo theo dõi việc khắc phục (BC): per target and recommendation its status, its
    // history (remedy reports, reminders, re-checks) and whether it is overdue today (the
    // store's clock).
    static std::optional<QVariantMap> followUp(
        const Store &store, qint64 teamId, const ReportContext &context, QString *error);
    // Công văn đôn đốc (CV) to a target with its overdue recommendations; refused when none is.
    static std::optional<QVariantMap> reminder(
        const Store &store, qint64 targetId, const ReportContext &context, QString *error);
};
