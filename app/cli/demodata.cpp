#include "demodata.h"

#include "reports/formatprofile.h"
#include "core/clock.h"
#include "reports/issuing.h"
#include "storage/partybadges.h"
#include "storage/remedies.h"
#include "storage/store.h"

#include <QDate>
#include <QList>

// Public facts as the five articles in shared/domain/articles report them. Findings, and anything
// negative, are attached only to invented units and people, marked "(giả định)"; what the
// articles do not give (an hour, a delegate count, a congress date, the name of a Chánh Văn phòng)
// is said to be assumed in the record's note.
namespace {

QVariant date(const char *iso)
{
    return QString::fromLatin1(iso);
}

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

using H = QVariantMap;

// The demo, section by section; the ids one section gives, the next ones use. The first error
// stops every later write.
class Demo
{
public:
    explicit Demo(Store &store)
        : m_store(store)
    { }

    bool populate(QString *error, DemoData::Issue issue);

private:
    qint64 add(const char *table, const QVariantMap &values)
    {
        if (!m_error.isEmpty())
            return 0;
        return m_store.insert(QLatin1String(table), values, &m_error).value_or(0);
    }
    void participant(
        qint64 conference, qint64 person, const char *role, const char *title, int position)
    {
        add("conference_participant",
            H {{"conference_id", conference}, {"person_id", person}, {"role", role},
                {"title_held", s(title)}, {"attendance", "present"}, {"position", position}});
    }
    void units();
    void districtsOfThanhHoa();
    void people();
    void documents();
    void conferenceInThanhHoa();
    void conferenceOfTheBloc();
    void conferenceInDienBien();
    void trainingInTuyenQuang();
    void traVinhInspection();
    void inventedInspection();
    void secretConference();
    void followedUpInspection();
    void remedy(qint64 recommendation, const char *kind, const QDate &on, const QString &content,
        const char *statusAfter);
    void issuingBodies();
    void authorities();
    void thanhHoaCommendation();
    void badgeRound();
    qint64 issuingBody(qint64 unit, const char *name, const char *superiorLine,
        const char *issuingLine, const char *place, const char *code, const QString &note,
        bool isDefault = false);
    void term(qint64 body, const char *name, const char *startsOn, const char *endsOn);
    void signer(qint64 body, const char *kind, const char *authority, const char *title,
        const char *name, const char *recipients);
    bool profile(QString *error);
    bool issueTheNotice(QString *error);
    bool issueTheCommendation(QString *error);

