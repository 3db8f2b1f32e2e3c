#include "generator.h"

#include "storage/store.h"

#include <QDate>
#include <QElapsedTimer>
#include <QSet>

#include <cmath>
#include <random>

namespace Generator {

namespace {

struct Weighted
{
    const char *text;
    double weight;
};

// Family names with their approximate shares of the population (in %) as name surveys report
// them; the long tail shares what is left.
const Weighted familyNames[] = {{"Nguyễn", 38.4}, {"Trần", 11.0}, {"Lê", 9.5}, {"Phạm", 7.0},
    {"Hoàng", 3.5}, {"Huỳnh", 1.6}, {"Phan", 4.5}, {"Vũ", 2.4}, {"Võ", 1.5}, {"Đặng", 2.1},
    {"Bùi", 2.0}, {"Đỗ", 1.4}, {"Hồ", 1.3}, {"Ngô", 1.3}, {"Dương", 1.0}, {"Lý", 0.5},
    {"Đinh", 0.6}, {"Trương", 0.6}, {"Lưu", 0.4}, {"Mai", 0.4}, {"Cao", 0.4}, {"Đào", 0.4},
    {"Lương", 0.3}, {"Hà", 0.3}, {"Tạ", 0.2}, {"Lâm", 0.3}, {"Tô", 0.2}, {"Châu", 0.2},
    {"Quách", 0.1}, {"Triệu", 0.2}, {"Kiều", 0.1}, {"Thái", 0.2}, {"Tống", 0.1}, {"Chu", 0.1},
    {"Phùng", 0.2}, {"Lại", 0.1}, {"Doãn", 0.05}, {"Khổng", 0.03}, {"Âu", 0.05}};

const Weighted maleMiddle[] = {{"Văn", 30}, {"Minh", 7}, {"Quang", 6}, {"Hữu", 6}, {"Đức", 6},
    {"Thanh", 4}, {"Xuân", 4}, {"Công", 4}, {"Đình", 4}, {"Ngọc", 3}, {"Quốc", 3}, {"Thế", 3},
    {"Tiến", 2}, {"Mạnh", 2}, {"Trung", 2}, {"Anh", 2}, {"Hoàng", 2}, {"Bá", 2}, {"Duy", 2},
    {"Trọng", 2}, {"Khắc", 1}, {"Hồng", 1}, {"Viết", 1}};
const Weighted femaleMiddle[] = {{"Thị", 55}, {"Thu", 5}, {"Thanh", 5}, {"Ngọc", 5}, {"Hồng", 4},
    {"Kim", 3}, {"Minh", 3}, {"Phương", 2}, {"Thị Thu", 3}, {"Thị Kim", 2}, {"Mai", 2}, {"Bích", 2},
    {"Thúy", 2}, {"Thị Minh", 1}, {"Hải", 1}, {"Diệu", 1}};

// Given names, most common first: weighted by 1/sqrt(rank), flatter than family names, as given
// names are.
const char *maleGiven[] = {"Hùng", "Dũng", "Tuấn", "Minh", "Nam", "Hải", "Thắng", "Long", "Cường",
    "Sơn", "Quang", "Hoàng", "Đức", "Trung", "Thành", "Bình", "Hiếu", "Phong", "Tùng", "Việt",
    "Khánh", "Hưng", "Anh", "Huy", "Lâm", "Toàn", "Đạt", "Kiên", "Vinh", "Vĩnh", "Tâm", "Hòa",
    "Quân", "Thịnh", "Phúc", "Lộc", "Tài", "Trí", "Nghĩa", "Hậu", "Chiến", "Thái", "Thanh", "Hà",
    "Tú", "Lợi", "Công", "Sáng", "Định", "Khoa", "Tiến", "Hạnh", "Bảo", "An", "Tân", "Ninh", "Duy",
    "Thuận", "Thông", "Quý"};
const char *femaleGiven[] = {"Hương", "Lan", "Hoa", "Hằng", "Linh", "Trang", "Thảo", "Hà", "Mai",
    "Ngọc", "Phương", "Thủy", "Huyền", "Nga", "Yến", "Dung", "Hạnh", "Loan", "Nhung", "Vân", "Oanh",
    "Thu", "Anh", "Ánh", "Liên", "Hiền", "Thúy", "Giang", "Trâm", "Hạ", "Quỳnh", "Châu", "Diệp",
    "My", "Nhàn", "Tâm", "Tuyết", "Xuân", "Hồng", "Bích", "Duyên", "Hậu", "Lệ", "Ly", "Minh",
    "Nguyệt", "Phượng", "Quyên", "Sen", "Thơ", "Thắm", "Thoa", "Uyên", "Vy", "Hiên", "Kim", "Lụa",
    "Mơ", "Na", "Hải"};

const char *districts[] = {"Đông Sơn", "Hoằng Hóa", "Hậu Lộc", "Nga Sơn", "Hà Trung", "Vĩnh Lộc",
    "Yên Định", "Thiệu Hóa", "Triệu Sơn", "Nông Cống", "Quảng Xương", "Tĩnh Gia", "Thọ Xuân",
    "Ngọc Lặc", "Cẩm Thủy", "Thạch Thành", "Như Thanh", "Như Xuân", "Thường Xuân", "Lang Chánh",
    "Bá Thước", "Quan Hóa", "Quan Sơn", "Mường Lát"};
const char *communeFirst[] = {"Quảng", "Hoằng", "Thiệu", "Đông", "Yên", "Vĩnh", "Nga", "Hà",
    "Triệu", "Xuân", "Thọ", "Định", "Minh", "Tân", "Hải"};
const char *communeSecond[] = {"Tân", "Phú", "Lộc", "Thịnh", "Hưng", "Hòa", "An", "Bình", "Thành",
    "Sơn", "Long", "Phong", "Trường", "Khánh", "Tiến", "Lợi", "Ninh", "Giang"};
const char *boards[]
    = {"Ban Tổ chức", "Ban Tuyên giáo", "Ủy ban Kiểm tra", "Ban Dân vận", "Văn phòng"};

const char *communeTitles[] = {"Bí thư Đảng ủy", "Phó Bí thư Thường trực Đảng ủy",
    "Chủ tịch Ủy ban nhân dân", "Phó Chủ tịch Ủy ban nhân dân", "Chủ tịch Ủy ban Mặt trận Tổ quốc",
    "Ủy viên Ban Chấp hành Đảng bộ", "Bí thư Chi bộ", "Bí thư Đoàn Thanh niên",
    "Chủ tịch Hội Phụ nữ", "Chủ tịch Hội Nông dân", "Chủ tịch Hội Cựu chiến binh",
    "Công chức Văn phòng Đảng ủy"};
const char *boardTitles[] = {"Trưởng ban", "Phó Trưởng ban", "Chuyên viên", "Chuyên viên chính",
    "Chánh Văn phòng", "Phó Chánh Văn phòng", "Ủy viên"};

const char *centralDocuments[] = {"39-CT/TW", "05-CT/TW", "21-NQ/TW", "35-NQ/TW", "04-NQ/TW",
    "28-NQ/TW", "18-NQ/TW", "19-NQ/TW", "26-NQ/TW", "27-NQ/TW", "33-NQ/TW", "45-NQ/TW", "57-NQ/TW",
    "66-NQ/TW", "68-NQ/TW", "15-QĐ/TW", "22-QĐ/TW", "24-QĐ/TW", "28-CT/TW", "42-CT/TW"};
const char *topics[] = {"xây dựng Đảng", "kiểm tra, giám sát", "dân vận", "tuyên giáo",
    "bảo vệ chính trị nội bộ", "cải cách hành chính", "phát triển kinh tế - xã hội",
    "xây dựng nông thôn mới", "chuyển đổi số", "phòng, chống tham nhũng, tiêu cực",
    "quốc phòng, an ninh", "văn hóa, xã hội"};

template <std::size_t N> std::discrete_distribution<int> distribution(const Weighted (&list)[N])
{
    std::vector<double> weights;
    for (const Weighted &item : list)
        weights.push_back(item.weight);
    return std::discrete_distribution<int>(weights.begin(), weights.end());
}

template <std::size_t N> std::discrete_distribution<int> zipf(const char *const (&)[N])
{
    std::vector<double> weights;
    for (std::size_t rank = 1; rank <= N; ++rank)
        weights.push_back(1.0 / std::sqrt(double(rank)));
    return std::discrete_distribution<int>(weights.begin(), weights.end());
}

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

template <std::size_t N> QString pick(std::mt19937 &random, const char *const (&list)[N])
{
    return u(list[std::uniform_int_distribution<std::size_t>(0, N - 1)(random)]);
}

struct Unit
{
    qint64 id;
    QString name;
    bool commune;
};

} // namespace

struct Names::Private
{
    std::mt19937 random;
    std::discrete_distribution<int> family = distribution(familyNames);
    std::discrete_distribution<int> male = distribution(maleMiddle);
    std::discrete_distribution<int> female = distribution(femaleMiddle);
    std::discrete_distribution<int> maleName = zipf(maleGiven);
    std::discrete_distribution<int> femaleName = zipf(femaleGiven);
};

Names::Names(unsigned seed)
    : d(new Private {std::mt19937(seed)})
{ }

Names::~Names()
{
    delete d;
}

QString Names::next()
{
    const bool woman = std::bernoulli_distribution(0.45)(d->random);
    const QString family = u(familyNames[d->family(d->random)].text);
    const QString middle = woman ? u(femaleMiddle[d->female(d->random)].text)
                                 : u(maleMiddle[d->male(d->random)].text);
    const QString given
        = woman ? u(femaleGiven[d->femaleName(d->random)]) : u(maleGiven[d->maleName(d->random)]);
    return family + QLatin1Char(' ') + middle + QLatin1Char(' ') + given;
}

QStringList unitNames()
{
    QStringList names {u("Tỉnh ủy")};
    for (const char *board : boards)
        names << u(board) + u(" Tỉnh ủy");
    int commune = 0;
    for (const char *district : districts) {
        names << u("Huyện ủy ") + u(district);
        for (const char *board : boards)
            names << u(board) + u(" Huyện ủy ") + u(district);
        for (int i = 0; i < 30; ++i, ++commune) {
            const int first = commune % int(std::size(communeFirst));
            const int second
                = (commune / int(std::size(communeFirst)) + i) % int(std::size(communeSecond));
            names << u("Đảng ủy xã %1 %2, huyện %3")
                         .arg(u(communeFirst[first]), u(communeSecond[second]), u(district));
        }
    }
    return names;
}

bool populate(Store &store, const Sizes &sizes, QString *error)
{
    std::mt19937 random(20261202);
    QElapsedTimer timer;
    timer.start();
    const auto progress = [&](const char *what, int done) {
        fprintf(stderr, "\r  generating %s: %d (%.0f s)      ", what, done, timer.elapsed() / 1e3);
    };

    // Units: the province, its boards, each district's committee, boards and communes.
    QVector<Unit> units;
    {
        Store::Write write(&store);
        qint64 province = 0;
        qint64 district = 0;
        for (const QString &name : unitNames()) {
            const bool isDistrict = name.startsWith(u("Huyện ủy "));
            const bool commune = name.startsWith(u("Đảng ủy xã"));
            QVariantMap values {{QStringLiteral("name"), name},
                {QStringLiteral("kind"),
                    isDistrict || commune || !province ? QStringLiteral("party_committee")
                                                       : QStringLiteral("advisory_body")}};
            if (province)
                values.insert(QStringLiteral("parent_id"),
                    district && !name.endsWith(u(" Tỉnh ủy")) && !isDistrict ? district : province);
            const auto id = store.insert(QStringLiteral("unit"), values, error);
            if (!id)
                return false;
            if (!province)
                province = *id;
            if (isDistrict)
                district = *id;
            units.append({*id, name, commune});
        }
        if (!write.commit(error))
            return false;
    }

    // Documents the conferences implement.
    QVector<qint64> documents;
    {
        Store::Write write(&store);
        for (const char *code : centralDocuments) {
            const QString text = u(code);
            const auto id = store.insert(QStringLiteral("legal_document"),
                {{QStringLiteral("code"), text},
                    {QStringLiteral("type_code"),
                        text.contains(u("CT"))       ? QStringLiteral("CT")
                            : text.contains(u("QĐ")) ? QStringLiteral("QĐi")
                                                     : QStringLiteral("NQ")}},
                error);
            if (!id)
                return false;
            documents << *id;
        }
        if (!write.commit(error))
            return false;
    }

    // People, in transactions of 10,000 as an import would write them.
    Names names(7);
    QVector<qint64> people;
    people.reserve(sizes.people);
    std::uniform_int_distribution<int> anyUnit(0, int(units.size()) - 1);
    for (int done = 0; done < sizes.people;) {
        Store::Write write(&store);
        for (int i = 0; i < 10000 && done < sizes.people; ++i, ++done) {
            const Unit &unit = units.at(anyUnit(random));
            const QString title
                = unit.commune ? pick(random, communeTitles) : pick(random, boardTitles);
            QVariantMap values {{QStringLiteral("full_name"), names.next()},
                {QStringLiteral("title"), title}, {QStringLiteral("unit_id"), unit.id}};
            if (done % 3 == 0)
                values.insert(QStringLiteral("phone"),
                    QStringLiteral("09%1").arg(
                        std::uniform_int_distribution<int>(10000000, 99999999)(random)));
            const auto id = store.insert(QStringLiteral("person"), values, error);
            if (!id)
                return false;
            people << *id;
        }
        if (!write.commit(error))
            return false;
        progress("people", done);
    }

    // Conferences over twenty years, each with its share of the participants.
    const QStringList kinds {QStringLiteral("final_review"), QStringLiteral("interim_review"),
        QStringLiteral("dissemination"), QStringLiteral("training"), QStringLiteral("briefing"),
        QStringLiteral("thematic")};
    const QDate first(2006, 1, 1);
    const int days = int(first.daysTo(QDate(2025, 12, 31)));
    std::uniform_int_distribution<int> anyDay(0, days);
    std::uniform_int_distribution<int> anyPerson(0, int(people.size()) - 1);
    std::uniform_int_distribution<int> anyDocument(0, int(documents.size()) - 1);
    const double perConference = double(sizes.participants) / qMax(1, sizes.conferences);
    std::poisson_distribution<int> participantCount(qMax(0.0, perConference - 1));
    qint64 participantsLeft = sizes.participants;
    for (int done = 0; done < sizes.conferences;) {
        Store::Write write(&store);
        for (int i = 0; i < 2000 && done < sizes.conferences; ++i, ++done) {
            const Unit &organizer = units.at(anyUnit(random));
            const QDate held = first.addDays(anyDay(random));
            const QString kind = kinds.at(done % kinds.size());
            const int document = anyDocument(random);
            const QString code = u(centralDocuments[document]);
            const QString what = code.contains(u("CT")) ? u("Chỉ thị")
                : code.contains(u("QĐ"))                ? u("Quy định")
                                                        : u("Nghị quyết");
            QString title;
            if (kind == QLatin1String("final_review"))
                title = u("Hội nghị tổng kết %1 năm thực hiện %2 số %3")
                            .arg(5 * (1 + done % 3))
                            .arg(what, code);
            else if (kind == QLatin1String("interim_review"))
                title = u("Hội nghị sơ kết %1 năm thực hiện %2 số %3")
                            .arg(1 + done % 5)
                            .arg(what, code);
            else if (kind == QLatin1String("dissemination"))
                title = u("Hội nghị quán triệt, triển khai %1 số %2").arg(what, code);
            else if (kind == QLatin1String("training"))
                title = u("Lớp bồi dưỡng nghiệp vụ công tác %1 năm %2")
                            .arg(pick(random, topics))
                            .arg(held.year());
            else if (kind == QLatin1String("briefing"))
                title = u("Hội nghị giao ban công tác %1 quý %2 năm %3")
                            .arg(pick(random, topics))
                            .arg((held.month() - 1) / 3 + 1)
                            .arg(held.year());
            else
                title = u("Hội nghị chuyên đề về công tác %1").arg(pick(random, topics));
            title += u(" của ") + organizer.name;
            QVariantMap values {{QStringLiteral("kind"), kind}, {QStringLiteral("title"), title},
                {QStringLiteral("held_on"), held.toString(Qt::ISODate)},
                {QStringLiteral("starts_at"), QStringLiteral("08:00")},
                {QStringLiteral("venue"), u("Hội trường ") + organizer.name},
                {QStringLiteral("organizer_unit_id"), organizer.id},
                {QStringLiteral("status"), QStringLiteral("concluded")}};
            if (kind != QLatin1String("training") && kind != QLatin1String("briefing")
                && kind != QLatin1String("thematic"))
                values.insert(QStringLiteral("legal_document_id"), documents.at(document));
            const auto conference = store.insert(QStringLiteral("conference"), values, error);
            if (!conference)
                return false;
            const int remaining = sizes.conferences - done;
            int count = done + 1 == sizes.conferences
                ? int(participantsLeft)
                : int(qMin<qint64>(participantsLeft, 1 + participantCount(random)));
            count = qMin(count, int(people.size()));
            if (remaining > 1 && participantsLeft - count < 0)
                count = int(participantsLeft);
            QSet<qint64> chosen;
            for (int p = 0; p < count; ++p) {
                qint64 person = people.at(anyPerson(random));
                while (chosen.contains(person))
                    person = people.at(anyPerson(random));
                chosen.insert(person);
                const char *role = p == 0 ? "chair" : p == 1 ? "reporter" : "delegate";
                if (!store.insert(QStringLiteral("conference_participant"),
                        {{QStringLiteral("conference_id"), *conference},
                            {QStringLiteral("person_id"), person},
                            {QStringLiteral("role"), QLatin1String(role)},
                            {QStringLiteral("attendance"), QStringLiteral("present")},
                            {QStringLiteral("position"), p + 1}},
                        error))
                    return false;
            }
            participantsLeft -= count;
        }
        if (!write.commit(error))
            return false;
        progress("conferences", done);
    }
    fprintf(stderr, "\n");
    return true;
}

} // namespace Generator

