#include "catalogue.h"

#include "text/vietnamesetext.h"

#include <QSet>

namespace {

using Type = Catalogue::Type;
using Column = Catalogue::Column;
using Derived = Catalogue::Derived;
using How = Catalogue::Derivation;
using E = Labels::Enum;

Column text(const char *name, const char *label, bool required = false)
{
    return {QLatin1String(name), label, Type::Text, required};
}

Column lines(const char *name, const char *label, bool required = false)
{
    return {QLatin1String(name), label, Type::MultilineText, required};
}

Column typed(const char *name, const char *label, Type type, bool required = false)
{
    return {QLatin1String(name), label, type, required};
}

Column choice(const char *name, const char *label, Labels::Enum choices)
{
    Column column {QLatin1String(name), label, Type::Choice, true};
    column.choices = choices;
    return column;
}

Column reference(const char *name, const char *label, const char *table,
    Catalogue::OnDelete onDelete = Catalogue::OnDelete::Restrict, bool required = false)
{
    Column column {QLatin1String(name), label, Type::Reference, required};
    column.references = QLatin1String(table);
    column.onDelete = onDelete;
    return column;
}

Column owner(const char *name, const char *label, const char *table, bool required = true)
{
    return reference(name, label, table, Catalogue::OnDelete::Cascade, required);
}

Column notNull(Column column)
{
    column.nullable = false;
    return column;
}

Derived fold(const char *column, QStringList sources)
{
    return {QLatin1String(column), How::Fold, std::move(sources)};
}

Derived key(const char *column, const char *source)
{
    return {QLatin1String(column), How::Key, {QLatin1String(source)}};
}

QStringList names(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *name : list)
        result << QLatin1String(name);
    return result;
}

