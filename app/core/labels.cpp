#include "labels.h"

#include <QHash>

namespace {

struct Entry
{
    const char *code;
    const char *label;
};

struct Table
{
    Labels::Enum which;
    std::initializer_list<Entry> entries;
};

// Source texts are English; the Vietnamese comes from translations/secretariat_vi.ts.
const Table tables[] = {
    {Labels::Enum::UnitKind,
        {{"party_committee", QT_TRANSLATE_NOOP("Labels", "Party committee")},
            {"standing_board", QT_TRANSLATE_NOOP("Labels", "Standing board")},
            {"central_body", QT_TRANSLATE_NOOP("Labels", "Central body")},
            {"advisory_body", QT_TRANSLATE_NOOP("Labels", "Advisory body (commission, office)")},
            {"subcommittee", QT_TRANSLATE_NOOP("Labels", "Subcommittee, steering committee")},
            {"party_organization",
                QT_TRANSLATE_NOOP("Labels", "Party organization (Party body, cell)")},
            {"state_agency", QT_TRANSLATE_NOOP("Labels", "State agency")},
            {"mass_organization",
                QT_TRANSLATE_NOOP("Labels", "Fatherland Front, mass organization")},
            {"other", QT_TRANSLATE_NOOP("Labels", "Other")}}},
    {Labels::Enum::Gender,
        {{"male", QT_TRANSLATE_NOOP("Labels", "Male")},
            {"female", QT_TRANSLATE_NOOP("Labels", "Female")}}},
    {Labels::Enum::ConferenceKind,
        {{"interim_review", QT_TRANSLATE_NOOP("Labels", "Interim review")},
            {"final_review", QT_TRANSLATE_NOOP("Labels", "Final review")},
            {"dissemination", QT_TRANSLATE_NOOP("Labels", "Dissemination")},
            {"training", QT_TRANSLATE_NOOP("Labels", "Training")},
            {"briefing", QT_TRANSLATE_NOOP("Labels", "Briefing")},
            {"thematic", QT_TRANSLATE_NOOP("Labels", "Thematic")},
            {"other", QT_TRANSLATE_NOOP("Labels", "Other")}}},
    {Labels::Enum::ConferenceStatus,
        {{"planned", QT_TRANSLATE_NOOP("Labels", "Planned")},
            {"held", QT_TRANSLATE_NOOP("Labels", "Held")},
            {"concluded", QT_TRANSLATE_NOOP("Labels", "Concluded")},
            {"cancelled", QT_TRANSLATE_NOOP("Labels", "Cancelled")}}},
    {Labels::Enum::Secrecy,
        {{"none", QT_TRANSLATE_NOOP("Labels", "Not classified")},
            {"confidential", QT_TRANSLATE_NOOP("Labels", "Confidential")},
            {"secret", QT_TRANSLATE_NOOP("Labels", "Secret")},
            {"top_secret", QT_TRANSLATE_NOOP("Labels", "Top secret")}}},
    {Labels::Enum::Urgency,
        {{"none", QT_TRANSLATE_NOOP("Labels", "Normal")},
            {"urgent", QT_TRANSLATE_NOOP("Labels", "Urgent")},
            {"very_urgent", QT_TRANSLATE_NOOP("Labels", "Very urgent")},
            {"flash", QT_TRANSLATE_NOOP("Labels", "Flash")}}},
    {Labels::Enum::ParticipantRole,
        {{"chair", QT_TRANSLATE_NOOP("Labels", "Chair")},
            {"reporter", QT_TRANSLATE_NOOP("Labels", "Presents the report")},
            {"discussant", QT_TRANSLATE_NOOP("Labels", "Discussion paper")},
            {"opening_speaker", QT_TRANSLATE_NOOP("Labels", "Opening speech")},
            {"concluding_speaker", QT_TRANSLATE_NOOP("Labels", "Concluding speech")},
            {"delegate", QT_TRANSLATE_NOOP("Labels", "Delegate")},
            {"guest", QT_TRANSLATE_NOOP("Labels", "Guest")}}},
    {Labels::Enum::Attendance,
        {{"invited", QT_TRANSLATE_NOOP("Labels", "Invited")},
            {"present", QT_TRANSLATE_NOOP("Labels", "Present")},
            {"absent", QT_TRANSLATE_NOOP("Labels", "Absent")}}},
    {Labels::Enum::AgendaKind,
        {{"opening", QT_TRANSLATE_NOOP("Labels", "Opening")},
            {"report", QT_TRANSLATE_NOOP("Labels", "Report")},
            {"discussion_paper", QT_TRANSLATE_NOOP("Labels", "Discussion paper")},
            {"discussion", QT_TRANSLATE_NOOP("Labels", "Discussion")},
            {"conclusion", QT_TRANSLATE_NOOP("Labels", "Conclusion")},
            {"commendation", QT_TRANSLATE_NOOP("Labels", "Commendation")},
            {"closing", QT_TRANSLATE_NOOP("Labels", "Closing")},
            {"other", QT_TRANSLATE_NOOP("Labels", "Other")}}},
    {Labels::Enum::TeamStatus,
        {{"planned", QT_TRANSLATE_NOOP("Labels", "Planned")},
            {"working", QT_TRANSLATE_NOOP("Labels", "Working")},
            {"concluded", QT_TRANSLATE_NOOP("Labels", "Concluded")},
            {"following_up", QT_TRANSLATE_NOOP("Labels", "Following up remedies")},
            {"closed", QT_TRANSLATE_NOOP("Labels", "Closed")}}},
    {Labels::Enum::MemberRole,
        {{"head", QT_TRANSLATE_NOOP("Labels", "Head of team")},
            {"deputy_head", QT_TRANSLATE_NOOP("Labels", "Deputy head")},
            {"member", QT_TRANSLATE_NOOP("Labels", "Member")},
            {"secretary", QT_TRANSLATE_NOOP("Labels", "Secretary")}}},
    {Labels::Enum::TargetStatus,
        {{"scheduled", QT_TRANSLATE_NOOP("Labels", "Scheduled")},
            {"in_progress", QT_TRANSLATE_NOOP("Labels", "In progress")},
            {"concluded", QT_TRANSLATE_NOOP("Labels", "Concluded")}}},
    {Labels::Enum::SubjectKind,
        {{"organization", QT_TRANSLATE_NOOP("Labels", "Organization")},
            {"member", QT_TRANSLATE_NOOP("Labels", "Party member")}}},
    {Labels::Enum::RecommendationStatus,
        {{"pending", QT_TRANSLATE_NOOP("Labels", "Not yet acted on")},
            {"in_progress", QT_TRANSLATE_NOOP("Labels", "Being remedied")},
            {"remedied", QT_TRANSLATE_NOOP("Labels", "Remedied")},
            {"rechecked", QT_TRANSLATE_NOOP("Labels", "Re-checked")},
            {"not_done", QT_TRANSLATE_NOOP("Labels", "Not carried out")}}},
    {Labels::Enum::RemedyEventKind,
        {{"report", QT_TRANSLATE_NOOP("Labels", "Remedy report received")},
            {"reminder", QT_TRANSLATE_NOOP("Labels", "Reminder sent")},
            {"recheck", QT_TRANSLATE_NOOP("Labels", "Re-check")}}},
    {Labels::Enum::CommendationKind,
        {{"regular", QT_TRANSLATE_NOOP("Labels", "Yearly")},
            {"periodic", QT_TRANSLATE_NOOP("Labels", "Periodic")},
            {"thematic", QT_TRANSLATE_NOOP("Labels", "Thematic")},
            {"one_off", QT_TRANSLATE_NOOP("Labels", "One-off")},
            {"party_badge", QT_TRANSLATE_NOOP("Labels", "Party membership badge round")}}},
    {Labels::Enum::CommendationStatus,
        {{"proposed", QT_TRANSLATE_NOOP("Labels", "Proposed")},
            {"reviewed", QT_TRANSLATE_NOOP("Labels", "Reviewed")},
            {"decided", QT_TRANSLATE_NOOP("Labels", "Decided")},
            {"withdrawn", QT_TRANSLATE_NOOP("Labels", "Withdrawn")}}},
    {Labels::Enum::FormRecipients,
        {{"both", QT_TRANSLATE_NOOP("Labels", "Collectives and individuals")},
            {"collective", QT_TRANSLATE_NOOP("Labels", "Collectives only")},
            {"individual", QT_TRANSLATE_NOOP("Labels", "Individuals only")}}},
    {Labels::Enum::RecipientKind,
        {{"collective", QT_TRANSLATE_NOOP("Labels", "Collective")},
            {"individual", QT_TRANSLATE_NOOP("Labels", "Individual")}}},
    {Labels::Enum::RecipientReview,
        {{"pending", QT_TRANSLATE_NOOP("Labels", "Not yet reviewed")},
            {"accepted", QT_TRANSLATE_NOOP("Labels", "Accepted")},
            {"rejected", QT_TRANSLATE_NOOP("Labels", "Not accepted")}}},
    {Labels::Enum::CertificateField,
        {{"recipient_name", QT_TRANSLATE_NOOP("Labels", "Name of the recipient")},
            {"recipient_detail", QT_TRANSLATE_NOOP("Labels", "Unit or title of the recipient")},
            {"achievement", QT_TRANSLATE_NOOP("Labels", "Achievement")},
            {"decision", QT_TRANSLATE_NOOP("Labels", "Decision number and date")},
            {"place_date", QT_TRANSLATE_NOOP("Labels", "Place and date")},
            {"signer_authority", QT_TRANSLATE_NOOP("Labels", "Signing authority (T/M …)")},
            {"signer_title", QT_TRANSLATE_NOOP("Labels", "Title of the signer")},
            {"signer_name", QT_TRANSLATE_NOOP("Labels", "Name of the signer")},
            {"badge_number", QT_TRANSLATE_NOOP("Labels", "Badge number")},
            {"text", QT_TRANSLATE_NOOP("Labels", "Fixed text")}}},
    {Labels::Enum::TextAlign,
        {{"center", QT_TRANSLATE_NOOP("Labels", "Centred")},
            {"left", QT_TRANSLATE_NOOP("Labels", "Left")},
            {"right", QT_TRANSLATE_NOOP("Labels", "Right")}}},
    {Labels::Enum::DisciplineKind,
        {{"reprimand", QT_TRANSLATE_NOOP("Labels", "Reprimand")},
            {"warning", QT_TRANSLATE_NOOP("Labels", "Warning")},
            {"dismissal", QT_TRANSLATE_NOOP("Labels", "Dismissal from office")},
            {"expulsion", QT_TRANSLATE_NOOP("Labels", "Expulsion")}}},
    {Labels::Enum::AttachmentKind,
        {{"invitation", QT_TRANSLATE_NOOP("Labels", "Invitation")},
            {"report", QT_TRANSLATE_NOOP("Labels", "Report")},
            {"photo", QT_TRANSLATE_NOOP("Labels", "Photo")},
            {"decision", QT_TRANSLATE_NOOP("Labels", "Decision")},
            {"minutes", QT_TRANSLATE_NOOP("Labels", "Minutes")},
            {"explanation", QT_TRANSLATE_NOOP("Labels", "Explanation")},
            {"other", QT_TRANSLATE_NOOP("Labels", "Other")}}},
    {Labels::Enum::RegisterStatus,
        {{"issued", QT_TRANSLATE_NOOP("Labels", "Issued")},
            {"cancelled", QT_TRANSLATE_NOOP("Labels", "Cancelled")}}},
    {Labels::Enum::DayPart,
        {{"all_day", QT_TRANSLATE_NOOP("Labels", "All day")},
            {"morning", QT_TRANSLATE_NOOP("Labels", "Morning")},
            {"afternoon", QT_TRANSLATE_NOOP("Labels", "Afternoon")},
            {"evening", QT_TRANSLATE_NOOP("Labels", "Evening")}}},
    {Labels::Enum::ParticipantOrder,
        {{"protocol", QT_TRANSLATE_NOOP("Labels", "Protocol order (role, then title)")},
            {"manual", QT_TRANSLATE_NOOP("Labels", "As arranged by hand")}}},
    {Labels::Enum::Numbering,
        {{"term", QT_TRANSLATE_NOOP("Labels", "Per term of the committee")},
            {"year", QT_TRANSLATE_NOOP("Labels", "Per calendar year")}}},
    {Labels::Enum::Role,
        {{"admin", QT_TRANSLATE_NOOP("Labels", "Administrator")},
            {"clerk", QT_TRANSLATE_NOOP("Labels", "Records clerk")},
            {"staff", QT_TRANSLATE_NOOP("Labels", "Specialist")},
            {"leader", QT_TRANSLATE_NOOP("Labels", "Leader")},
            {"viewer", QT_TRANSLATE_NOOP("Labels", "Read only")}}},
    {Labels::Enum::Aggregation,
        {{"sum", QT_TRANSLATE_NOOP("Labels", "Sum over units and years")},
            {"latest", QT_TRANSLATE_NOOP("Labels", "Latest value (added up over units)")},
            {"average", QT_TRANSLATE_NOOP("Labels", "Average")}}},
    {Labels::Enum::CountedFigure,
        {{"conferences", QT_TRANSLATE_NOOP("Labels", "Conferences held")},
            {"inspections", QT_TRANSLATE_NOOP("Labels", "Inspections begun")},
            {"organizations_inspected",
                QT_TRANSLATE_NOOP("Labels", "Party organizations inspected")},
            {"organizations_in_violation",
                QT_TRANSLATE_NOOP("Labels", "Party organizations found in violation")},
            {"members_inspected", QT_TRANSLATE_NOOP("Labels", "Party members inspected")},
            {"members_in_violation",
                QT_TRANSLATE_NOOP("Labels", "Party members found in violation")},
            {"recommendations", QT_TRANSLATE_NOOP("Labels", "Recommendations made")},
            {"recommendations_on_time",
                QT_TRANSLATE_NOOP("Labels", "Recommendations remedied on time")},
            {"commendations", QT_TRANSLATE_NOOP("Labels", "Commendations given")},
            {"party_badges", QT_TRANSLATE_NOOP("Labels", "Party membership badges given")}}},
};

const Table &tableFor(Labels::Enum which)
{
    for (const Table &table : tables) {
        if (table.which == which)
            return table;
    }
    Q_UNREACHABLE();
}

} // namespace