    Store &m_store;
    QString m_error;
    QString m_invented;
    // The records later sections refer to.
    struct Ids
    {
        qint64 politburo = 0;
        qint64 orgCommission = 0;
        qint64 protectionDept = 0;
        qint64 subcommittee = 0;
        qint64 blocCommittee = 0;
        qint64 thanhHoa = 0;
        qint64 thanhHoaBoard = 0;
        qint64 thanhHoaOrg = 0;
        qint64 dienBien = 0;
        qint64 dienBienBoard = 0;
        qint64 vinhLong = 0;
        qint64 traVinh = 0;
        qint64 traVinhBoard = 0;
        qint64 traVinhCity = 0;
        qint64 traVinhBloc = 0;
        qint64 tuyenQuang = 0;
        qint64 tuyenQuangBoard = 0;
        qint64 fictionalCommittee = 0;
        qint64 fictionalCell = 0;
        qint64 fictionalOffice = 0;
        QList<qint64> thanhHoaDistricts;
        qint64 hung = 0;
        qint64 tuan = 0;
        qint64 sinh = 0;
        qint64 thang = 0;
        qint64 thao = 0;
        qint64 muon = 0;
        qint64 duong = 0;
        qint64 lam = 0;
        qint64 dung = 0;
        qint64 son = 0;
        qint64 minh = 0;
        qint64 fictionalHead = 0;
        qint64 fictionalClerk = 0;
        qint64 fictionalMember = 0;
        qint64 directive39 = 0;
        qint64 regulation58 = 0;
        qint64 thanhHoaReview = 0;
        qint64 thanhHoaBody = 0;
        qint64 thanhHoaCommendation = 0;
        qint64 subcommitteeBody = 0;
    } m_id;
};

// The units of the articles, with the mergers of 2025, and m_invented ones for what the articles do
// not name.
void Demo::units()
{
    m_id.politburo = add(
        "unit", H {{"name", s("Bộ Chính trị")}, {"kind", "central_body"}, {"issuer_code", "TW"}});
    m_id.orgCommission = add("unit",
        H {{"name", s("Ban Tổ chức Trung ương")}, {"kind", "advisory_body"},
            {"issuer_code", "BTCTW"}});
    m_id.protectionDept = add("unit",
        H {{"name", s("Cục Bảo vệ chính trị nội bộ")}, {"kind", "advisory_body"},
            {"parent_id", m_id.orgCommission}});
    m_id.subcommittee = add("unit",
        H {{"name", s("Tiểu ban Bảo vệ chính trị nội bộ Trung ương")}, {"kind", "subcommittee"},
            {"issuer_code", "TBBVCTNBTW"}});
    m_id.blocCommittee = add("unit",
        H {{"name", s("Đảng ủy Khối các cơ quan Trung ương")}, {"kind", "party_committee"},
            {"issuer_code", s("ĐUK")}, {"place_name", s("Hà Nội")}});

    m_id.thanhHoa = add("unit",
        H {{"name", s("Tỉnh ủy Thanh Hóa")}, {"kind", "party_committee"}, {"issuer_code", "TU"},
            {"place_name", s("Thanh Hóa")}});
    m_id.thanhHoaBoard = add("unit",
        H {{"name", s("Ban Thường vụ Tỉnh ủy Thanh Hóa")}, {"kind", "standing_board"},
            {"issuer_code", "TU"}, {"place_name", s("Thanh Hóa")}, {"parent_id", m_id.thanhHoa}});
    add("unit",
        H {{"name", s("Văn phòng Tỉnh ủy Thanh Hóa")}, {"short_name", "VPTU"},
            {"kind", "advisory_body"}, {"parent_id", m_id.thanhHoa},
            {"place_name", s("Thanh Hóa")}});
    m_id.thanhHoaOrg = add("unit",
        H {{"name", s("Ban Tổ chức Tỉnh ủy Thanh Hóa")}, {"kind", "advisory_body"},
            {"parent_id", m_id.thanhHoa}});

    m_id.dienBien = add("unit",
        H {{"name", s("Tỉnh ủy Điện Biên")}, {"kind", "party_committee"}, {"issuer_code", "TU"},
            {"place_name", s("Điện Biên")}});
    m_id.dienBienBoard = add("unit",
        H {{"name", s("Ban Thường vụ Tỉnh ủy Điện Biên")}, {"kind", "standing_board"},
            {"issuer_code", "TU"}, {"parent_id", m_id.dienBien}});

    // Trà Vinh was merged into Vĩnh Long on 1 July 2025, when the district level was abolished:
    // the old units keep their names on old records and point at what replaced them.
    m_id.vinhLong = add("unit",
        H {{"name", s("Tỉnh ủy Vĩnh Long")}, {"kind", "party_committee"}, {"issuer_code", "TU"},
            {"place_name", s("Vĩnh Long")}, {"valid_from", date("2025-07-01")}});
    m_id.traVinh = add("unit",
        H {{"name", s("Tỉnh ủy Trà Vinh")}, {"kind", "party_committee"}, {"issuer_code", "TU"},
            {"place_name", s("Trà Vinh")}, {"valid_to", date("2025-06-30")},
            {"successor_id", m_id.vinhLong}});
    m_id.traVinhBoard = add("unit",
        H {{"name", s("Ban Thường vụ Tỉnh ủy Trà Vinh")}, {"kind", "standing_board"},
            {"issuer_code", "TU"}, {"parent_id", m_id.traVinh}, {"valid_to", date("2025-06-30")}});
    m_id.traVinhCity = add("unit",
        H {{"name", s("Thành ủy Trà Vinh")}, {"kind", "party_committee"}, {"issuer_code", "TU"},
            {"parent_id", m_id.traVinh}, {"valid_to", date("2025-06-30")}});
    m_id.traVinhBloc = add("unit",
        H {{"name", s("Đảng bộ Khối cơ quan và doanh nghiệp tỉnh Trà Vinh")},
            {"kind", "party_organization"}, {"parent_id", m_id.traVinh}});

    m_id.tuyenQuang = add("unit",
        H {{"name", s("Tỉnh ủy Tuyên Quang")}, {"kind", "party_committee"}, {"issuer_code", "TU"},
            {"place_name", s("Tuyên Quang")}});
    m_id.tuyenQuangBoard = add("unit",
        H {{"name", s("Ban Thường vụ Tỉnh ủy Tuyên Quang")}, {"kind", "standing_board"},
            {"issuer_code", "TU"}, {"parent_id", m_id.tuyenQuang}});

    // Invented units, for findings and awards the articles do not name.
    m_invented = s("Đơn vị giả định, chỉ dùng cho dữ liệu mẫu.");
    m_id.fictionalCommittee = add("unit",
        H {{"name", s("Đảng ủy xã Bình Minh (giả định)")}, {"kind", "party_committee"},
            {"parent_id", m_id.thanhHoa}, {"note", m_invented}});
    m_id.fictionalCell = add("unit",
        H {{"name", s("Chi bộ Trường Tiểu học Bình Minh (giả định)")},
            {"kind", "party_organization"}, {"parent_id", m_id.fictionalCommittee},
            {"note", m_invented}});
    m_id.fictionalOffice = add("unit",
        H {{"name", s("Đảng bộ Cơ quan Khối Nội chính (giả định)")}, {"kind", "party_organization"},
            {"parent_id", m_id.thanhHoa}, {"note", m_invented}});
}

// The district-level Party committees of Thanh Hóa in May 2024 (2 cities, 2 towns, 23 districts),
// whose Ban Thường vụ the article says took up Directive 39: the delegates of the review. The
// district level was abolished on 1 July 2025.
void Demo::districtsOfThanhHoa()
{
    const char *const committees[] = {"Thành ủy Thanh Hóa", "Thành ủy Sầm Sơn", "Thị ủy Bỉm Sơn",
        "Thị ủy Nghi Sơn", "Huyện ủy Bá Thước", "Huyện ủy Cẩm Thủy", "Huyện ủy Đông Sơn",
        "Huyện ủy Hà Trung", "Huyện ủy Hậu Lộc", "Huyện ủy Hoằng Hóa", "Huyện ủy Lang Chánh",
        "Huyện ủy Mường Lát", "Huyện ủy Nga Sơn", "Huyện ủy Ngọc Lặc", "Huyện ủy Như Thanh",
        "Huyện ủy Như Xuân", "Huyện ủy Nông Cống", "Huyện ủy Quan Hóa", "Huyện ủy Quan Sơn",
        "Huyện ủy Quảng Xương", "Huyện ủy Thạch Thành", "Huyện ủy Thiệu Hóa", "Huyện ủy Thọ Xuân",
        "Huyện ủy Thường Xuân", "Huyện ủy Triệu Sơn", "Huyện ủy Vĩnh Lộc", "Huyện ủy Yên Định"};
    for (const char *committee : committees) {
        m_id.thanhHoaDistricts << add("unit",
            H {{"name", s(committee)}, {"kind", "party_committee"}, {"parent_id", m_id.thanhHoa},
                {"valid_to", date("2025-06-30")}});
    }
}

// People, with the titles the articles give them.
void Demo::people()
{
    const auto person = [this](const char *name, const char *title, qint64 unit) {
        return add("person",
            H {{"full_name", s(name)}, {"title", s(title)},
                {"unit_id", unit ? QVariant(unit) : QVariant()}});
    };
    m_id.hung = person("Đỗ Trọng Hưng",
        "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh", m_id.thanhHoa);
    m_id.tuan = person("Đỗ Minh Tuấn", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh", m_id.thanhHoa);
    m_id.sinh = person("Trịnh Tuấn Sinh", "Phó Bí thư Tỉnh ủy", m_id.thanhHoa);
    m_id.thang = person("Sơn Minh Thắng",
        "Ủy viên Trung ương Đảng, Bí thư Đảng ủy Khối các cơ quan "
        "Trung ương",
        m_id.blocCommittee);
    m_id.thao = person("Phạm Quang Thao",
        "Phó Bí thư Thường trực Đảng ủy Khối các cơ quan Trung ương", m_id.blocCommittee);
    m_id.muon = person(
        "Lò Văn Muôn", "Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh", m_id.dienBien);
    m_id.duong = person("Nguyễn Quang Dương",
        "Ủy viên Trung ương Đảng, Phó Trưởng Ban Tổ chức Trung ương", m_id.orgCommission);
    person("Ngô Chí Cường",
        "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh "
        "Trà Vinh khóa XV",
        m_id.traVinh);
    person("Kim Ngọc Thái", "Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh", m_id.traVinh);
    person("Lâm Minh Đặng", "Phó Bí thư Tỉnh ủy", m_id.traVinh);
    m_id.lam = person("Chẩu Văn Lâm",
        "Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng "
        "đoàn Đại biểu Quốc hội tỉnh Tuyên Quang",
        m_id.tuyenQuang);
    m_id.dung = person(
        "Lê Thị Kim Dung", "Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh", m_id.tuyenQuang);
    m_id.son = person("Nguyễn Văn Sơn", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh", m_id.tuyenQuang);
    m_id.minh = person("Nguyễn Kim Minh",
        "Cục trưởng Cục Bảo vệ chính trị nội bộ - Ban Tổ chức Trung ương", m_id.protectionDept);
    // Invented people for the m_invented inspection: their titles say so.
    m_id.fictionalHead
        = person("Trần Văn Khang", "Phó Trưởng Ban Tổ chức Tỉnh ủy (giả định)", m_id.thanhHoaOrg);
    m_id.fictionalClerk
        = person("Phạm Thị Hạnh", "Chuyên viên Ban Tổ chức Tỉnh ủy (giả định)", m_id.thanhHoaOrg);
    m_id.fictionalMember = person("Hoàng Văn Bình",
        "Đảng viên Chi bộ Trường Tiểu học Bình Minh (giả định)", m_id.fictionalCell);
}

// The documents the conferences implement.
void Demo::documents()
{
    const auto document = [this](const char *code, const char *type, qint64 issuer,
                              const char *issuedOn, const char *excerpt) {
        const QString text = s(code);
        return add("legal_document",
            H {{"code", text}, {"type_code", s(type)}, {"issuer_unit_id", issuer},
                {"issued_on", date(issuedOn)}, {"excerpt", s(excerpt)}});
    };
    m_id.directive39 = document("39-CT/TW", "CT", m_id.politburo, "2014-08-18",
        "Về tăng cường công tác bảo vệ chính trị nội bộ trong "
        "tình hình hiện nay");
    m_id.regulation58 = document("58-QĐ/TW", "QĐ", m_id.politburo, "2022-02-08",
        "Quy định một số vấn đề bảo vệ chính trị nội bộ Đảng");
    document("01-HD/BTCTW", "HD", m_id.orgCommission, "2022-08-05",
        "Hướng dẫn một số vấn đề về bảo vệ chính trị nội bộ Đảng");
    document("15-QC/TU", "QC", m_id.tuyenQuangBoard, "2022-12-01",
        "Quy chế phối hợp thực hiện nhiệm vụ bảo vệ chính trị nội bộ Đảng của các cơ quan "
        "Khối Nội chính");
    document("16-QC/TU", "QC", m_id.tuyenQuangBoard, "2022-12-21",
        "Quy chế bảo vệ bí mật Nhà nước của các cơ quan chuyên trách tham mưu giúp việc "
        "Tỉnh ủy; các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy");
}

// Thanh Hóa, 27/5/2024: ten years of Directive 39 (article 000).
void Demo::conferenceInThanhHoa()
{
    const qint64 thanhHoaReview = m_id.thanhHoaReview = add("conference",
        H {{"kind", "final_review"},
            {"title",
                s("Hội nghị tổng kết 10 năm thực hiện Chỉ thị số 39-CT/TW ngày 18/8/2014 "
                  "của Bộ Chính trị về tăng cường công tác bảo vệ chính trị nội bộ trong "
                  "tình hình hiện nay")},
            {"legal_document_id", m_id.directive39}, {"period_from", date("2014-08-18")},
            {"period_to", date("2024-05-27")}, {"held_on", date("2024-05-27")},
            {"starts_at", "07:30"}, {"day_part", "morning"}, {"venue", s("Thanh Hóa")},
            {"organizer_unit_id", m_id.thanhHoaBoard}, {"status", "concluded"},
            {"conclusion",
                s("Bảo vệ chính trị nội bộ là bảo vệ nền tảng tư tưởng của Đảng; bảo vệ chủ "
                  "trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước; bảo vệ đội ngũ "
                  "cán bộ, đảng viên về chính trị, tư tưởng, tổ chức và đạo đức; bảo đảm cho cán "
                  "bộ, đảng viên và tổ chức đảng trong sạch, vững mạnh.\n"
                  "Ban Thường vụ Tỉnh ủy ghi nhận, biểu dương, đánh giá cao sự nỗ lực, cố gắng và "
                  "những kết quả mà các cấp ủy, tổ chức đảng đã đạt được trong 10 năm triển khai "
                  "thực hiện Chỉ thị số 39-CT/TW của Bộ Chính trị.\n"
                  "Với tinh thần trách nhiệm cao, không né tránh khuyết điểm, các cấp ủy, tổ chức "
                  "đảng và từng đảng viên phải thấy được những việc đã làm tốt và nhận thức đúng "
                  "những hạn chế, yếu kém để từng bước khắc phục, làm tốt hơn nữa công tác bảo vệ "
                  "chính trị nội bộ, góp phần thực hiện thắng lợi nhiệm vụ xây dựng, chỉnh đốn "
                  "Đảng của các địa phương, cơ quan, đơn vị và toàn tỉnh.")},
            {"note",
                s("Bài báo ghi \"sáng ngày 27/5\", không ghi giờ: 07 giờ 30 là giả định. Bài báo "
                  "không nêu thành phần đại biểu: các huyện ủy, thị ủy, thành ủy (27 đơn vị cấp "
                  "huyện lúc đó) được mời, mỗi đơn vị 2 đại biểu, là giả định.")},
            {"results",
                s("Ban Thường vụ Tỉnh ủy, Ban Thường vụ cấp ủy cấp huyện đã kịp thời quán triệt, "
                  "triển khai Chỉ thị số 39 đến toàn thể cán bộ, đảng viên; cụ thể hóa Chỉ thị để "
                  "lãnh đạo, chỉ đạo; định kỳ sơ kết, tổng kết, kiểm tra, giám sát; kịp thời phát "
                  "hiện, xử lý nghiêm những cán bộ, đảng viên vi phạm, góp phần giữ gìn sự đoàn "
                  "kết, thống nhất trong nội bộ.")},
            {"shortcomings",
                s("Còn những tồn tại, hạn chế trong việc thực hiện Chỉ thị số 39 của Bộ Chính "
                  "trị, cần được nhận thức đúng để từng bước khắc phục.")},
            {"lessons",
                s("Công tác phổ biến, quán triệt và tổ chức thực hiện phù hợp với tình hình tại "
                  "địa phương, cơ quan, đơn vị; thường xuyên nắm tình hình chính trị nội bộ, chủ "
                  "động phòng ngừa các nguy cơ; thực hiện nghiêm túc các quy định về bảo vệ bí mật "
                  "nhà nước; khi xem xét, giải quyết vấn đề chính trị phải thực sự công tâm, khách "
                  "quan, toàn diện; phát huy vai trò giám sát của Mặt trận Tổ quốc và các đoàn thể "
                  "chính trị - xã hội.")},
            {"tasks_ahead",
                s("Tiếp tục quán triệt, triển khai và thực hiện nghiêm túc, đồng bộ, hiệu quả các "
                  "nghị quyết, chỉ thị, kết luận, quy định của Trung ương, của Tỉnh ủy về công tác "
                  "bảo vệ chính trị nội bộ; tăng cường công tác tuyên truyền, giáo dục chính trị; "
                  "tăng cường phối hợp giữa cơ quan bảo vệ chính trị nội bộ Đảng với các cơ quan "
                  "chính quyền, tư pháp; kiện toàn tổ chức, bộ máy và cán bộ làm công tác bảo vệ "
                  "chính trị nội bộ.")}});
    participant(thanhHoaReview, m_id.hung, "chair",
        "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh", 1);
    participant(thanhHoaReview, m_id.tuan, "chair", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh", 2);
    participant(thanhHoaReview, m_id.sinh, "chair", "Phó Bí thư Tỉnh ủy", 3);
    add("agenda_item",
        H {{"conference_id", thanhHoaReview}, {"position", 1}, {"kind", "report"},
            {"title", s("Báo cáo tổng kết 10 năm thực hiện Chỉ thị số 39-CT/TW")}});
    add("agenda_item",
        H {{"conference_id", thanhHoaReview}, {"position", 2}, {"kind", "conclusion"},
            {"title", s("Phát biểu kết luận hội nghị")}, {"presenter_person_id", m_id.hung}});
    add("agenda_item",
        H {{"conference_id", thanhHoaReview}, {"position", 3}, {"kind", "commendation"},
            {"title",
                s("Trao Bằng khen của Ban Thường vụ Tỉnh ủy cho các tập thể "
                  "có thành tích xuất sắc")}});
    // The article shows "các đại biểu dự hội nghị" without naming them: the two invented
    // units that receive the awards are invited, so that every document of the demo prints.
    int position = 4;
    for (const qint64 invited : {m_id.fictionalCommittee, m_id.fictionalOffice}) {
        add("conference_participant",
            H {{"conference_id", thanhHoaReview}, {"unit_id", invited}, {"role", "delegate"},
                {"delegate_count", 2}, {"attendance", "present"}, {"position", position++}});
    }
    for (const qint64 committee : std::as_const(m_id.thanhHoaDistricts)) {
        add("conference_participant",
            H {{"conference_id", thanhHoaReview}, {"unit_id", committee}, {"role", "delegate"},
                {"delegate_count", 2}, {"attendance", "present"}, {"position", position++}});
    }
}

// The Bằng khen the Ban Thường vụ gave at the Thanh Hóa conference (article 000): the article
// names none of the collectives, so the two that receive it are invented.
void Demo::thanhHoaCommendation()
{
    const qint64 commendation = m_id.thanhHoaCommendation = add("commendation",
        H {{"issuing_body_id", m_id.thanhHoaBody},
            {"form_id",
                m_store.value(QStringLiteral("SELECT id FROM commendation_form "
                                             "WHERE name = 'Bằng khen'"))},
            {"kind", "thematic"},
            {"reason",
                s("Có thành tích xuất sắc trong 10 năm thực hiện Chỉ thị số 39-CT/TW của Bộ "
                  "Chính trị")},
            {"proposing_unit_id", m_id.thanhHoaOrg}, {"proposed_on", date("2024-05-10")},
            {"conference_id", m_id.thanhHoaReview}, {"status", "reviewed"},
            {"note", s("Bài báo không nêu tên các tập thể; đơn vị nhận là giả định.")}});
    int position = 1;
    for (const qint64 recipient : {m_id.fictionalCommittee, m_id.fictionalOffice}) {
        add("commendation_recipient",
            H {{"commendation_id", commendation}, {"position", position++},
                {"recipient_kind", "collective"}, {"unit_id", recipient},
                {"name",
                    m_store.value(
                        QStringLiteral("SELECT name FROM unit WHERE id = ?"), {recipient})},
                {"achievement",
                    s("Đã có thành tích xuất sắc trong 10 năm thực hiện Chỉ thị số 39-CT/TW")},
                {"review", "accepted"}});
    }
}

// A round of Party membership badges, 2/9/2025, in an invented cell of invented members: three
// due 30, 40 and 50 years, one early for a grave illness, one posthumous (list 4B); one waiting
// after a warning and one not yet eligible stay off the list, as near misses. The list is what
// the rules find (PartyBadges::candidates), reviewed and accepted, not yet decided.
void Demo::badgeRound()
{
    if (!m_error.isEmpty())
        return;
    const qint64 cell = add("unit",
        H {{"name", s("Chi bộ Khu phố Bình An (giả định)")}, {"kind", "party_organization"},
            {"parent_id", m_id.fictionalCommittee}, {"note", m_invented}});
    // The grassroots committee makes the round's list 4-HHĐ under its own header.
    const qint64 commune = issuingBody(m_id.fictionalCommittee, "Đảng ủy xã Bình Minh (giả định)",
        "ĐẢNG BỘ TỈNH THANH HÓA", "ĐẢNG ỦY XÃ BÌNH MINH", "Bình Minh", "ĐU",
        s("Đảng ủy giả định, chỉ dùng cho dữ liệu mẫu; tên người ký các văn bản khen thưởng là "
          "giả định."));
    term(commune, "Nhiệm kỳ 2025–2030", "2025-07-01", nullptr);
    signer(commune, "party-badge-list", "T/M ĐẢNG ỦY", "BÍ THƯ", "Nguyễn Văn Bình",
        "Ban Tổ chức Tỉnh ủy,\nLưu Văn phòng Đảng ủy.");
    const auto member = [this, cell](const char *name, const char *admitted, const char *official,
                            const char *deceased = nullptr, bool ill = false) {
        return add("person",
            H {{"full_name", s(name)}, {"title", s("Đảng viên")}, {"unit_id", cell},
                {"admitted_on", date(admitted)}, {"official_on", date(official)},
                {"deceased_on", deceased ? QVariant(date(deceased)) : QVariant()},
                {"gravely_ill", ill ? 1 : 0},
                {"note", s("Đảng viên giả định, chỉ dùng cho dữ liệu mẫu.")}});
    };
    member("Nguyễn Văn Hòa (giả định)", "1995-08-20", "1996-08-20");
    member("Trần Thị Lan (giả định)", "1985-06-10", "1986-06-10");
    member("Lê Văn Thọ (giả định)", "1975-03-15", "1976-03-15");
    member("Phạm Văn Khoa (giả định)", "1996-03-02", "1997-03-02", nullptr, true);
    member("Hoàng Văn Nghĩa (giả định)", "1984-11-20", "1985-11-20", "2025-04-12");
    const qint64 warned = member("Vũ Thị Hằng (giả định)", "1994-05-10", "1995-05-10");
    add("person_discipline",
        H {{"person_id", warned}, {"kind", "warning"}, {"decided_on", date("2025-05-06")},
            {"decided_by", s("Đảng ủy xã Bình Minh (giả định)")},
            {"reason", s("Lý do giả định, chỉ dùng cho dữ liệu mẫu.")}});
    member("Đặng Văn Minh (giả định)", "1996-01-15", "1997-01-15");
    if (!m_error.isEmpty())
        return;

    const QDate roundOn(2025, 9, 2);
    const auto round = PartyBadges::candidates(m_store, roundOn, cell, &m_error);
    if (!round)
        return;
    const auto id = PartyBadges::createRound(
        m_store, roundOn, m_id.thanhHoaBody, m_id.fictionalCommittee, round->due, &m_error, true);
    if (!id)
        return;
    // Proposed in August, not on the day the demo is written.
    const auto base = m_store.read(QStringLiteral("commendation"), *id, &m_error);
    const Store::Result result = base
        ? m_store.update(*base,
            H {{"proposed_on", date("2025-08-05")},
                {"note", s("Danh sách đảng viên giả định, chỉ dùng cho dữ liệu mẫu.")}})
        : Store::Result {};
    if (!result.ok() && m_error.isEmpty())
        m_error = result.error;
}

// The central bloc, 24/10/2019: five years of Directive 39.
void Demo::conferenceOfTheBloc()
{
    const qint64 blocReview = add("conference",
        H {{"kind", "interim_review"},
            {"title",
                s("Hội nghị sơ kết 5 năm thực hiện Chỉ thị số 39-CT/TW ngày 18/8/2014 "
                  "của Bộ Chính trị về tăng cường công tác bảo vệ chính trị nội bộ trong "
                  "tình hình hiện nay")},
            {"legal_document_id", m_id.directive39}, {"period_from", date("2014-08-18")},
            {"period_to", date("2019-10-24")}, {"held_on", date("2019-10-24")},
            {"day_part", "morning"}, {"venue", s("Hà Nội")},
            {"organizer_unit_id", m_id.blocCommittee}, {"status", "concluded"},
            {"results",
                s("Đảng ủy Khối và các cấp ủy trong Đảng bộ đã quan tâm lãnh đạo, chỉ đạo và tổ "
                  "chức thực hiện đạt được một số kết quả quan trọng trong công tác bảo vệ chính "
                  "trị nội bộ; triển khai thực hiện từng bước có hiệu quả các quy định, chỉ thị, "
                  "quy chế, hướng dẫn của Trung ương về công tác cán bộ và công tác bảo vệ chính "
                  "trị nội bộ, nhất là Chỉ thị số 39-CT/TW gắn với việc thực hiện Chỉ thị số "
                  "36-CT/TW của Bộ Chính trị khóa XI và Nghị quyết Trung ương 4 khóa XI, XII về "
                  "xây dựng, chỉnh đốn Đảng.")},
            {"conclusion",
                s("Hội nghị biểu dương tinh thần trách nhiệm của các đồng chí đại biểu đã đến dự "
                  "Hội nghị đông đủ, nghiêm túc, tập trung lắng nghe và thảo luận, đóng góp nhiều "
                  "ý kiến sâu sắc để nâng cao chất lượng công tác bảo vệ chính trị nội bộ trong "
                  "Đảng bộ Khối các cơ quan Trung ương.")},
            {"proposals",
                s("Các kiến nghị, đề xuất của các đảng ủy trực thuộc và các đại biểu được cơ quan "
                  "tham mưu tổng hợp, tiếp thu, bổ sung vào báo cáo để triển khai, thực hiện; "
                  "những vấn đề ngoài thẩm quyền, Ban Thường vụ Đảng ủy Khối báo cáo, đề xuất với "
                  "Bộ Chính trị, Ban Bí thư và các ban đảng Trung ương chỉ đạo, hướng dẫn thực "
                  "hiện.")},
            {"note", s("Bài báo ghi \"sáng 24/10/2019\", không ghi giờ.")},
            {"difficulties",
                s("Khó khăn, vướng mắc về việc nắm và xử lý vấn đề chính trị hiện nay; việc chấp "
                  "hành các nguyên tắc, quy trình tuyển chọn, đề bạt cán bộ; trình độ chuyên môn, "
                  "nghiệp vụ của cán bộ làm công tác bảo vệ chính trị nội bộ ở các cấp ủy đảng.")},
            {"shortcomings",
                s("Nhận thức của một số cấp ủy, cán bộ, đảng viên chưa thật sự đầy đủ, sâu sắc về "
                  "vai trò và tầm quan trọng của công tác bảo vệ chính trị nội bộ.")}});
    participant(blocReview, m_id.thang, "chair",
        "Ủy viên Trung ương Đảng, Bí thư Đảng ủy Khối các cơ quan Trung ương", 1);
    participant(blocReview, m_id.thao, "reporter",
        "Phó Bí thư Thường trực Đảng ủy Khối các cơ quan Trung ương", 2);
    add("agenda_item",
        H {{"conference_id", blocReview}, {"position", 1}, {"kind", "opening"},
            {"title", s("Phát biểu khai mạc")}, {"presenter_person_id", m_id.thang}});
    add("agenda_item",
        H {{"conference_id", blocReview}, {"position", 2}, {"kind", "report"},
            {"title", s("Báo cáo sơ kết 5 năm thực hiện Chỉ thị số 39-CT/TW")},
            {"presenter_person_id", m_id.thao}});
    add("agenda_item",
        H {{"conference_id", blocReview}, {"position", 3}, {"kind", "discussion_paper"},
            {"title", s("Tham luận của đại diện các đảng ủy trực thuộc")}});
    add("agenda_item",
        H {{"conference_id", blocReview}, {"position", 4}, {"kind", "conclusion"},
            {"title", s("Phát biểu kết luận hội nghị")}, {"presenter_person_id", m_id.thang}});
}

// Điện Biên, 2019: five years of Directive 39, with its figures.
void Demo::conferenceInDienBien()
{
    const qint64 dienBienReview = add("conference",
        H {{"kind", "interim_review"},
            {"title",
                s("Hội nghị sơ kết 5 năm thực hiện Chỉ thị số 39-CT/TW của Bộ Chính trị "
                  "về tăng cường công tác bảo vệ chính trị nội bộ trong tình hình hiện "
                  "nay")},
            {"legal_document_id", m_id.directive39}, {"period_from", date("2015-01-01")},
            {"held_on", date("2019-11-15")}, {"day_part", "morning"}, {"venue", s("Điện Biên")},
            {"organizer_unit_id", m_id.dienBienBoard}, {"status", "concluded"},
            {"results",
                s("Nhận thức của cấp ủy đảng, cán bộ, đảng viên về nhiệm vụ bảo vệ chính trị nội "
                  "bộ được nâng lên rõ nét; cấp ủy các cấp đã kiểm tra, giám sát chuyên đề, thẩm "
                  "định tiêu chuẩn chính trị phục vụ công tác cán bộ và quản lý chặt chẽ việc cán "
                  "bộ, đảng viên ra nước ngoài. Việc thực hiện tốt Chỉ thị số 39-CT/TW đã góp phần "
                  "quan trọng giữ vững sự ổn định chính trị - xã hội, sự đoàn kết, thống nhất "
                  "trong toàn Đảng bộ tỉnh.")},
            {"tasks_ahead",
                s("Tiếp tục tổ chức triển khai, quán triệt và nâng cao nhận thức cho cán bộ, đảng "
                  "viên về quan điểm, nội dung, phương hướng, nhiệm vụ công tác bảo vệ chính trị "
                  "nội bộ; xác định bảo vệ chính trị nội bộ là trách nhiệm của cả hệ thống chính "
                  "trị, trước hết là của cấp ủy, tổ chức đảng và người đứng đầu.\n"
                  "Đẩy mạnh giáo dục, rèn luyện, nâng cao bản lĩnh chính trị, ý thức cảnh giác "
                  "cách mạng cho cán bộ, đảng viên; gắn công tác bảo vệ chính trị nội bộ với đấu "
                  "tranh, phản bác các quan điểm sai trái, thù địch, bảo vệ nền tảng tư tưởng của "
                  "Đảng và với công tác kiểm tra, giám sát để phát hiện, xử lý kịp thời các "
                  "trường hợp sai phạm.")},
            {"conclusion",
                s("Qua 5 năm triển khai thực hiện Chỉ thị số 39-CT/TW, công tác bảo vệ chính trị "
                  "nội bộ được xác định là một nội dung quan trọng trong công tác xây dựng Đảng và "
                  "được tổ chức thực hiện đạt kết quả theo yêu cầu đề ra.")},
            {"shortcomings",
                s("Một số cấp ủy, tổ chức đảng, cán bộ, đảng viên chưa nhận thức đầy đủ về tầm "
                  "quan trọng của công tác bảo vệ chính trị nội bộ; việc cụ thể hóa Chỉ thị 39 ở "
                  "một số nơi chưa gắn với Nghị quyết Trung ương 4 khóa XI, XII; cán bộ chuyên "
                  "trách còn thiếu, hầu hết kiêm nhiệm; công tác phối hợp có việc chưa kịp thời.")},
            {"note",
                s("Bài báo đăng ngày 15/11/2019 không nêu ngày họp; ngày ghi ở đây là "
                  "ngày đăng bài. Bài báo không nêu người chủ trì, thành phần dự và giờ họp: "
                  "buổi sáng là giả định.")}});
    participant(dienBienReview, m_id.muon, "delegate",
        "Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh", 1);
    // The article gives no programme: the items any interim review has, no one named.
    add("agenda_item",
        H {{"conference_id", dienBienReview}, {"position", 1}, {"kind", "report"},
            {"title", s("Báo cáo sơ kết 5 năm thực hiện Chỉ thị số 39-CT/TW trên địa bàn tỉnh")}});
    add("agenda_item",
        H {{"conference_id", dienBienReview}, {"position", 2}, {"kind", "discussion"},
            {"title", s("Thảo luận")}});
    add("agenda_item",
        H {{"conference_id", dienBienReview}, {"position", 3}, {"kind", "conclusion"},
            {"title", s("Kết luận hội nghị")}});
    // The article's figures, entered on indicators of their own: they are what the report to
    // the conference said for 2015-2019, not records kept here.
    struct Figure
    {
        const char *name;
        double value;
        const char *measure;
    };
    const Figure figures[] = {
        {"Tổ chức đảng được kiểm tra", 505, "tổ chức"},
        {"Đảng viên được kiểm tra", 824, "đảng viên"},
        {"Tổ chức đảng có vi phạm qua kiểm tra", 94, "tổ chức"},
        {"Đảng viên có vi phạm qua kiểm tra", 72, "đảng viên"},
        {"Tổ chức đảng được giám sát chuyên đề", 212, "tổ chức"},
        {"Đảng viên được giám sát chuyên đề", 421, "đảng viên"},
        {"Hồ sơ thẩm định tiêu chuẩn chính trị", 778, "hồ sơ"},
        {"Đoàn ra nước ngoài được xem xét cử", 512, "đoàn"},
        {"Lượt cán bộ ra nước ngoài", 2611, "lượt"},
    };
    int position = 0;
    for (const Figure &figure : figures) {
        const qint64 indicator = add("stat_indicator",
            H {{"name", s(figure.name)}, {"measure", s(figure.measure)}, {"aggregation", "sum"},
                {"position", 30 + position}});
        add("statistic",
            H {{"conference_id", dienBienReview}, {"unit_id", m_id.dienBien},
                {"indicator_id", indicator}, {"name", s(figure.name)}, {"value", figure.value},
                {"measure", s(figure.measure)}, {"period_from", date("2015-01-01")},
                {"period_to", date("2019-11-15")}, {"position", ++position}});
    }
}

// Tuyên Quang, 26/4/2023: dissemination and training.
void Demo::trainingInTuyenQuang()
{
    const qint64 tuyenQuangTraining = add("conference",
        H {{"kind", "dissemination"},
            {"title",
                s("Hội nghị quán triệt và tập huấn công tác bảo vệ chính trị nội bộ Đảng, "
                  "bảo vệ bí mật Nhà nước")},
            {"legal_document_id", m_id.regulation58}, {"held_on", date("2023-04-26")},
            {"day_part", "all_day"}, {"venue", s("Trung tâm Hội nghị tỉnh Tuyên Quang")},
            {"organizer_unit_id", m_id.tuyenQuang}, {"status", "held"},
            {"results",
                s("Các đại biểu được quán triệt Quy định số 58-QĐ/TW ngày 8/2/2022 của Bộ Chính "
                  "trị, Hướng dẫn số 01-HD/BTCTW ngày 5/8/2022 của Ban Tổ chức Trung ương về một "
                  "số vấn đề về bảo vệ chính trị nội bộ Đảng; được tập huấn nghiệp vụ công tác "
                  "bảo vệ chính trị nội bộ Đảng, bảo vệ bí mật Nhà nước; trao đổi, giải đáp những "
                  "khó khăn, vướng mắc và đề xuất, kiến nghị một số nội dung cần làm rõ trong "
                  "triển khai thực hiện tại Đảng bộ tỉnh.")},
            {"tasks_ahead",
                s("Cấp ủy, tổ chức đảng các cấp, nhất là người đứng đầu, nhận thức sâu sắc ý "
                  "nghĩa, tầm quan trọng và yêu cầu nhiệm vụ của công tác bảo vệ chính trị nội "
                  "bộ, bảo vệ bí mật Nhà nước trong tình hình mới; thực hiện nghiêm Quy định của "
                  "Bộ Chính trị, Hướng dẫn của Ban Tổ chức Trung ương; nêu cao ý thức cảnh giác, "
                  "đấu tranh làm thất bại những âm mưu, thủ đoạn chống phá Đảng, Nhà nước.\n"
                  "Rà soát, nâng cao chất lượng công tác thẩm tra, thẩm định và kết luận chính xác "
                  "về tiêu chuẩn chính trị đối với cán bộ, đảng viên, không để lọt những người "
                  "không đủ tiêu chuẩn chính trị vào cấp ủy, lãnh đạo quản lý các cấp, vào các cơ "
                  "quan, bộ phận trọng yếu, cơ mật; nắm chắc tình hình chính trị nội bộ.\n"
                  "Thực hiện nghiêm Quy chế số 15-QC/TU ngày 01/12/2022 và Quy chế số 16-QC/TU "
                  "ngày 21/12/2022 của Ban Thường vụ Tỉnh ủy.")},
            {"conclusion",
                s("Ngay sau hội nghị, các cấp ủy, tổ chức đảng, cơ quan, đơn vị trong tỉnh tiếp "
                  "tục tăng cường và nâng cao chất lượng, hiệu quả công tác bảo vệ chính trị nội "
                  "bộ, bảo vệ bí mật Nhà nước.")},
            {"note",
                s("Bài báo ghi ngày 26-4, không ghi năm; năm 2023 suy ra từ các văn bản "
                  "được quán triệt (Quy chế 15, 16 tháng 12/2022). Bài báo không ghi giờ và "
                  "không nêu người chủ trì: họp cả ngày là giả định.")}});
    participant(tuyenQuangTraining, m_id.lam, "delegate",
        "Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu "
        "Quốc hội tỉnh Tuyên Quang",
        1);
    participant(tuyenQuangTraining, m_id.dung, "opening_speaker",
        "Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh", 2);
    participant(
        tuyenQuangTraining, m_id.son, "delegate", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh", 3);
    participant(tuyenQuangTraining, m_id.minh, "reporter",
        "Cục trưởng Cục Bảo vệ chính trị nội bộ - Ban Tổ chức Trung ương", 4);
    // The programme as the article tells it.
    add("agenda_item",
        H {{"conference_id", tuyenQuangTraining}, {"position", 1}, {"kind", "opening"},
            {"title", s("Phát biểu khai mạc")}, {"presenter_person_id", m_id.dung}});
    add("agenda_item",
        H {{"conference_id", tuyenQuangTraining}, {"position", 2}, {"kind", "report"},
            {"title",
                s("Quán triệt Quy định số 58-QĐ/TW ngày 8/2/2022 của Bộ Chính trị và Hướng dẫn "
                  "số 01 ngày 5/8/2022 của Ban Tổ chức Trung ương về một số vấn đề về bảo vệ "
                  "chính trị nội bộ Đảng")},
            {"presenter_person_id", m_id.minh}});
    add("agenda_item",
        H {{"conference_id", tuyenQuangTraining}, {"position", 3}, {"kind", "report"},
            {"title",
                s("Tập huấn nghiệp vụ công tác bảo vệ chính trị nội bộ Đảng, bảo vệ bí mật "
                  "Nhà nước")}});
    add("agenda_item",
        H {{"conference_id", tuyenQuangTraining}, {"position", 4}, {"kind", "discussion"},
            {"title", s("Trao đổi, giải đáp khó khăn, vướng mắc")}});
}

// The Trà Vinh inspection (article 003): only its head is named there. The Tiểu ban issues it:
// its header lines are those of a body of the Central Committee; its code, terms and signer are
// assumed (the article names no signer: the head of the team, "Phó Trưởng ban Thường trực" in the
// article, signs for the Tiểu ban here).
void Demo::traVinhInspection()
{
    const qint64 body = m_id.subcommitteeBody = issuingBody(m_id.subcommittee,
        "Tiểu ban Bảo vệ chính trị nội bộ Trung ương", "BAN CHẤP HÀNH TRUNG ƯƠNG",
        "TIỂU BAN BẢO VỆ CHÍNH TRỊ NỘI BỘ TRUNG ƯƠNG", "Hà Nội", "TBBVCTNBTW",
        s("Tiểu ban, Đoàn kiểm tra số 5 và trưởng đoàn Nguyễn Quang Dương theo bài báo ngày 2/11 "
          "(năm 2023 là giả định). Ký hiệu cơ quan ban hành, nhiệm kỳ và người ký là giả định: "
          "bài báo không nêu."));
    term(body, "Khóa XIII", "2021-02-01", "2026-01-22");
    term(body, "Khóa XIV", "2026-01-23", nullptr);
    signer(body, "", "K/T TRƯỞNG TIỂU BAN", "PHÓ TRƯỞNG TIỂU BAN", "Nguyễn Quang Dương",
        "Bộ Chính trị, Ban Bí thư (để báo cáo),\nCác thành viên Tiểu ban,\nBan Thường vụ Tỉnh ủy "
        "Trà Vinh,\nĐoàn kiểm tra số 5,\nLưu Tiểu ban.");

    const qint64 team = add("inspection_team",
        H {{"name", s("Đoàn kiểm tra số 5")}, {"number", 5}, {"issuing_body_id", body},
            {"subject_document_id", m_id.regulation58}, {"starts_on", date("2023-11-02")},
            {"status", "working"},
            {"note",
                s("Bài báo ghi ngày 2/11, không ghi năm; năm là giả định của dữ liệu "
                  "mẫu. Bài báo chỉ nêu tên trưởng đoàn. Giờ của buổi làm việc là giả định "
                  "(bài báo: \u201cchiều nay\u201d).")}});
    add("team_member",
        H {{"team_id", team}, {"person_id", m_id.duong}, {"role", "head"},
            {"title_held",
                s("Ủy viên Trung ương Đảng, Phó Trưởng ban Tổ chức Trung ương, Phó Trưởng ban "
                  "Thường trực Trung ương")},
            {"position", 1}});
    int position = 0;
    for (const qint64 unit : {m_id.traVinhBoard, m_id.traVinhCity, m_id.traVinhBloc}) {
        const qint64 target = add("inspection_target",
            H {{"team_id", team}, {"unit_id", unit}, {"status", "scheduled"},
                {"position", ++position}});
        // 2/11: the decision and the plan announced to the Ban Thường vụ Tỉnh ủy.
        if (unit == m_id.traVinhBoard)
            add("inspection_session",
                H {{"target_id", target}, {"position", 1}, {"held_on", date("2023-11-02")},
                    {"starts_at", "14:00"}, {"place", s("Tỉnh ủy Trà Vinh")},
                    {"attendees", s("Ban Thường vụ Tỉnh ủy Trà Vinh; Đoàn kiểm tra số 5")},
                    {"content",
                        s("Công bố quyết định thành lập Đoàn kiểm tra và triển khai kế hoạch "
                          "kiểm tra")}});
    }
    const char *const topics[] = {
        "Lãnh đạo, chỉ đạo, quán triệt, tổ chức thực hiện chủ trương, quy định của Đảng về "
        "bảo vệ chính trị nội bộ, trọng tâm là Quy định số 58-QĐ/TW ngày 8/2/2022 của Bộ "
        "Chính trị",
        "Xem xét, thẩm định, đánh giá, kết luận tiêu chuẩn chính trị; xem xét kết nạp vào "
        "Đảng những người có vấn đề chính trị; bố trí, điều động cán bộ, đảng viên có vấn đề "
        "chính trị",
        "Quản lý hồ sơ, tài liệu phục vụ công tác bảo vệ chính trị nội bộ",
        "Tình hình đoàn kết nội bộ các cấp ủy, tổ chức đảng",
        "Phòng ngừa, đấu tranh, ngăn chặn âm mưu, thủ đoạn, hoạt động chống phá của các thế "
        "lực thù địch",
        "Quản lý hoạt động của các tổ chức phi chính phủ, hiệp hội, quỹ xã hội, quỹ từ thiện "
        "nước ngoài",
        "Quản lý hoạt động báo chí, truyền thông và mạng xã hội, bảo đảm an ninh mạng",
        "Phát huy vai trò của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội; phối hợp "
        "thực hiện nhiệm vụ bảo vệ chính trị nội bộ; xây dựng, kiện toàn tổ chức bộ máy và "
        "cán bộ làm công tác bảo vệ chính trị nội bộ",
    };
    position = 0;
    for (const char *topic : topics)
        add("inspection_topic",
            H {{"team_id", team}, {"title", s(topic)}, {"position", ++position}});
}

// One event of a recommendation's history, recorded as the follow-up page records it: the
// status it leaves, the date remedied and the latest report kept beside the recommendation.
void Demo::remedy(qint64 recommendation, const char *kind, const QDate &on, const QString &content,
    const char *statusAfter)
{
    if (!m_error.isEmpty())
        return;
    Remedies::record(m_store, recommendation,
        {QLatin1String(kind), on, content, QLatin1String(statusAfter), 0}, &m_error);
}

// An m_invented inspection with m_invented findings (never about a real unit or person).
void Demo::inventedInspection()
{
    const qint64 fictionalTeam = add("inspection_team",
        H {{"name", s("Đoàn kiểm tra số 2 (giả định)")}, {"number", 2},
            {"subject_document_id", m_id.regulation58}, {"starts_on", date("2026-09-14")},
            {"ends_on", date("2026-09-30")}, {"status", "concluded"}, {"secrecy", "confidential"},
            {"note", m_invented}});
    add("team_member",
        H {{"team_id", fictionalTeam}, {"person_id", m_id.fictionalHead}, {"role", "head"},
            {"position", 1}});
    add("team_member",
        H {{"team_id", fictionalTeam}, {"person_id", m_id.fictionalClerk}, {"role", "secretary"},
            {"position", 2}});
    const qint64 fictionalTarget = add("inspection_target",
        H {{"team_id", fictionalTeam}, {"unit_id", m_id.fictionalCommittee},
            {"status", "concluded"}, {"position", 1},
            {"strengths",
                s("Đã ban hành kế hoạch thực hiện Quy định số 58-QĐ/TW "
                  "kịp thời, phân công rõ trách nhiệm.")},
            {"shortcomings",
                s("Hồ sơ, tài liệu bảo vệ chính trị nội bộ lưu trữ chưa "
                  "đầy đủ, chưa lập danh mục.")}});
    add("finding",
        H {{"target_id", fictionalTarget}, {"subject_kind", "member"},
            {"subject_unit_id", m_id.fictionalCell}, {"subject_person_id", m_id.fictionalMember},
            {"description", s("Chậm báo cáo việc đi nước ngoài theo quy định.")}, {"position", 1}});
    add("recommendation",
        H {{"target_id", fictionalTarget}, {"responsible_unit_id", m_id.fictionalCommittee},
            {"content", s("Rà soát, bổ sung hồ sơ và lập danh mục lưu trữ.")},
            {"deadline", date("2026-12-31")}, {"status", "in_progress"}, {"position", 1}});
    add("recommendation",
        H {{"target_id", fictionalTarget}, {"responsible_unit_id", m_id.fictionalCell},
            {"content", s("Kiểm điểm, rút kinh nghiệm; báo cáo bổ sung.")},
            {"deadline", date("2026-10-31")}, {"status", "remedied"},
            {"remedied_on", date("2026-10-20")}, {"position", 2}});
}

// An invented conference marked TỐI MẬT, in the invented Đảng bộ: what an account with a lower
// clearance never sees, and every page of its documents carries the mark.
void Demo::secretConference()
{
    const qint64 meeting = add("conference",
        H {{"kind", "thematic"},
            {"title",
                s("Hội nghị chuyên đề về công tác bảo vệ chính trị nội bộ năm 2026 (giả định)")},
            {"held_on", date("2026-11-12")}, {"day_part", "morning"},
            {"venue", s("Trụ sở Đảng bộ Cơ quan Khối Nội chính (giả định)")},
            {"organizer_unit_id", m_id.fictionalOffice}, {"status", "held"}, {"secrecy", "secret"},
            {"results",
                s("Hội nghị giả định, chỉ dùng cho dữ liệu mẫu: các nội dung được thảo luận "
                  "thuộc danh mục bí mật, chỉ tài khoản được xem mức Tối mật trở lên mới thấy.")},
            {"conclusion",
                s("Hội nghị thống nhất các nội dung chuyên đề (giả định); giao cơ quan tham mưu "
                  "hoàn thiện báo cáo.")},
            {"note", m_invented}});
    participant(
        meeting, m_id.fictionalHead, "chair", "Phó Trưởng Ban Tổ chức Tỉnh ủy (giả định)", 1);
    participant(
        meeting, m_id.fictionalClerk, "delegate", "Chuyên viên Ban Tổ chức Tỉnh ủy (giả định)", 2);
    add("agenda_item",
        H {{"conference_id", meeting}, {"position", 1}, {"kind", "report"},
            {"title", s("Báo cáo chuyên đề (giả định)")},
            {"presenter_person_id", m_id.fictionalHead}});
}

// A second invented inspection with invented findings (never about a real unit or person), at
// every stage on the day the demo is made (its dates count back from the store's clock): one target
// concluded with recommendations overdue, remedied on time and late, re-checked and not yet due;
// one still being inspected; one Party member concluded without a violation.
void Demo::followedUpInspection()
{
    const QDate today = m_store.clock()->today();
    const auto day = [&today](int offset) { return today.addDays(offset).toString(Qt::ISODate); };
    // Issued by the Ban Tổ chức, signed by the invented head of the team: no real name signs an
    // invented case.
    const qint64 body = issuingBody(m_id.thanhHoaOrg, "Ban Tổ chức Tỉnh ủy Thanh Hóa",
        "TỈNH ỦY THANH HÓA", "BAN TỔ CHỨC", "Thanh Hóa", "BTCTU",
        s("Cơ quan ban hành của cuộc kiểm tra giả định; người ký và nhiệm kỳ là giả định."));
    term(body, "Nhiệm kỳ 2025–2030", "2025-10-16", nullptr);
    signer(body, "", "K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Trần Văn Khang",
        "Ban Thường vụ Tỉnh ủy (để báo cáo),\nCác đơn vị được kiểm tra,\nLưu Ban Tổ chức.");
    const qint64 fictionalTeam = add("inspection_team",
        H {{"name", s("Đoàn kiểm tra số 3 (giả định)")}, {"number", 3}, {"issuing_body_id", body},
            {"subject_document_id", m_id.regulation58}, {"period_from", date("2022-02-08")},
            {"period_to", day(-130)}, {"starts_on", day(-110)}, {"ends_on", day(-90)},
            {"status", "following_up"},
            {"purpose",
                s("Đánh giá việc lãnh đạo, chỉ đạo, tổ chức thực hiện Quy định số 58-QĐ/TW; chỉ "
                  "rõ ưu điểm, hạn chế, nguyên nhân và kiến nghị biện pháp khắc phục.\n"
                  "Kiểm tra đúng nguyên tắc, quy trình; khách quan, không làm ảnh hưởng đến hoạt "
                  "động của đơn vị được kiểm tra.")},
            {"note", m_invented}});
    add("team_member",
        H {{"team_id", fictionalTeam}, {"person_id", m_id.fictionalHead}, {"role", "head"},
            {"title_held", s("Phó Trưởng Ban Tổ chức Tỉnh ủy (giả định)")}, {"position", 1}});
    add("team_member",
        H {{"team_id", fictionalTeam}, {"person_id", m_id.fictionalClerk}, {"role", "secretary"},
            {"title_held", s("Chuyên viên Ban Tổ chức Tỉnh ủy (giả định)")}, {"position", 2}});
    const char *const topics[] = {
        "Việc quán triệt, ban hành văn bản lãnh đạo, chỉ đạo thực hiện Quy định số 58-QĐ/TW",
        "Việc quản lý hồ sơ, tài liệu bảo vệ chính trị nội bộ",
        "Việc xem xét, kết luận tiêu chuẩn chính trị",
    };
    int position = 0;
    for (const char *topic : topics)
        add("inspection_topic",
            H {{"team_id", fictionalTeam}, {"title", s(topic)}, {"position", ++position}});

    // Concluded, being followed up.
    const qint64 fictionalTarget = add("inspection_target",
        H {{"team_id", fictionalTeam}, {"unit_id", m_id.fictionalCommittee},
            {"status", "concluded"}, {"position", 1}, {"self_report_due_on", day(-115)},
            {"self_report_received_on", day(-113)}, {"concluded_on", day(-80)},
            {"strengths",
                s("Đã ban hành kế hoạch thực hiện Quy định số 58-QĐ/TW "
                  "kịp thời, phân công rõ trách nhiệm.")},
            {"shortcomings",
                s("Hồ sơ, tài liệu bảo vệ chính trị nội bộ lưu trữ chưa "
                  "đầy đủ, chưa lập danh mục.")},
            {"causes",
                s("Cán bộ phụ trách kiêm nhiệm nhiều việc; cấp ủy chưa thường xuyên kiểm "
                  "tra, đôn đốc.")},
            {"responsibility", s("Trách nhiệm chính thuộc Ban Thường vụ Đảng ủy xã (giả định).")},
            {"discipline",
                s("Yêu cầu tổ chức kiểm điểm, rút kinh nghiệm; chưa đến mức xem xét "
                  "kỷ luật.")}});
    add("inspection_session",
        H {{"target_id", fictionalTarget}, {"position", 1}, {"held_on", day(-110)},
            {"starts_at", "08:00"}, {"ends_at", "11:00"},
            {"place", s("Hội trường Đảng ủy xã Bình Minh (giả định)")},
            {"attendees", s("Ban Thường vụ Đảng ủy xã; Đoàn kiểm tra")},
            {"content", s("Công bố quyết định, kế hoạch kiểm tra")}});
    add("inspection_session",
        H {{"target_id", fictionalTarget}, {"position", 2}, {"held_on", day(-95)},
            {"starts_at", "14:00"}, {"ends_at", "17:00"},
            {"place", s("Hội trường Đảng ủy xã Bình Minh (giả định)")},
            {"attendees", s("Ban Thường vụ Đảng ủy xã; Đoàn kiểm tra")},
            {"content", s("Thông qua dự thảo báo cáo kết quả kiểm tra")}});
    add("finding",
        H {{"target_id", fictionalTarget}, {"subject_kind", "member"},
            {"subject_unit_id", m_id.fictionalCell}, {"subject_person_id", m_id.fictionalMember},
            {"description", s("Chậm báo cáo việc đi nước ngoài theo quy định.")}, {"position", 1}});
    add("finding",
        H {{"target_id", fictionalTarget}, {"subject_kind", "organization"},
            {"subject_unit_id", m_id.fictionalCommittee},
            {"description", s("Không lập danh mục hồ sơ bảo vệ chính trị nội bộ theo quy định.")},
            {"position", 2}});
    // Each made pending on the day of the conclusion; its history says where it stands.
    const auto recommendation = [&](int at, qint64 unit, const char *content, int deadline) {
        return add("recommendation",
            H {{"target_id", fictionalTarget}, {"responsible_unit_id", unit},
                {"content", s(content)}, {"deadline", day(deadline)}, {"status", "pending"},
                {"position", at}});
    };
    // Overdue, being remedied: a report, then a reminder.
    const qint64 overdue = recommendation(
        1, m_id.fictionalCommittee, "Rà soát, bổ sung hồ sơ và lập danh mục lưu trữ.", -20);
    remedy(overdue, "report", today.addDays(-40), s("Đã rà soát được 60% hồ sơ."), "in_progress");
    remedy(overdue, "reminder", today.addDays(-5), s("Công văn đôn đốc của Ban Tổ chức Tỉnh ủy."),
        "in_progress");
    // Remedied on time.
    const qint64 onTime = recommendation(
        2, m_id.fictionalCell, "Kiểm điểm, rút kinh nghiệm; báo cáo bổ sung.", -40);
    remedy(onTime, "report", today.addDays(-45), s("Chi bộ đã họp kiểm điểm, có biên bản."),
        "remedied");
    // Remedied, then re-checked.
    const qint64 rechecked = recommendation(3, m_id.fictionalCommittee,
        "Bổ sung quy chế làm việc về công tác bảo vệ chính trị nội bộ.", -50);
    remedy(rechecked, "report", today.addDays(-60), s("Đã ban hành quy chế bổ sung."), "remedied");
    remedy(rechecked, "recheck", today.addDays(-10), s("Kiểm tra lại: đã khắc phục xong."),
        "rechecked");
    // Remedied after its deadline.
    const qint64 late = recommendation(
        4, m_id.fictionalCell, "Hoàn thiện hồ sơ kết nạp đảng viên còn thiếu.", -70);
    remedy(
        late, "report", today.addDays(-55), s("Đã bổ sung đủ hồ sơ (chậm 15 ngày)."), "remedied");
    // Not yet due.
    recommendation(5, m_id.fictionalCell,
        "Tổ chức quán triệt lại Quy định số 58-QĐ/TW đến toàn thể đảng viên.", 45);

    // Still being inspected: its sessions only.
    const qint64 working = add("inspection_target",
        H {{"team_id", fictionalTeam}, {"unit_id", m_id.fictionalOffice}, {"status", "in_progress"},
            {"position", 2}, {"self_report_due_on", day(-108)}});
    add("inspection_session",
        H {{"target_id", working}, {"position", 1}, {"held_on", day(-105)}, {"starts_at", "08:00"},
            {"ends_at", "11:30"}, {"place", s("Trụ sở Đảng bộ Cơ quan Khối Nội chính (giả định)")},
            {"attendees", s("Ban Thường vụ Đảng ủy Cơ quan; Đoàn kiểm tra")},
            {"content", s("Làm việc về báo cáo tự kiểm tra")}});
    // A Party member, inspected on his own: concluded, his delay named as a shortcoming (the
    // violation is recorded once, at his cell's committee above).
    add("inspection_target",
        H {{"team_id", fictionalTeam}, {"person_id", m_id.fictionalMember}, {"status", "concluded"},
            {"position", 3}, {"concluded_on", day(-80)},
            {"strengths", s("Đã nghiêm túc tự kiểm điểm, nhận thức rõ khuyết điểm.")},
            {"shortcomings", s("Chậm báo cáo việc đi nước ngoài theo quy định.")}});
}

qint64 Demo::issuingBody(qint64 unit, const char *name, const char *superiorLine,
    const char *issuingLine, const char *place, const char *code, const QString &note,
    bool isDefault)
{
    return add("issuing_body",
        H {{"unit_id", unit}, {"name", s(name)}, {"superior_line", s(superiorLine)},
            {"issuing_line", s(issuingLine)}, {"place_name", s(place)}, {"issuer_code", s(code)},
            {"numbering", "term"}, {"is_default", isDefault ? 1 : 0}, {"note", note}});
}

void Demo::term(qint64 body, const char *name, const char *startsOn, const char *endsOn)
{
    add("issuing_body_term",
        H {{"issuing_body_id", body}, {"name", s(name)}, {"starts_on", date(startsOn)},
            {"ends_on", endsOn ? date(endsOn) : QVariant()}});
}

void Demo::signer(qint64 body, const char *kind, const char *authority, const char *title,
    const char *name, const char *recipients)
{
    const int position = m_store
                             .value(QStringLiteral("SELECT count(*) FROM issuing_body_signer "
                                                   "WHERE issuing_body_id = ?"),
                                 {body})
                             .toInt();
    add("issuing_body_signer",
        H {{"issuing_body_id", body}, {"report_kind", kind}, {"authority", s(authority)},
            {"title", s(title)}, {"signer_name", s(name)}, {"recipients", s(recipients)},
            {"position", position + 1}});
}

// Each article's organizer issues its own documents: its header lines, place, code, terms and
// signers. A notice is signed by a Bí thư or Phó Bí thư the article names in that role; an
// invitation by the Chánh Văn phòng, by order of the Ban Thường vụ, whose name no article gives.
// Issuer codes are unique in one office's directory, so only Thanh Hóa's committee (the demo
// office's) and the bloc's keep their real codes, TU and ĐUK.
void Demo::issuingBodies()
{
    const QString assumed = s(" Ngày bắt đầu, kết thúc các nhiệm kỳ là giả định: bài báo không "
                              "nêu ngày đại hội. Tên Chánh Văn phòng ký giấy mời là giả định.");

    const qint64 thanhHoa = m_id.thanhHoaBody = issuingBody(m_id.thanhHoaBoard,
        "Ban Thường vụ Tỉnh ủy Thanh Hóa", "ĐẢNG BỘ TỈNH THANH HÓA", "TỈNH ỦY", "Thanh Hóa", "TU",
        s("Bí thư Tỉnh ủy Đỗ Trọng Hưng theo bài báo ngày 27/5/2024.") + assumed
            + s(" Tên người ký các văn bản khen thưởng là giả định: bài báo không nêu tên các "
                "tập thể được khen."),
        true);
    term(thanhHoa, "Nhiệm kỳ 2020–2025", "2020-10-16", "2025-10-15");
    term(thanhHoa, "Nhiệm kỳ 2025–2030", "2025-10-16", nullptr);
    signer(thanhHoa, "", "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Đỗ Trọng Hưng",
        "Ban Thường vụ Tỉnh ủy,\nCác huyện, thị, thành ủy, đảng ủy trực thuộc,\n"
        "Lưu Văn phòng Tỉnh ủy.");
    signer(thanhHoa, "conference-summary", "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Đỗ Trọng Hưng",
        "Ban Thường vụ Tỉnh ủy,\n"
        "Các huyện, thị, thành ủy, đảng ủy trực thuộc,\n"
        "Các ban, cơ quan, đơn vị của Tỉnh ủy,\nLưu Văn phòng Tỉnh ủy.");
    signer(thanhHoa, "conference-invitations", "T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG",
        "Lê Quang Thịnh", "Lưu Văn phòng Tỉnh ủy.");
    // The awards go to invented collectives and members: no real person signs them.
    for (const char *kind : {"commendation-decision", "party-badge-list"}) {
        signer(thanhHoa, kind, "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Lê Văn An",
            "Như Điều 3,\nBan Tổ chức Tỉnh ủy,\nLưu Văn phòng Tỉnh ủy.");
    }

    const qint64 bloc = issuingBody(m_id.blocCommittee, "Đảng ủy Khối các cơ quan Trung ương",
        "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TRUNG ƯƠNG", "ĐẢNG ỦY KHỐI", "Hà Nội", "ĐUK",
        s("Bí thư Đảng ủy Khối Sơn Minh Thắng theo bài báo ngày 24/10/2019; bài báo nêu nhiệm "
          "kỳ 2015 - 2020 của Đảng bộ Khối. Không ghi nhiệm kỳ sau 2020–2025: năm 2025 Đảng bộ "
          "Khối được sắp xếp lại.")
            + assumed);
    term(bloc, "Nhiệm kỳ 2015–2020", "2015-10-16", "2020-10-15");
    term(bloc, "Nhiệm kỳ 2020–2025", "2020-10-16", nullptr);
    signer(bloc, "", "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Sơn Minh Thắng",
        "Ban Thường vụ Đảng ủy Khối,\nCác đảng ủy trực thuộc,\n"
        "Các ban, đơn vị của Đảng ủy Khối,\nLưu Văn phòng Đảng ủy Khối.");
    signer(bloc, "conference-invitations", "T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG",
        "Nguyễn Thị Hương Giang", "Lưu Văn phòng Đảng ủy Khối.");

    const qint64 dienBien = issuingBody(m_id.dienBienBoard, "Ban Thường vụ Tỉnh ủy Điện Biên",
        "ĐẢNG BỘ TỈNH ĐIỆN BIÊN", "TỈNH ỦY", "Điện Biên", "TU",
        s("Người ký thông báo: đồng chí Lò Văn Muôn, Phó Bí thư Thường trực Tỉnh ủy, "
          "theo bài báo năm 2019.")
            + assumed);
    term(dienBien, "Nhiệm kỳ 2015–2020", "2015-10-16", "2020-10-15");
    term(dienBien, "Nhiệm kỳ 2020–2025", "2020-10-16", "2025-10-15");
    term(dienBien, "Nhiệm kỳ 2025–2030", "2025-10-16", nullptr);
    signer(dienBien, "", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Lò Văn Muôn",
        "Ban Thường vụ Tỉnh ủy,\n"
        "Các huyện, thị, thành ủy, đảng ủy trực thuộc,\nLưu Văn phòng Tỉnh ủy.");
    signer(dienBien, "conference-invitations", "T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG",
        "Vũ Mạnh Cường", "Lưu Văn phòng Tỉnh ủy.");

    const qint64 tuyenQuang = issuingBody(m_id.tuyenQuang, "Tỉnh ủy Tuyên Quang",
        "ĐẢNG BỘ TỈNH TUYÊN QUANG", "TỈNH ỦY", "Tuyên Quang", "TU",
        s("Bí thư Tỉnh ủy Chẩu Văn Lâm và Phó Bí thư Thường trực Tỉnh ủy Lê Thị Kim "
          "Dung (người phát biểu chỉ đạo hội nghị, ký thông báo) theo bài báo ngày 26/4.")
            + assumed);
    term(tuyenQuang, "Nhiệm kỳ 2020–2025", "2020-10-16", "2025-10-15");
    term(tuyenQuang, "Nhiệm kỳ 2025–2030", "2025-10-16", nullptr);
    signer(tuyenQuang, "", "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Chẩu Văn Lâm",
        "Ban Thường vụ Tỉnh ủy,\n"
        "Các huyện ủy, thành ủy, đảng ủy trực thuộc,\nLưu Văn phòng Tỉnh ủy.");
    signer(tuyenQuang, "conference-summary", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC",
        "Lê Thị Kim Dung",
        "Ban Thường vụ Tỉnh ủy,\n"
        "Các huyện ủy, thành ủy, đảng ủy trực thuộc,\n"
        "Các sở, ban, ngành, đoàn thể tỉnh,\nLưu Văn phòng Tỉnh ủy.");
    signer(tuyenQuang, "conference-invitations", "T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG",
        "Hoàng Thị Thu Hà", "Lưu Văn phòng Tỉnh ủy.");
}

// Who gives which form (COMMENDATIONS.md): a standing board the Bằng khen, the flag and the
// badges; a Party committee the Giấy khen. The schema seeds these for the bodies it finds; the
// demo's bodies come after it.
void Demo::authorities()
{
    auto pairs = m_store.select(
        QStringLiteral("SELECT f.id, b.id FROM commendation_form f, issuing_body b "
                       "JOIN unit u ON u.id = b.unit_id "
                       "WHERE ((u.kind = 'standing_board' AND f.name <> 'Giấy khen') "
                       "OR (u.kind = 'party_committee' AND f.name = 'Giấy khen')) "
                       "AND NOT EXISTS (SELECT 1 FROM commendation_form_authority a "
                       "WHERE a.form_id = f.id AND a.issuing_body_id = b.id) ORDER BY b.id, f.id"),
        {}, &m_error);
    QList<std::pair<qint64, qint64>> rows;
    while (pairs && pairs->next())
        rows.append({pairs->value(0).toLongLong(), pairs->value(1).toLongLong()});
    for (const auto &[form, body] : std::as_const(rows))
        add("commendation_form_authority", H {{"form_id", form}, {"issuing_body_id", body}});
}

bool Demo::profile(QString *error)
{
    // The demo office is the Thanh Hóa provincial Party office; its bodies head and sign.
    FormatProfile profile = FormatProfile::defaults();
    profile.name = s("Văn phòng Tỉnh ủy Thanh Hóa");
    return profile.save(m_store, error);
}

// The notice of the Thanh Hóa review, issued on the day the article reports it: its number is the
// first of the term, and its PDF is kept as signed.
bool Demo::issueTheNotice(QString *error)
{
    return Issuing::issue(m_store, QStringLiteral("conference-summary"), m_id.thanhHoaReview,
        QDate(2024, 5, 27), 0, error)
        .has_value();
}

// The Bằng khen presented that day, decided by the Ban Thường vụ before the notice that tells of
// it: the decision takes the next QĐ number of its register (the article gives none) and its list
// is frozen from then on.
bool Demo::issueTheCommendation(QString *error)
{
    return Issuing::issue(m_store, QStringLiteral("commendation-decision"),
        m_id.thanhHoaCommendation, QDate(2024, 5, 27), 0, error)
        .has_value();
}

bool Demo::populate(QString *error, DemoData::Issue issue)
{
    Store::Write write(&m_store);
    if (!write.isActive()) {
        *error = write.errorString();
        return false;
    }
    units();
    districtsOfThanhHoa();
    people();
    documents();
    conferenceInThanhHoa();
    conferenceOfTheBloc();
    conferenceInDienBien();
    trainingInTuyenQuang();
    issuingBodies();
    authorities();
    thanhHoaCommendation();
    badgeRound();
    traVinhInspection();
    inventedInspection();
    secretConference();
    followedUpInspection();
    if (!m_error.isEmpty()) {
        *error = m_error;
        return false;
    }
    return profile(error)
        && (issue == DemoData::Issue::Nothing
            || (issueTheCommendation(error) && issueTheNotice(error)))
        && write.commit(error);
}

} // namespace

bool DemoData::populate(Store &store, QString *error, Issue issue)
{
    return Demo(store).populate(error, issue);
}