QVector<Catalogue::Table> build()
{
    QVector<Catalogue::Table> tables;
    const Column note = lines("note", QT_TRANSLATE_NOOP("Catalogue", "Note"));
    const Column position
        = typed("position", QT_TRANSLATE_NOOP("Catalogue", "Position in the list"), Type::Integer);
    const Column secrecy = choice("secrecy", QT_TRANSLATE_NOOP("Catalogue", "Secrecy"), E::Secrecy);

    Catalogue::Table documentType;
    documentType.name = QStringLiteral("document_type");
    documentType.singular = QT_TRANSLATE_NOOP("Catalogue", "document type");
    documentType.countForm = QT_TRANSLATE_N_NOOP("Catalogue", "%n document type(s)");
    documentType.key = QStringLiteral("code");
    documentType.nameColumns = names({"name", "code"});
    documentType.columns = {text("code", QT_TRANSLATE_NOOP("Catalogue", "Code of the type"), true),
        text("name", QT_TRANSLATE_NOOP("Catalogue", "Name of the type"), true),
        text("shared_run", QT_TRANSLATE_NOOP("Catalogue", "Numbered in the shared run"))};
    documentType.derived = {key("sort_key", "name")};
    documentType.writtenWith = Access::Action::Configure;
    tables << documentType;

    Catalogue::Table unit;
    unit.name = QStringLiteral("unit");
    unit.singular = QT_TRANSLATE_NOOP("Catalogue", "unit");
    unit.countForm = QT_TRANSLATE_N_NOOP("Catalogue", "%n unit(s)");
    unit.nameColumns = names({"name"});
    unit.columns = {text("name", QT_TRANSLATE_NOOP("Catalogue", "Unit name"), true),
        text("short_name", QT_TRANSLATE_NOOP("Catalogue", "Short name")),
        choice("kind", QT_TRANSLATE_NOOP("Catalogue", "Kind of unit"), E::UnitKind),
        text("issuer_code", QT_TRANSLATE_NOOP("Catalogue", "Code in document numbers")),
        text("place_name", QT_TRANSLATE_NOOP("Catalogue", "Place name in document dates")),
        reference("parent_id", QT_TRANSLATE_NOOP("Catalogue", "Superior unit"), "unit"),
        typed("valid_from", QT_TRANSLATE_NOOP("Catalogue", "Valid from"), Type::Date),
        typed("valid_to", QT_TRANSLATE_NOOP("Catalogue", "Valid until"), Type::Date),
        reference("successor_id", QT_TRANSLATE_NOOP("Catalogue", "Successor unit"), "unit"), note};
    unit.derived = {fold("name_folded", names({"name", "short_name"})), key("sort_key", "name")};
    tables << unit;

    Catalogue::Table body;
    body.name = QStringLiteral("issuing_body");
    body.singular = QT_TRANSLATE_NOOP("Catalogue", "issuing body");
    body.countForm = QT_TRANSLATE_N_NOOP("Catalogue", "%n issuing body(ies)");
    body.nameColumns = names({"name"});
    body.columns = {text("name", QT_TRANSLATE_NOOP("Catalogue", "Name of the issuing body"), true),
        text("superior_line", QT_TRANSLATE_NOOP("Catalogue", "Superior body (header line)")),
        text("issuing_line", QT_TRANSLATE_NOOP("Catalogue", "Issuing body (header line)"), true),
        text("place_name", QT_TRANSLATE_NOOP("Catalogue", "Place name in document dates")),
        text("issuer_code", QT_TRANSLATE_NOOP("Catalogue", "Code in document numbers"), true),
        reference("unit_id", QT_TRANSLATE_NOOP("Catalogue", "Unit in the directory"), "unit"),
        choice("numbering", QT_TRANSLATE_NOOP("Catalogue", "Numbers run"), E::Numbering),
        typed("is_default", QT_TRANSLATE_NOOP("Catalogue", "Issues when no body is named"),
            Type::Integer),
        typed("closed_on", QT_TRANSLATE_NOOP("Catalogue", "Register closed on"), Type::Date), note};
    body.derived = {fold("name_folded", names({"name", "issuer_code"})), key("sort_key", "name")};
    body.writtenWith = Access::Action::Configure;
    tables << body;

    Catalogue::Table term;
    term.name = QStringLiteral("issuing_body_term");
    term.singular = QT_TRANSLATE_NOOP("Catalogue", "term");
    term.countForm = QT_TRANSLATE_N_NOOP("Catalogue", "%n term(s)");
    term.nameColumns = names({"name"});
    term.ownerColumns = names({"issuing_body_id"});
    term.columns
        = {owner("issuing_body_id", QT_TRANSLATE_NOOP("Catalogue", "Issuing body"), "issuing_body"),
            text("name", QT_TRANSLATE_NOOP("Catalogue", "Term"), true),
            typed("starts_on", QT_TRANSLATE_NOOP("Catalogue", "Term begins"), Type::Date, true),
            typed("ends_on", QT_TRANSLATE_NOOP("Catalogue", "Term ends"), Type::Date)};
    term.writtenWith = Access::Action::Configure;
    tables << term;

    Catalogue::Table signer;
    signer.name = QStringLiteral("issuing_body_signer");
    signer.singular = QT_TRANSLATE_NOOP("Catalogue", "signer");
    signer.countForm = QT_TRANSLATE_N_NOOP("Catalogue", "%n signer(s)");
    signer.nameColumns = names({"signer_name"});
    signer.ownerColumns = names({"issuing_body_id"});
    signer.columns = {
        owner("issuing_body_id", QT_TRANSLATE_NOOP("Catalogue", "Issuing body"), "issuing_body"),
        notNull(text("report_kind", QT_TRANSLATE_NOOP("Catalogue", "Document"))),
        text("authority", QT_TRANSLATE_NOOP("Catalogue", "Authority (T/M, K/T, T/L)"), true),
        text("title", QT_TRANSLATE_NOOP("Catalogue", "Title of the signer"), true),
        text("signer_name", QT_TRANSLATE_NOOP("Catalogue", "Name of the signer"), true),
        lines("recipients", QT_TRANSLATE_NOOP("Catalogue", "Recipients (one per line)")), position};
    signer.writtenWith = Access::Action::Configure;
    tables << signer;

    Catalogue::Table person;
    person.name = QStringLiteral("person");
    person.singular = QT_TRANSLATE_NOOP("Catalogue", "person");
    person.countForm = QT_TRANSLATE_N_NOOP("Catalogue", "%n person(s)");
    person.nameColumns = names({"full_name"});
    person.columns = {text("full_name", QT_TRANSLATE_NOOP("Catalogue", "Full name"), true),
        notNull(text("family_name", QT_TRANSLATE_NOOP("Catalogue", "Family name"))),
        notNull(text("middle_name", QT_TRANSLATE_NOOP("Catalogue", "Middle name"))),
        notNull(text("given_name", QT_TRANSLATE_NOOP("Catalogue", "Given name"))),
        {QStringLiteral("gender"), QT_TRANSLATE_NOOP("Catalogue", "Gender"), Type::Choice, false,
            {}, {}, E::Gender},
        text("title", QT_TRANSLATE_NOOP("Catalogue", "Current title")),
        reference("unit_id", QT_TRANSLATE_NOOP("Catalogue", "Unit"), "unit"),
        text("phone", QT_TRANSLATE_NOOP("Catalogue", "Phone")),
        text("email", QT_TRANSLATE_NOOP("Catalogue", "E-mail")),
        typed(
            "admitted_on", QT_TRANSLATE_NOOP("Catalogue", "Admitted to the Party on"), Type::Date),
        typed("official_on", QT_TRANSLATE_NOOP("Catalogue", "Full member since"), Type::Date),
        typed("deceased_on", QT_TRANSLATE_NOOP("Catalogue", "Died on"), Type::Date),
        typed("gravely_ill", QT_TRANSLATE_NOOP("Catalogue", "Gravely ill"), Type::Integer), note};
    person.derived = {{QStringLiteral("family_name"), How::NameParts, names({"full_name"})},
        fold("name_folded", names({"full_name"})), fold("title_folded", names({"title"})),
        {QStringLiteral("name_key"), How::MatchKey, names({"full_name"})},
        {QStringLiteral("sort_key"), How::PersonKey,
            names({"family_name", "middle_name", "given_name"})},
        key("title_key", "title")};
    person.searchedReferences = names({"unit_id"});
    tables << person;

    Catalogue::Table document;
    document.name = QStringLiteral("legal_document");
    document.singular = QT_TRANSLATE_NOOP("Catalogue", "document");
    document.countForm = QT_TRANSLATE_N_NOOP("Catalogue", "%n document(s)");
    document.nameColumns = names({"code"});
    document.columns = {text("code", QT_TRANSLATE_NOOP("Catalogue", "Number and code"), true),
        reference("type_code", QT_TRANSLATE_NOOP("Catalogue", "Document type"), "document_type",
            Catalogue::OnDelete::Restrict, true),
        reference("issuer_unit_id", QT_TRANSLATE_NOOP("Catalogue", "Issued by"), "unit"),
        typed("issued_on", QT_TRANSLATE_NOOP("Catalogue", "Date issued"), Type::Date),
        lines("excerpt", QT_TRANSLATE_NOOP("Catalogue", "Excerpt")), note};
    document.derived = {{QStringLiteral("number"), How::BeforeDash, names({"code"})},
        {QStringLiteral("issuer_code"), How::AfterSlash, names({"code"})},
        fold("search_folded", names({"code", "excerpt", "note"})), key("sort_key", "code"),
        key("excerpt_key", "excerpt")};
    tables << document;

    Catalogue::Table conference;
    conference.name = QStringLiteral("conference");
    conference.singular = QT_TRANSLATE_NOOP("Catalogue", "conference");
    conference.countForm = QT_TRANSLATE_N_NOOP("Catalogue", "%n conference(s)");
    conference.nameColumns = names({"title"});
    conference.columns
        = {choice("kind", QT_TRANSLATE_NOOP("Catalogue", "Kind of conference"), E::ConferenceKind),
            lines("title", QT_TRANSLATE_NOOP("Catalogue", "Conference title"), true),
            reference("legal_document_id", QT_TRANSLATE_NOOP("Catalogue", "Document implemented"),
                "legal_document"),
            typed("period_from", QT_TRANSLATE_NOOP("Catalogue", "Review period from"), Type::Date),
            typed("period_to", QT_TRANSLATE_NOOP("Catalogue", "Review period to"), Type::Date),
            typed("held_on", QT_TRANSLATE_NOOP("Catalogue", "Date held"), Type::Date),
            typed("starts_at", QT_TRANSLATE_NOOP("Catalogue", "Starts at"), Type::Time),
            typed("ends_at", QT_TRANSLATE_NOOP("Catalogue", "Ends at"), Type::Time),
            text("venue", QT_TRANSLATE_NOOP("Catalogue", "Venue")),
            reference("organizer_unit_id", QT_TRANSLATE_NOOP("Catalogue", "Organized by"), "unit"),
            reference("issuing_body_id", QT_TRANSLATE_NOOP("Catalogue", "Documents issued by"),
                "issuing_body"),
            {QStringLiteral("day_part"), QT_TRANSLATE_NOOP("Catalogue", "Part of the day"),
                Type::Choice, false, {}, {}, E::DayPart},
            choice("participant_order",
                QT_TRANSLATE_NOOP("Catalogue", "Order of the delegate list"), E::ParticipantOrder),
            choice("status", QT_TRANSLATE_NOOP("Catalogue", "Status"), E::ConferenceStatus),
            secrecy, choice("urgency", QT_TRANSLATE_NOOP("Catalogue", "Urgency"), E::Urgency),
            lines("results", QT_TRANSLATE_NOOP("Catalogue", "Results")),
            lines("strengths", QT_TRANSLATE_NOOP("Catalogue", "Strengths")),
            lines("shortcomings", QT_TRANSLATE_NOOP("Catalogue", "Shortcomings")),
            lines("difficulties", QT_TRANSLATE_NOOP("Catalogue", "Difficulties")),
            lines("causes", QT_TRANSLATE_NOOP("Catalogue", "Causes")),
            lines("lessons", QT_TRANSLATE_NOOP("Catalogue", "Lessons learnt")),
            lines("tasks_ahead", QT_TRANSLATE_NOOP("Catalogue", "Tasks ahead")),
            lines("proposals", QT_TRANSLATE_NOOP("Catalogue", "Proposals")),
            lines("conclusion", QT_TRANSLATE_NOOP("Catalogue", "General conclusions")), note};
    conference.derived
        = {fold("title_folded", names({"title", "venue"})), key("sort_key", "title")};
    conference.searchedReferences = names({"organizer_unit_id"});
    tables << conference;

    Catalogue::Table participant;
    participant.name = QStringLiteral("conference_participant");
    participant.singular = QT_TRANSLATE_NOOP("Catalogue", "conference participant");
    participant.countForm = QT_TRANSLATE_N_NOOP("Catalogue", "%n conference participation(s)");
    participant.nameColumns = names({"person_id", "unit_id"});
    participant.ownerColumns = names({"conference_id"});
    participant.columns
        = {owner("conference_id", QT_TRANSLATE_NOOP("Catalogue", "Conference"), "conference"),
            reference("person_id", QT_TRANSLATE_NOOP("Catalogue", "Person"), "person"),
            reference("unit_id", QT_TRANSLATE_NOOP("Catalogue", "Unit"), "unit"),
            choice("role", QT_TRANSLATE_NOOP("Catalogue", "Role"), E::ParticipantRole),
            text("title_held", QT_TRANSLATE_NOOP("Catalogue", "Title held that day")),
            typed("delegate_count", QT_TRANSLATE_NOOP("Catalogue", "Delegates"), Type::Integer),
            choice("attendance", QT_TRANSLATE_NOOP("Catalogue", "Attendance"), E::Attendance),
            text("absence_reason", QT_TRANSLATE_NOOP("Catalogue", "Reason for absence")), position};
    tables << participant;

    Catalogue::Table agenda;
    agenda.name = QStringLiteral("agenda_item");
    agenda.singular = QT_TRANSLATE_NOOP("Catalogue", "programme item");
    agenda.countForm = QT_TRANSLATE_N_NOOP("Catalogue", "%n programme item(s)");
    agenda.nameColumns = names({"title"});
    agenda.ownerColumns = names({"conference_id"});
    agenda.columns
        = {owner("conference_id", QT_TRANSLATE_NOOP("Catalogue", "Conference"), "conference"),
            position, typed("starts_at", QT_TRANSLATE_NOOP("Catalogue", "Time"), Type::Time),
            choice("kind", QT_TRANSLATE_NOOP("Catalogue", "Kind of item"), E::AgendaKind),
            lines("title", QT_TRANSLATE_NOOP("Catalogue", "Content"), true),
            reference("presenter_person_id",
                QT_TRANSLATE_NOOP("Catalogue", "Presented by (person)"), "person"),
            reference(
                "presenter_unit_id", QT_TRANSLATE_NOOP("Catalogue", "Presented by (unit)"), "unit"),
            text("presenter_text", QT_TRANSLATE_NOOP("Catalogue", "Presented by"))};
    tables << agenda;

    Catalogue::Table team;
    team.name = QStringLiteral("inspection_team");
    team.singular = QT_TRANSLATE_NOOP("Catalogue", "inspection");
    team.countForm = QT_TRANSLATE_N_NOOP("Catalogue", "%n inspection(s)");
    team.nameColumns = names({"name"});
    team.columns = {text("name", QT_TRANSLATE_NOOP("Catalogue", "Name of the inspection"), true),
        typed("number", QT_TRANSLATE_NOOP("Catalogue", "Team number"), Type::Integer),
        reference("issuing_body_id", QT_TRANSLATE_NOOP("Catalogue", "Issued by"), "issuing_body"),
        text("decision_code", QT_TRANSLATE_NOOP("Catalogue", "Number of the decision")),
        typed("decided_on", QT_TRANSLATE_NOOP("Catalogue", "Date of the decision"), Type::Date),
        text("plan_code", QT_TRANSLATE_NOOP("Catalogue", "Number of the plan")),
        typed("planned_on", QT_TRANSLATE_NOOP("Catalogue", "Date of the plan"), Type::Date),
        reference("subject_document_id", QT_TRANSLATE_NOOP("Catalogue", "Document inspected"),
            "legal_document"),
        typed("period_from", QT_TRANSLATE_NOOP("Catalogue", "Period inspected from"), Type::Date),
        typed("period_to", QT_TRANSLATE_NOOP("Catalogue", "Period inspected to"), Type::Date),
        typed("starts_on", QT_TRANSLATE_NOOP("Catalogue", "Works from"), Type::Date),
        typed("ends_on", QT_TRANSLATE_NOOP("Catalogue", "Works until"), Type::Date),
        choice("status", QT_TRANSLATE_NOOP("Catalogue", "Status"), E::TeamStatus), secrecy,
        lines("purpose", QT_TRANSLATE_NOOP("Catalogue", "Purpose and requirements")),
        lines("method", QT_TRANSLATE_NOOP("Catalogue", "Method")), note};
    team.derived = {fold("name_folded", names({"name", "decision_code"})), key("sort_key", "name")};
    tables << team;

    Catalogue::Table member;
    member.name = QStringLiteral("team_member");
    member.singular = QT_TRANSLATE_NOOP("Catalogue", "team member");
    member.countForm = QT_TRANSLATE_N_NOOP("Catalogue", "%n inspection team membership(s)");
    member.nameColumns = names({"person_id"});
    member.ownerColumns = names({"team_id"});
    member.columns
        = {owner("team_id", QT_TRANSLATE_NOOP("Catalogue", "Inspection"), "inspection_team"),
            reference("person_id", QT_TRANSLATE_NOOP("Catalogue", "Person"), "person",
                Catalogue::OnDelete::Restrict, true),
            choice("role", QT_TRANSLATE_NOOP("Catalogue", "Role in the team"), E::MemberRole),
            text("title_held", QT_TRANSLATE_NOOP("Catalogue", "Title held")), position};
    tables << member;

    Catalogue::Table target;
    target.name = QStringLiteral("inspection_target");
    target.singular = QT_TRANSLATE_NOOP("Catalogue", "inspected target");
    target.countForm = QT_TRANSLATE_N_NOOP("Catalogue", "%n inspected target(s)");
    target.nameColumns = names({"unit_id", "person_id"});
    target.ownerColumns = names({"team_id"});
    target.columns = {
        owner("team_id", QT_TRANSLATE_NOOP("Catalogue", "Inspection"), "inspection_team"),
        reference("unit_id", QT_TRANSLATE_NOOP("Catalogue", "Inspected organization"), "unit"),
        reference("person_id", QT_TRANSLATE_NOOP("Catalogue", "Inspected Party member"), "person"),
        position,
        typed("self_report_due_on", QT_TRANSLATE_NOOP("Catalogue", "Self-inspection report due"),
            Type::Date),
        typed("self_report_received_on",
            QT_TRANSLATE_NOOP("Catalogue", "Self-inspection report received"), Type::Date),
        choice("status", QT_TRANSLATE_NOOP("Catalogue", "Status"), E::TargetStatus),
        typed("concluded_on", QT_TRANSLATE_NOOP("Catalogue", "Concluded on"), Type::Date),
        lines("strengths", QT_TRANSLATE_NOOP("Catalogue", "Strengths")),
        lines("shortcomings", QT_TRANSLATE_NOOP("Catalogue", "Shortcomings")),
        lines("causes", QT_TRANSLATE_NOOP("Catalogue", "Causes")),
        lines("responsibility", QT_TRANSLATE_NOOP("Catalogue", "Responsibility")),
        lines("discipline", QT_TRANSLATE_NOOP("Catalogue", "Discipline proposed")),
        text("conclusion_approved_by", QT_TRANSLATE_NOOP("Catalogue", "Conclusion approved by")),
        text("conclusion_approved_at", QT_TRANSLATE_NOOP("Catalogue", "Conclusion approved at")),
        note};
    tables << target;

    Catalogue::Table session;
    session.name = QStringLiteral("inspection_session");
    session.singular = QT_TRANSLATE_NOOP("Catalogue", "working session");
    session.countForm = QT_TRANSLATE_N_NOOP("Catalogue", "%n working session(s)");
    session.nameColumns = names({"held_on"});
    session.ownerColumns = names({"target_id"});
    session.columns = {
        owner("target_id", QT_TRANSLATE_NOOP("Catalogue", "Inspected target"), "inspection_target"),
        position, typed("held_on", QT_TRANSLATE_NOOP("Catalogue", "Date"), Type::Date, true),
        typed("starts_at", QT_TRANSLATE_NOOP("Catalogue", "From"), Type::Time),
        typed("ends_at", QT_TRANSLATE_NOOP("Catalogue", "Until"), Type::Time),
        text("place", QT_TRANSLATE_NOOP("Catalogue", "Place")),
        lines("attendees", QT_TRANSLATE_NOOP("Catalogue", "Attending")),
        lines("content", QT_TRANSLATE_NOOP("Catalogue", "Content of the session"))};
    tables << session;

    Catalogue::Table topic;
    topic.name = QStringLiteral("inspection_topic");
    topic.singular = QT_TRANSLATE_NOOP("Catalogue", "inspection content");
    topic.countForm = QT_TRANSLATE_N_NOOP("Catalogue", "%n inspection content(s)");
    topic.nameColumns = names({"title"});
    topic.ownerColumns = names({"team_id"});
    topic.columns
        = {owner("team_id", QT_TRANSLATE_NOOP("Catalogue", "Inspection"), "inspection_team"),
            position, lines("title", QT_TRANSLATE_NOOP("Catalogue", "Content"), true),
            lines("description", QT_TRANSLATE_NOOP("Catalogue", "Description"))};
    tables << topic;

    Catalogue::Table finding;
    finding.name = QStringLiteral("finding");
    finding.singular = QT_TRANSLATE_NOOP("Catalogue", "violation");
    finding.countForm = QT_TRANSLATE_N_NOOP("Catalogue", "%n violation(s)");
    finding.nameColumns = names({"description"});
    finding.ownerColumns = names({"target_id"});
    finding.columns = {
        owner("target_id", QT_TRANSLATE_NOOP("Catalogue", "Inspected target"), "inspection_target"),
        reference("topic_id", QT_TRANSLATE_NOOP("Catalogue", "Content"), "inspection_topic",
            Catalogue::OnDelete::SetNull),
        choice("subject_kind", QT_TRANSLATE_NOOP("Catalogue", "Violation of"), E::SubjectKind),
        reference(
            "subject_unit_id", QT_TRANSLATE_NOOP("Catalogue", "Organization concerned"), "unit"),
        reference("subject_person_id", QT_TRANSLATE_NOOP("Catalogue", "Party member concerned"),
            "person"),
        lines("description", QT_TRANSLATE_NOOP("Catalogue", "Description"), true), position};
    finding.derived = {fold("search_folded", names({"description"}))};
    tables << finding;

    Catalogue::Table recommendation;
    recommendation.name = QStringLiteral("recommendation");
    recommendation.singular = QT_TRANSLATE_NOOP("Catalogue", "recommendation");
    recommendation.countForm = QT_TRANSLATE_N_NOOP("Catalogue", "%n recommendation(s)");
    recommendation.nameColumns = names({"content"});
    recommendation.columns
        = {reference("target_id", QT_TRANSLATE_NOOP("Catalogue", "Inspected target"),
               "inspection_target", Catalogue::OnDelete::Restrict, true),
            position, lines("content", QT_TRANSLATE_NOOP("Catalogue", "Recommendation"), true),
            reference("responsible_unit_id", QT_TRANSLATE_NOOP("Catalogue", "Responsible unit"),
                "unit", Catalogue::OnDelete::Restrict, true),
            typed("deadline", QT_TRANSLATE_NOOP("Catalogue", "Deadline"), Type::Date, true),
            choice("status", QT_TRANSLATE_NOOP("Catalogue", "Status"), E::RecommendationStatus),
            typed("remedied_on", QT_TRANSLATE_NOOP("Catalogue", "Remedied on"), Type::Date),
            typed("last_report_on", QT_TRANSLATE_NOOP("Catalogue", "Latest report on"), Type::Date),
            lines("last_report", QT_TRANSLATE_NOOP("Catalogue", "Latest remedy report"))};
    recommendation.derived = {
        fold("content_folded", names({"content", "last_report"})), key("content_key", "content")};
    recommendation.searchedReferences = names({"responsible_unit_id"});
    tables << recommendation;

    // A recommendation's history, written once (triggers refuse any change).
    Catalogue::Table event;
    event.name = QStringLiteral("remedy_event");
    event.singular = QT_TRANSLATE_NOOP("Catalogue", "remedy event");
    event.countForm = QT_TRANSLATE_N_NOOP("Catalogue", "%n remedy event(s)");
    event.nameColumns = names({"kind"});
    event.columns
        = {reference("recommendation_id", QT_TRANSLATE_NOOP("Catalogue", "Recommendation"),
               "recommendation", Catalogue::OnDelete::Restrict, true),
            choice("kind", QT_TRANSLATE_NOOP("Catalogue", "Event"), E::RemedyEventKind),
            typed("occurred_on", QT_TRANSLATE_NOOP("Catalogue", "Date"), Type::Date, true),
            lines("content", QT_TRANSLATE_NOOP("Catalogue", "What was reported or found")),
            choice("status_after", QT_TRANSLATE_NOOP("Catalogue", "Status afterwards"),
                E::RecommendationStatus),
            reference("register_id", QT_TRANSLATE_NOOP("Catalogue", "Document sent"),
                "document_register"),
            text("recorded_by", QT_TRANSLATE_NOOP("Catalogue", "Recorded by"))};
    event.hasVersion = false;
    event.hasTimestamps = false;
    tables << event;

    // The statistics' indicators, a directory the office extends (counted ones come with the
    // program). One in use is made inactive, never deleted.
    Catalogue::Table indicator;
    indicator.name = QStringLiteral("stat_indicator");
    indicator.singular = QT_TRANSLATE_NOOP("Catalogue", "indicator");
    indicator.countForm = QT_TRANSLATE_N_NOOP("Catalogue", "%n indicator(s)");
    indicator.nameColumns = names({"name"});
    Column counted = choice(
        "counted", QT_TRANSLATE_NOOP("Catalogue", "Counted from the records"), E::CountedFigure);
    counted.required = false;
    Column conferenceKind = choice("conference_kind",
        QT_TRANSLATE_NOOP("Catalogue", "Kind of conference counted"), E::ConferenceKind);
    conferenceKind.required = false;
    indicator.columns = {text("name", QT_TRANSLATE_NOOP("Catalogue", "Indicator"), true),
        text("measure", QT_TRANSLATE_NOOP("Catalogue", "Counted in")),
        choice("aggregation", QT_TRANSLATE_NOOP("Catalogue", "Adds up as"), E::Aggregation),
        counted, conferenceKind,
        reference("form_id", QT_TRANSLATE_NOOP("Catalogue", "Form of commendation counted"),
            "commendation_form"),
        typed("active", QT_TRANSLATE_NOOP("Catalogue", "In use"), Type::Integer), position, note};
    indicator.derived = {fold("name_folded", names({"name"})), key("sort_key", "name")};
    tables << indicator;

    Catalogue::Table statistic;
    statistic.name = QStringLiteral("statistic");
    statistic.singular = QT_TRANSLATE_NOOP("Catalogue", "statistic");
    statistic.countForm = QT_TRANSLATE_N_NOOP("Catalogue", "%n statistic(s)");
    statistic.nameColumns = names({"name"});
    statistic.ownerColumns = names({"conference_id"});
    statistic.columns = {
        owner("conference_id", QT_TRANSLATE_NOOP("Catalogue", "Conference"), "conference", false),
        reference("unit_id", QT_TRANSLATE_NOOP("Catalogue", "Unit"), "unit"),
        reference("indicator_id", QT_TRANSLATE_NOOP("Catalogue", "Indicator"), "stat_indicator"),
        text("name", QT_TRANSLATE_NOOP("Catalogue", "Figure"), true),
        typed("value", QT_TRANSLATE_NOOP("Catalogue", "Value"), Type::Real, true),
        text("measure", QT_TRANSLATE_NOOP("Catalogue", "Counted in")),
        typed("period_from", QT_TRANSLATE_NOOP("Catalogue", "Period from"), Type::Date),
        typed("period_to", QT_TRANSLATE_NOOP("Catalogue", "Period to"), Type::Date), position,
        note};
    tables << statistic;

    // The forms of commendation, a directory the office edits: who may give each, to whom,
    // and where its certificate's text goes on the stock.
    Catalogue::Table form;
    form.name = QStringLiteral("commendation_form");
    form.singular = QT_TRANSLATE_NOOP("Catalogue", "form of commendation");
    form.countForm = QT_TRANSLATE_N_NOOP("Catalogue", "%n form(s) of commendation");
    form.nameColumns = names({"name"});
    form.columns = {text("name", QT_TRANSLATE_NOOP("Catalogue", "Form of commendation"), true),
        choice("recipients", QT_TRANSLATE_NOOP("Catalogue", "Given to"), E::FormRecipients),
        typed("badge_years", QT_TRANSLATE_NOOP("Catalogue", "Years of Party membership (badge)"),
            Type::Integer),
        typed("page_width_mm", QT_TRANSLATE_NOOP("Catalogue", "Certificate width (mm)"), Type::Real,
            true),
        typed("page_height_mm", QT_TRANSLATE_NOOP("Catalogue", "Certificate height (mm)"),
            Type::Real, true),
        position, note};
    form.derived = {fold("name_folded", names({"name"})), key("sort_key", "name")};
    tables << form;

    Catalogue::Table authority;
    authority.name = QStringLiteral("commendation_form_authority");
    authority.singular = QT_TRANSLATE_NOOP("Catalogue", "body that may give the form");
    authority.countForm = QT_TRANSLATE_N_NOOP("Catalogue", "%n body(ies) that may give the form");
    authority.nameColumns = names({"issuing_body_id"});
    authority.ownerColumns = names({"form_id"});
    authority.columns = {owner("form_id", QT_TRANSLATE_NOOP("Catalogue", "Form of commendation"),
                             "commendation_form"),
        reference("issuing_body_id", QT_TRANSLATE_NOOP("Catalogue", "Given by"), "issuing_body",
            Catalogue::OnDelete::Restrict, true),
        position};
    tables << authority;

    Catalogue::Table field;
    field.name = QStringLiteral("certificate_field");
    field.singular = QT_TRANSLATE_NOOP("Catalogue", "certificate field");
    field.countForm = QT_TRANSLATE_N_NOOP("Catalogue", "%n certificate field(s)");
    field.nameColumns = names({"field"});
    field.ownerColumns = names({"form_id"});
    field.columns = {owner("form_id", QT_TRANSLATE_NOOP("Catalogue", "Form of commendation"),
                         "commendation_form"),
        choice("field", QT_TRANSLATE_NOOP("Catalogue", "Printed text"), E::CertificateField),
        lines("content", QT_TRANSLATE_NOOP("Catalogue", "Fixed text")),
        typed("x_mm", QT_TRANSLATE_NOOP("Catalogue", "From the left edge (mm)"), Type::Real, true),
        typed("y_mm", QT_TRANSLATE_NOOP("Catalogue", "From the top edge (mm)"), Type::Real, true),
        typed("width_mm", QT_TRANSLATE_NOOP("Catalogue", "Width (mm)"), Type::Real, true),
        typed("font_pt", QT_TRANSLATE_NOOP("Catalogue", "Font size (pt)"), Type::Real, true),
        typed("bold", QT_TRANSLATE_NOOP("Catalogue", "Bold"), Type::Integer),
        typed("italic", QT_TRANSLATE_NOOP("Catalogue", "Italic"), Type::Integer),
        choice("align", QT_TRANSLATE_NOOP("Catalogue", "Alignment"), E::TextAlign), position};
    tables << field;

    // A commendation from the proposal to the decision (hồ sơ khen thưởng).
    Catalogue::Table commendation;
    commendation.name = QStringLiteral("commendation");
    commendation.singular = QT_TRANSLATE_NOOP("Catalogue", "commendation");
    commendation.countForm = QT_TRANSLATE_N_NOOP("Catalogue", "%n commendation(s)");
    commendation.nameColumns = names({"decision_code", "proposal_code", "reason"});
    commendation.columns = {
        reference("issuing_body_id", QT_TRANSLATE_NOOP("Catalogue", "Decided by"), "issuing_body"),
        reference(
            "form_id", QT_TRANSLATE_NOOP("Catalogue", "Form of commendation"), "commendation_form"),
        choice("kind", QT_TRANSLATE_NOOP("Catalogue", "Kind of commendation"), E::CommendationKind),
        lines("reason", QT_TRANSLATE_NOOP("Catalogue", "Reason"), true),
        reference("proposing_unit_id", QT_TRANSLATE_NOOP("Catalogue", "Proposed by"), "unit"),
        text("proposal_code", QT_TRANSLATE_NOOP("Catalogue", "Number of the proposal")),
        typed("proposed_on", QT_TRANSLATE_NOOP("Catalogue", "Proposed on"), Type::Date),
        typed("round_on", QT_TRANSLATE_NOOP("Catalogue", "Badges presented on"), Type::Date),
        reference("conference_id", QT_TRANSLATE_NOOP("Catalogue", "Presented at"), "conference"),
        choice("status", QT_TRANSLATE_NOOP("Catalogue", "Status"), E::CommendationStatus),
        text("decision_code", QT_TRANSLATE_NOOP("Catalogue", "Number of the decision")),
        typed("decided_on", QT_TRANSLATE_NOOP("Catalogue", "Decided on"), Type::Date),
        text("signer", QT_TRANSLATE_NOOP("Catalogue", "Signed by")),
        text("approved_by", QT_TRANSLATE_NOOP("Catalogue", "Approved by")),
        text("approved_at", QT_TRANSLATE_NOOP("Catalogue", "Approved at")), note};
    commendation.derived = {{QStringLiteral("reason_key"), How::MatchKey, names({"reason"})},
        fold("search_folded", names({"reason", "proposal_code", "decision_code"}))};
    commendation.searchedReferences = names({"proposing_unit_id"});
    tables << commendation;

    // Its list: who is proposed, reviewed, and awarded.
    Catalogue::Table recipient;
    recipient.name = QStringLiteral("commendation_recipient");
    recipient.singular = QT_TRANSLATE_NOOP("Catalogue", "recipient");
    recipient.countForm = QT_TRANSLATE_N_NOOP("Catalogue", "%n recipient(s)");
    recipient.nameColumns = names({"name"});
    recipient.ownerColumns = names({"commendation_id"});
    recipient.columns = {
        owner("commendation_id", QT_TRANSLATE_NOOP("Catalogue", "Commendation"), "commendation"),
        position,
        reference(
            "form_id", QT_TRANSLATE_NOOP("Catalogue", "Form of commendation"), "commendation_form"),
        choice("recipient_kind", QT_TRANSLATE_NOOP("Catalogue", "Recipient"), E::RecipientKind),
        reference("unit_id", QT_TRANSLATE_NOOP("Catalogue", "Collective awarded"), "unit"),
        reference("person_id", QT_TRANSLATE_NOOP("Catalogue", "Person awarded"), "person"),
        text("name", QT_TRANSLATE_NOOP("Catalogue", "Name as printed"), true),
        text("detail", QT_TRANSLATE_NOOP("Catalogue", "Unit or title held")),
        lines("achievement", QT_TRANSLATE_NOOP("Catalogue", "Achievement")),
        choice("review", QT_TRANSLATE_NOOP("Catalogue", "Review"), E::RecipientReview),
        lines("review_note", QT_TRANSLATE_NOOP("Catalogue", "Reason of the review")),
        typed("early", QT_TRANSLATE_NOOP("Catalogue", "Early, for a grave illness"), Type::Integer),
        typed("posthumous", QT_TRANSLATE_NOOP("Catalogue", "Posthumous"), Type::Integer),
        typed(
            "replacement", QT_TRANSLATE_NOOP("Catalogue", "Replaces a lost badge"), Type::Integer),
        text("badge_number", QT_TRANSLATE_NOOP("Catalogue", "Badge number")), note};
    recipient.derived = {{QStringLiteral("name_key"), How::MatchKey, names({"name"})},
        fold("search_folded", names({"name", "detail", "achievement"}))};
    tables << recipient;

    Catalogue::Table discipline;
    discipline.name = QStringLiteral("person_discipline");
    discipline.singular = QT_TRANSLATE_NOOP("Catalogue", "discipline");
    discipline.countForm = QT_TRANSLATE_N_NOOP("Catalogue", "%n discipline(s)");
    discipline.nameColumns = names({"kind"});
    discipline.ownerColumns = names({"person_id"});
    discipline.columns
        = {owner("person_id", QT_TRANSLATE_NOOP("Catalogue", "Party member"), "person"),
            choice("kind", QT_TRANSLATE_NOOP("Catalogue", "Discipline"), E::DisciplineKind),
            typed("decided_on", QT_TRANSLATE_NOOP("Catalogue", "Decided on"), Type::Date, true),
            text("decided_by", QT_TRANSLATE_NOOP("Catalogue", "Decided by")),
            lines("reason", QT_TRANSLATE_NOOP("Catalogue", "Reason")), position};
    tables << discipline;

    Catalogue::Table entry;
    entry.name = QStringLiteral("document_register");
    entry.singular = QT_TRANSLATE_NOOP("Catalogue", "register entry");
    entry.countForm = QT_TRANSLATE_N_NOOP("Catalogue", "%n outgoing document(s)");
    entry.nameColumns = names({"code"});
    entry.columns = {reference("type_code", QT_TRANSLATE_NOOP("Catalogue", "Document type"),
                         "document_type", Catalogue::OnDelete::Restrict, true),
        text("issuer_code", QT_TRANSLATE_NOOP("Catalogue", "Issuer code"), true),
        reference("issuing_body_id", QT_TRANSLATE_NOOP("Catalogue", "Issued by"), "issuing_body"),
        reference("term_id", QT_TRANSLATE_NOOP("Catalogue", "Term"), "issuing_body_term"),
        text("series", QT_TRANSLATE_NOOP("Catalogue", "Run of numbers"), true),
        typed("year", QT_TRANSLATE_NOOP("Catalogue", "Year"), Type::Integer, true),
        typed("number", QT_TRANSLATE_NOOP("Catalogue", "Number"), Type::Integer, true),
        text("code", QT_TRANSLATE_NOOP("Catalogue", "Number and code"), true),
        typed("issued_on", QT_TRANSLATE_NOOP("Catalogue", "Date issued"), Type::Date, true),
        text("report_kind", QT_TRANSLATE_NOOP("Catalogue", "Document")),
        lines("excerpt", QT_TRANSLATE_NOOP("Catalogue", "Excerpt")),
        text("signer", QT_TRANSLATE_NOOP("Catalogue", "Signed by")),
        text("issued_by", QT_TRANSLATE_NOOP("Catalogue", "Number given by")),
        reference("replaces_id", QT_TRANSLATE_NOOP("Catalogue", "Replaces"), "document_register"),
        text("source_sha256", QT_TRANSLATE_NOOP("Catalogue", "Fingerprint of the issued text")),
        reference("conference_id", QT_TRANSLATE_NOOP("Catalogue", "Conference"), "conference"),
        reference(
            "inspection_team_id", QT_TRANSLATE_NOOP("Catalogue", "Inspection"), "inspection_team"),
        reference("inspection_target_id", QT_TRANSLATE_NOOP("Catalogue", "Inspected target"),
            "inspection_target"),
        reference(
            "commendation_id", QT_TRANSLATE_NOOP("Catalogue", "Commendation"), "commendation"),
        reference(
            "legal_document_id", QT_TRANSLATE_NOOP("Catalogue", "Document"), "legal_document"),
        choice("status", QT_TRANSLATE_NOOP("Catalogue", "Status"), E::RegisterStatus),
        text("cancelled_reason", QT_TRANSLATE_NOOP("Catalogue", "Reason for cancelling"))};
    entry.derived = {fold("search_folded", names({"code", "excerpt", "signer"})),
        key("excerpt_key", "excerpt"), key("signer_key", "signer")};
    entry.writtenWith = Access::Action::Issue;
    tables << entry;

    Catalogue::Table attachment;
    attachment.name = QStringLiteral("attachment");
    attachment.singular = QT_TRANSLATE_NOOP("Catalogue", "attachment");
    attachment.countForm = QT_TRANSLATE_N_NOOP("Catalogue", "%n attachment(s)");
    attachment.nameColumns = names({"file_name"});
    attachment.ownerColumns = names({"conference_id", "inspection_team_id", "inspection_target_id",
        "finding_id", "remedy_event_id", "commendation_id"});
    attachment.columns = {
        owner("conference_id", QT_TRANSLATE_NOOP("Catalogue", "Conference"), "conference", false),
        owner("inspection_team_id", QT_TRANSLATE_NOOP("Catalogue", "Inspection"), "inspection_team",
            false),
        owner("inspection_target_id", QT_TRANSLATE_NOOP("Catalogue", "Inspected target"),
            "inspection_target", false),
        owner("finding_id", QT_TRANSLATE_NOOP("Catalogue", "Violation"), "finding", false),
        owner("remedy_event_id", QT_TRANSLATE_NOOP("Catalogue", "Remedy event"), "remedy_event",
            false),
        owner("commendation_id", QT_TRANSLATE_NOOP("Catalogue", "Commendation"), "commendation",
            false),
        choice("kind", QT_TRANSLATE_NOOP("Catalogue", "Kind of file"), E::AttachmentKind),
        text("file_name", QT_TRANSLATE_NOOP("Catalogue", "File name"), true),
        text("media_type", QT_TRANSLATE_NOOP("Catalogue", "Type of content")),
        typed("byte_size", QT_TRANSLATE_NOOP("Catalogue", "Size in bytes"), Type::Integer, true),
        text("sha256", QT_TRANSLATE_NOOP("Catalogue", "Fingerprint (SHA-256)")),
        lines("note", QT_TRANSLATE_NOOP("Catalogue", "Note"))};
    tables << attachment;

    Catalogue::Table content;
    content.name = QStringLiteral("attachment_content");
    content.singular = QT_TRANSLATE_NOOP("Catalogue", "attachment content");
    content.countForm = QT_TRANSLATE_N_NOOP("Catalogue", "%n attachment content(s)");
    content.key = QStringLiteral("attachment_id");
    content.columns
        = {owner("attachment_id", QT_TRANSLATE_NOOP("Catalogue", "Attachment"), "attachment"),
            typed("data", QT_TRANSLATE_NOOP("Catalogue", "Content"), Type::Blob, true)};
    content.hasVersion = false;
    content.hasTimestamps = false;
    // The bytes are logged as the attachment's fingerprint, never as content.
    content.audited = false;
    tables << content;

    // The file of an issued document as it was signed: written once, never changed (triggers).
    Catalogue::Table issued;
    issued.name = QStringLiteral("issued_document");
    issued.singular = QT_TRANSLATE_NOOP("Catalogue", "issued document");
    issued.countForm = QT_TRANSLATE_N_NOOP("Catalogue", "%n issued document(s)");
    issued.key = QStringLiteral("register_id");
    issued.columns = {reference("register_id", QT_TRANSLATE_NOOP("Catalogue", "Register entry"),
                          "document_register", Catalogue::OnDelete::Restrict, true),
        text("media_type", QT_TRANSLATE_NOOP("Catalogue", "Type of content"), true),
        typed("content", QT_TRANSLATE_NOOP("Catalogue", "Content"), Type::Blob, true),
        text("sha256", QT_TRANSLATE_NOOP("Catalogue", "Fingerprint (SHA-256)"), true),
        text("issued_by", QT_TRANSLATE_NOOP("Catalogue", "Number given by"))};
    issued.hasVersion = false;
    issued.hasTimestamps = false;
    // The bytes are logged as the register entry's fingerprint, never as content.
    issued.audited = false;
    issued.writtenWith = Access::Action::Issue;
    tables << issued;

    Catalogue::Table setting;
    setting.name = QStringLiteral("setting");
    setting.singular = QT_TRANSLATE_NOOP("Catalogue", "setting");
    setting.countForm = QT_TRANSLATE_N_NOOP("Catalogue", "%n setting(s)");
    setting.key = QStringLiteral("key");
    setting.nameColumns = names({"key"});
    setting.columns = {text("key", QT_TRANSLATE_NOOP("Catalogue", "Setting"), true),
        lines("value", QT_TRANSLATE_NOOP("Catalogue", "Value"))};
    setting.writtenWith = Access::Action::Configure;
    tables << setting;

    // An office's accounts (Accounts writes them): the password only as a hash, never logged.
    Catalogue::Table account;
    account.name = QStringLiteral("app_user");
    account.singular = QT_TRANSLATE_NOOP("Catalogue", "account");
    account.countForm = QT_TRANSLATE_N_NOOP("Catalogue", "%n account(s)");
    account.nameColumns = names({"name"});
    Column hash = text("password_hash", QT_TRANSLATE_NOOP("Catalogue", "Password"), true);
    hash.logged = false;
    account.columns = {text("name", QT_TRANSLATE_NOOP("Catalogue", "Account name"), true),
        text("name_key", QT_TRANSLATE_NOOP("Catalogue", "Account name as compared"), true),
        text("full_name", QT_TRANSLATE_NOOP("Catalogue", "Full name")),
        choice("role", QT_TRANSLATE_NOOP("Catalogue", "Role"), E::Role),
        choice("clearance", QT_TRANSLATE_NOOP("Catalogue", "Clearance"), E::Secrecy), hash,
        typed("disabled", QT_TRANSLATE_NOOP("Catalogue", "Disabled"), Type::Integer),
        typed("failed_logins", QT_TRANSLATE_NOOP("Catalogue", "Wrong passwords in a row"),
            Type::Integer),
        text("last_failed_at", QT_TRANSLATE_NOOP("Catalogue", "Last wrong password at"))};
    account.writtenWith = Access::Action::ManageAccounts;
    tables << account;
    return tables;
}

} // namespace