namespace Generator {

namespace {

const char *recommendationTemplates[] = {
    "Kiểm điểm, rút kinh nghiệm tập thể, cá nhân có liên quan đến việc %1",
    "Rà soát, bổ sung, hoàn thiện quy chế làm việc về %1",
    "Chấn chỉnh công tác %1; báo cáo kết quả khắc phục",
    "Bổ sung hồ sơ, sổ sách, chứng từ về %1 theo quy định",
    "Xây dựng kế hoạch khắc phục hạn chế, khuyết điểm trong %1",
    "Tổ chức quán triệt, thực hiện nghiêm các quy định về %1",
};
const char *failings[] = {"thu, nộp, quản lý đảng phí", "quản lý hồ sơ đảng viên",
    "sinh hoạt chi bộ định kỳ", "kê khai tài sản, thu nhập", "thực hiện quy chế dân chủ",
    "quản lý, sử dụng đất đai", "quản lý tài chính, ngân sách", "công tác cán bộ",
    "bảo vệ chính trị nội bộ", "tiếp công dân, giải quyết khiếu nại"};
const char *reports[] = {"Đã tổ chức kiểm điểm, đang hoàn thiện hồ sơ",
    "Đã ban hành văn bản chấn chỉnh", "Đã bổ sung đầy đủ hồ sơ, sổ sách",
    "Đang xây dựng kế hoạch khắc phục", "Đã khắc phục xong, gửi kèm báo cáo"};

} // namespace

bool populateInspections(
    Store &store, const InspectionSizes &sizes, const QDate &today, QString *error)
{
    std::mt19937 random(20261203);
    QElapsedTimer timer;
    timer.start();
    const auto progress = [&](const char *what, int done) {
        fprintf(stderr, "\r  generating %s: %d (%.0f s)      ", what, done, timer.elapsed() / 1e3);
    };
    QVector<qint64> units, people;
    {
        auto query = store.select(QStringLiteral("SELECT id FROM unit ORDER BY id"));
        while (query && query->next())
            units << query->value(0).toLongLong();
        query = store.select(QStringLiteral("SELECT id FROM person ORDER BY id LIMIT 20000"));
        while (query && query->next())
            people << query->value(0).toLongLong();
    }
    if (units.size() < 10 || people.isEmpty()) {
        *error = QStringLiteral("populateInspections needs units and people first");
        return false;
    }
    std::uniform_int_distribution<int> anyUnit(0, int(units.size()) - 1);
    std::uniform_int_distribution<int> anyPerson(0, int(people.size()) - 1);
    const QDate first = today.addYears(-10);
    std::uniform_int_distribution<int> anyDay(0, int(first.daysTo(today.addDays(-40))));
    const int targetsPer = qMax(1, sizes.targets / qMax(1, sizes.inspections));
    const int recommendationsPer = qMax(1, sizes.recommendations / qMax(1, sizes.targets));
    const double eventsPer = double(sizes.events) / qMax(1, sizes.recommendations);
    const auto iso = [](const QDate &date) { return date.toString(Qt::ISODate); };
    int teams = 0, targets = 0, recommendations = 0, events = 0;
    qint64 eventsLeft = sizes.events;
    while (teams < sizes.inspections) {
        Store::Write write(&store);
        for (int batch = 0; batch < 500 && teams < sizes.inspections; ++batch) {
            ++teams;
            const QDate decided = first.addDays(anyDay(random));
            const QDate starts = decided.addDays(7);
            const QDate ends = starts.addDays(20);
            const bool done = ends.addDays(30) < today;
            const auto team = store.insert(QStringLiteral("inspection_team"),
                {{QStringLiteral("name"),
                     u("Kiểm tra việc lãnh đạo, chỉ đạo thực hiện công tác %1 năm %2")
                         .arg(pick(random, topics))
                         .arg(decided.year())},
                    {QStringLiteral("decision_code"), u("%1-QĐ/TU").arg(teams)},
                    {QStringLiteral("decided_on"), iso(decided)},
                    {QStringLiteral("starts_on"), iso(starts)},
                    {QStringLiteral("ends_on"), iso(ends)},
                    {QStringLiteral("status"),
                        done ? QStringLiteral("following_up") : QStringLiteral("working")}},
                error);
            if (!team)
                return false;
            QSet<qint64> inspected;
            const int count = teams == sizes.inspections ? sizes.targets - targets : targetsPer;
            for (int t = 0; t < count; ++t) {
                ++targets;
                QVariantMap target {{QStringLiteral("team_id"), *team},
                    {QStringLiteral("position"), t + 1},
                    {QStringLiteral("status"),
                        done ? QStringLiteral("concluded") : QStringLiteral("in_progress")}};
                qint64 unit = units.at(anyUnit(random));
                if (targets % 10 == 0) {
                    target.insert(QStringLiteral("person_id"), people.at(anyPerson(random)));
                } else {
                    while (inspected.contains(unit))
                        unit = units.at(anyUnit(random));
                    inspected.insert(unit);
                    target.insert(QStringLiteral("unit_id"), unit);
                }
                const QDate concluded = ends.addDays(10);
                if (done) {
                    target.insert(QStringLiteral("concluded_on"), iso(concluded));
                    target.insert(QStringLiteral("shortcomings"),
                        u("Còn hạn chế trong %1.").arg(pick(random, failings)));
                }
                const auto targetId
                    = store.insert(QStringLiteral("inspection_target"), target, error);
                if (!targetId)
                    return false;
                const int made = teams == sizes.inspections && t + 1 == count
                    ? sizes.recommendations - recommendations
                    : recommendationsPer;
                for (int r = 0; r < made; ++r) {
                    ++recommendations;
                    const QDate deadline
                        = concluded.addDays(std::uniform_int_distribution<int>(30, 365)(random));
                    // The history: none, a report under way, reported remedied, reminded
                    // first, re-checked at the end; the file's share of events, whatever.
                    // The file's share of events so far, give or take two.
                    int history = 0;
                    if (done) {
                        const qint64 owed = qint64(double(recommendations) * eventsPer) - events;
                        const qint64 wanted
                            = owed + std::uniform_int_distribution<int>(-2, 2)(random);
                        history = int(qBound(qint64(0), wanted, qint64(4)));
                        history = int(qMin<qint64>(history, eventsLeft));
                    }
                    QStringList kinds, after;
                    if (history == 1)
                        kinds = {"report"}, after = {"in_progress"};
                    else if (history == 2)
                        kinds = {"report", "report"}, after = {"in_progress", "remedied"};
                    else if (history == 3)
                        kinds = {"reminder", "report", "report"},
                        after = {"pending", "in_progress", "remedied"};
                    else if (history >= 4)
                        kinds = {"reminder", "report", "report", "recheck"},
                        after = {"pending", "in_progress", "remedied", "rechecked"};
                    QVector<QDate> dates;
                    QDate on = concluded;
                    const int span
                        = qMax(4, int(concluded.daysTo(qMin(today, deadline.addDays(60)))));
                    for (int e = 0; e < kinds.size(); ++e) {
                        on = on.addDays(std::uniform_int_distribution<int>(1, span / 4)(random));
                        dates << qMin(on, today);
                    }
                    QVariantMap values {{QStringLiteral("target_id"), *targetId},
                        {QStringLiteral("position"), r + 1},
                        {QStringLiteral("content"),
                            u(recommendationTemplates[std::uniform_int_distribution<int>(
                                  0, int(std::size(recommendationTemplates)) - 1)(random)])
                                .arg(pick(random, failings))},
                        {QStringLiteral("responsible_unit_id"),
                            r == 0 && target.contains(QStringLiteral("unit_id"))
                                ? unit
                                : units.at(anyUnit(random))},
                        {QStringLiteral("deadline"), iso(deadline)},
                        {QStringLiteral("status"),
                            after.isEmpty() ? QStringLiteral("pending") : after.last()}};
                    QStringList contents;
                    for (int e = 0; e < kinds.size(); ++e) {
                        contents << (kinds.at(e) == QLatin1String("reminder")
                                ? u("Đề nghị báo cáo kết quả khắc phục")
                                : kinds.at(e) == QLatin1String("recheck")
                                ? u("Đã kiểm tra lại, khắc phục đầy đủ")
                                : pick(random, reports));
                        if (kinds.at(e) == QLatin1String("report")) {
                            values.insert(QStringLiteral("last_report_on"), iso(dates.at(e)));
                            values.insert(QStringLiteral("last_report"), contents.last());
                        }
                        if (after.at(e) == QLatin1String("remedied"))
                            values.insert(QStringLiteral("remedied_on"), iso(dates.at(e)));
                    }
                    const auto id = store.insert(QStringLiteral("recommendation"), values, error);
                    if (!id)
                        return false;
                    for (int e = 0; e < kinds.size(); ++e) {
                        if (!store.insert(QStringLiteral("remedy_event"),
                                {{QStringLiteral("recommendation_id"), *id},
                                    {QStringLiteral("kind"), kinds.at(e)},
                                    {QStringLiteral("occurred_on"), iso(dates.at(e))},
                                    {QStringLiteral("content"), contents.at(e)},
                                    {QStringLiteral("status_after"), after.at(e)},
                                    {QStringLiteral("recorded_by"), QStringLiteral("generator")}},
                                error))
                            return false;
                        ++events;
                        --eventsLeft;
                    }
                }
            }
        }
        if (!write.commit(error))
            return false;
        progress("inspections", teams);
    }
    fprintf(stderr, "\n  %d inspections, %d targets, %d recommendations, %d remedy events\n", teams,
        targets, recommendations, events);
    return true;
}

bool populatePartyDates(Store &store, const QDate &today, QString *error)
{
    std::mt19937 random(20261204);
    QVector<qint64> people;
    {
        auto query = store.select(QStringLiteral("SELECT id FROM person ORDER BY id"));
        while (query && query->next())
            people << query->value(0).toLongLong();
    }
    const QDate first(1945, 1, 1);
    std::uniform_int_distribution<int> anyAdmission(0, int(first.daysTo(QDate(1996, 12, 31))));
    std::uniform_int_distribution<int> percent(0, 999);
    std::uniform_int_distribution<int> recent(1, 730);
    const char *const kinds[] = {"reprimand", "warning", "dismissal", "expulsion"};
    const auto iso = [](const QDate &date) { return date.toString(Qt::ISODate); };
    for (int done = 0; done < people.size();) {
        Store::Write write(&store);
        for (int batch = 0; batch < 5000 && done < people.size(); ++batch, ++done) {
            const qint64 id = people.at(done);
            const auto base = store.read(QStringLiteral("person"), id, error);
            if (!base)
                return false;
            const QDate admitted = first.addDays(anyAdmission(random));
            QVariantMap values {{QStringLiteral("admitted_on"), iso(admitted)},
                {QStringLiteral("official_on"), iso(admitted.addYears(1))}};
            const int chance = percent(random);
            if (chance < 10)
                values.insert(QStringLiteral("gravely_ill"), 1);
            else if (chance < 30)
                values.insert(QStringLiteral("deceased_on"),
                    iso(QDate(2015, 1, 1).addDays(recent(random) * 5)));
            if (!store.update(*base, values).ok()) {
                *error = QStringLiteral("populatePartyDates: person %1 not written").arg(id);
                return false;
            }
            if (percent(random) < 40
                && !store.insert(QStringLiteral("person_discipline"),
                    {{QStringLiteral("person_id"), id},
                        {QStringLiteral("kind"), QLatin1String(kinds[percent(random) % 4])},
                        {QStringLiteral("decided_on"), iso(today.addDays(-recent(random)))}},
                    error))
                return false;
        }
        if (!write.commit(error))
            return false;
        fprintf(stderr, "\r  generating Party dates: %d      ", done);
    }
    fprintf(stderr, "\n");
    return true;
}

} // namespace Generator