QList<Labels::Choice> Labels::choices(Enum which)
{
    QList<Choice> result;
    for (const Entry &entry : tableFor(which).entries)
        result.append({QLatin1String(entry.code), tr(entry.label)});
    return result;
}

QString Labels::label(Enum which, const QString &code)
{
    for (const Entry &entry : tableFor(which).entries) {
        if (code == QLatin1String(entry.code))
            return tr(entry.label);
    }
    return code;
}

QString Labels::documentTerm(Enum which, const QString &code)
{
    struct Term
    {
        Enum which;
        const char *code;
        const char *term;
    };
    static const Term terms[] = {
        {Enum::Secrecy, "confidential", "MẬT"},
        {Enum::Secrecy, "secret", "TỐI MẬT"},
        {Enum::Secrecy, "top_secret", "TUYỆT MẬT"},
        {Enum::Urgency, "urgent", "KHẨN"},
        {Enum::Urgency, "very_urgent", "THƯỢNG KHẨN"},
        {Enum::Urgency, "flash", "HỎA TỐC"},
        {Enum::CommendationKind, "regular", "thường xuyên"},
        {Enum::CommendationKind, "periodic", "định kỳ"},
        {Enum::CommendationKind, "thematic", "theo chuyên đề"},
        {Enum::CommendationKind, "one_off", "đột xuất"},
        {Enum::CommendationKind, "party_badge", "Huy hiệu Đảng"},
        {Enum::DisciplineKind, "reprimand", "khiển trách"},
        {Enum::DisciplineKind, "warning", "cảnh cáo"},
        {Enum::DisciplineKind, "dismissal", "cách chức"},
        {Enum::DisciplineKind, "expulsion", "khai trừ"},
        {Enum::CertificateField, "recipient_name", "Tên người, tập thể nhận"},
        {Enum::CertificateField, "recipient_detail", "Đơn vị, chức vụ"},
        {Enum::CertificateField, "achievement", "Thành tích"},
        {Enum::CertificateField, "decision", "Số, ngày quyết định"},
        {Enum::CertificateField, "place_date", "Địa danh, ngày tháng"},
        {Enum::CertificateField, "signer_authority", "Thẩm quyền ký"},
        {Enum::CertificateField, "signer_title", "Chức vụ người ký"},
        {Enum::CertificateField, "signer_name", "Họ tên người ký"},
        {Enum::CertificateField, "badge_number", "Số huy hiệu"},
        {Enum::CertificateField, "text", "Chữ cố định"},
        {Enum::RecipientKind, "collective", "tập thể"},
        {Enum::RecipientKind, "individual", "cá nhân"},
        {Enum::AgendaKind, "opening", "Khai mạc"},
        {Enum::AgendaKind, "report", "Báo cáo"},
        {Enum::AgendaKind, "discussion_paper", "Tham luận"},
        {Enum::AgendaKind, "discussion", "Thảo luận"},
        {Enum::AgendaKind, "conclusion", "Kết luận"},
        {Enum::AgendaKind, "commendation", "Khen thưởng"},
        {Enum::AgendaKind, "closing", "Bế mạc"},
        {Enum::MemberRole, "head", "Trưởng đoàn"},
        {Enum::MemberRole, "deputy_head", "Phó Trưởng đoàn"},
        {Enum::MemberRole, "member", "Thành viên"},
        {Enum::MemberRole, "secretary", "Thư ký"},
        {Enum::RecommendationStatus, "pending", "Chưa thực hiện"},
        {Enum::RecommendationStatus, "in_progress", "Đang khắc phục"},
        {Enum::RecommendationStatus, "remedied", "Đã khắc phục"},
        {Enum::RecommendationStatus, "rechecked", "Đã kiểm tra lại"},
        {Enum::RecommendationStatus, "not_done", "Không thực hiện"},
    };
    for (const Term &term : terms) {
        if (term.which == which && code == QLatin1String(term.code))
            return QString::fromUtf8(term.term);
    }
    return QString();
}