const Catalogue::Column *Catalogue::Table::column(const QString &name) const
{
    for (const Column &column : columns) {
        if (column.name == name)
            return &column;
    }
    return nullptr;
}

bool Catalogue::Table::isDerived(const QString &name) const
{
    // Name parts are typed by the user too: only their splitting is derived.
    for (const Derived &d : derived) {
        if (d.how != Derivation::NameParts && d.column == name)
            return true;
    }
    return false;
}

QStringList Catalogue::Table::searchColumns() const
{
    QStringList found;
    for (const Derived &d : derived) {
        if (d.how == Derivation::Fold)
            found << d.column;
    }
    return found;
}

const QVector<Catalogue::SearchIndex> &Catalogue::searchIndexes()
{
    static const QVector<SearchIndex> all = [] {
        QVector<SearchIndex> indexes;
        for (const Table &table : tables()) {
            SearchIndex index {table.name, table.searchColumns(), {}};
            if (index.columns.isEmpty())
                continue;
            for (const QString &reference : table.searchedReferences) {
                const Table *target = Catalogue::table(table.column(reference)->references);
                index.references.append({reference, target->name, target->searchColumns()});
            }
            indexes << index;
        }
        indexes << SearchIndex {QStringLiteral("audit_log"), {QStringLiteral("label_folded")}, {}};
        return indexes;
    }();
    return all;
}

const Catalogue::SearchIndex *Catalogue::searchIndex(const QString &table)
{
    for (const SearchIndex &index : searchIndexes()) {
        if (index.table == table)
            return &index;
    }
    return nullptr;
}

const QVector<Catalogue::Table> &Catalogue::tables()
{
    static const QVector<Table> all = build();
    return all;
}

const Catalogue::Table *Catalogue::table(const QString &name)
{
    for (const Table &table : tables()) {
        if (table.name == name)
            return &table;
    }
    return nullptr;
}

QString Catalogue::tableLabel(const QString &table)
{
    const Table *found = Catalogue::table(table);
    return found ? tr(found->singular) : table;
}

QString Catalogue::tableCount(const QString &table, int count)
{
    const Table *found = Catalogue::table(table);
    return found ? tr(found->countForm, nullptr, count)
                 : QStringLiteral("%1 %2").arg(count).arg(table);
}

QString Catalogue::fieldLabel(const QString &table, const QString &column)
{
    const Table *found = Catalogue::table(table);
    const Column *described = found ? found->column(column) : nullptr;
    return described ? tr(described->label) : column;
}

bool Catalogue::isSecrecyBound(const QString &name)
{
    // Worked out once from the references: a table is bound when it has a secrecy or refers to
    // a bound table (other than itself).
    static const QSet<QString> bound = [] {
        QSet<QString> found;
        for (bool grew = true; grew;) {
            grew = false;
            for (const Table &table : tables()) {
                if (found.contains(table.name))
                    continue;
                bool bind = table.column(QStringLiteral("secrecy")) != nullptr;
                for (const Column &column : table.columns) {
                    bind = bind
                        || (column.type == Type::Reference && column.references != table.name
                            && found.contains(column.references));
                }
                if (bind) {
                    found.insert(table.name);
                    grew = true;
                }
            }
        }
        return found;
    }();
    return bound.contains(name);
}

QVector<Catalogue::Use> Catalogue::restrictingUses(const QString &table)
{
    QVector<Use> uses;
    for (const Table &referencing : tables()) {
        for (const Column &column : referencing.columns) {
            if (column.type == Type::Reference && column.references == table
                && column.onDelete == OnDelete::Restrict)
                uses.append({&referencing, &column});
        }
    }
    return uses;
}

void Catalogue::derive(const Table &table, QVariantMap &values)
{
    using namespace VietnameseText;
    const auto textOf
        = [&values](const QString &column) { return values.value(column).toString(); };
    for (const Derived &d : table.derived) {
        switch (d.how) {
        case Derivation::Fold: {
            QStringList parts;
            for (const QString &source : d.sources)
                parts << textOf(source);
            values.insert(d.column, fold(parts.join(QLatin1Char(' '))));
            break;
        }
        case Derivation::Key:
            values.insert(d.column, collationKey(textOf(d.sources.first())));
            break;
        case Derivation::MatchKey:
            values.insert(d.column, matchKey(textOf(d.sources.first())));
            break;
        case Derivation::PersonKey:
            values.insert(d.column,
                personCollationKey(
                    textOf(d.sources.at(0)), textOf(d.sources.at(1)), textOf(d.sources.at(2))));
            break;
        case Derivation::NameParts:
            if (textOf(QStringLiteral("family_name")).isEmpty()
                && textOf(QStringLiteral("middle_name")).isEmpty()
                && textOf(QStringLiteral("given_name")).isEmpty()) {
                // A part a name does not have ("Lê Anh" has no middle name) is empty text,
                // never NULL: the columns hold '' for "none".
                const NameParts parts = splitFullName(textOf(d.sources.first()));
                const auto part
                    = [](const QString &text) { return text.isNull() ? QStringLiteral("") : text; };
                values.insert(QStringLiteral("family_name"), part(parts.family));
                values.insert(QStringLiteral("middle_name"), part(parts.middle));
                values.insert(QStringLiteral("given_name"), part(parts.given));
            }
            break;
        case Derivation::BeforeDash:
            values.insert(d.column, textOf(d.sources.first()).section(QLatin1Char('-'), 0, 0));
            break;
        case Derivation::AfterSlash:
            values.insert(d.column, textOf(d.sources.first()).section(QLatin1Char('/'), 1));
            break;
        }
    }
}
