#include "demodata.h"

#include "reports/formatprofile.h"
#include "storage/store.h"

// Public facts as the five articles in shared/domain/articles report them. Findings, and anything
// negative, are attached only to invented units and people, marked "(giả định)".
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

    bool populate(QString *error);

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
    void people();
    void documents();
    void conferenceInThanhHoa();
    void conferenceOfTheBloc();
    void conferenceInDienBien();
    void trainingInTuyenQuang();
    void traVinhInspection();
    void inventedInspection();
    bool profile(QString *error);

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

// Thanh Hóa, 27/5/2024: ten years of Directive 39 (article 001).
void Demo::conferenceInThanhHoa()
{
    const qint64 thanhHoaReview = add("conference",
        H {{"kind", "final_review"},
            {"title",
                s("Hội nghị tổng kết 10 năm thực hiện Chỉ thị số 39-CT/TW ngày 18/8/2014 "
                  "của Bộ Chính trị về tăng cường công tác bảo vệ chính trị nội bộ trong "
                  "tình hình hiện nay")},
            {"legal_document_id", m_id.directive39}, {"period_from", date("2014-08-18")},
            {"period_to", date("2024-05-27")}, {"held_on", date("2024-05-27")},
            {"starts_at", "07:30"}, {"venue", s("Thanh Hóa")},
            {"organizer_unit_id", m_id.thanhHoaBoard}, {"status", "concluded"},
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
    for (const qint64 recipient : {m_id.fictionalCommittee, m_id.fictionalOffice}) {
        add("commendation",
            H {{"form", "certificate_of_merit"}, {"authority_unit_id", m_id.thanhHoaBoard},
                {"decided_on", date("2024-05-27")}, {"signer_person_id", m_id.hung},
                {"recipient_kind", "collective"}, {"recipient_unit_id", recipient},
                {"reason",
                    s("Có thành tích xuất sắc trong 10 năm thực hiện Chỉ thị số "
                      "39-CT/TW của Bộ Chính trị")},
                {"conference_id", thanhHoaReview},
                {"note", s("Bài báo không nêu tên các tập thể; đơn vị nhận là giả định.")}});
    }
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
            {"venue", s("Hà Nội")}, {"organizer_unit_id", m_id.blocCommittee},
            {"status", "concluded"},
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
            {"held_on", date("2019-11-15")}, {"venue", s("Điện Biên")},
            {"organizer_unit_id", m_id.dienBienBoard}, {"status", "concluded"},
            {"shortcomings",
                s("Một số cấp ủy, tổ chức đảng, cán bộ, đảng viên chưa nhận thức đầy đủ về tầm "
                  "quan trọng của công tác bảo vệ chính trị nội bộ; việc cụ thể hóa Chỉ thị 39 ở "
                  "một số nơi chưa gắn với Nghị quyết Trung ương 4 khóa XI, XII; cán bộ chuyên "
                  "trách còn thiếu, hầu hết kiêm nhiệm; công tác phối hợp có việc chưa kịp thời.")},
            {"note",
                s("Bài báo đăng ngày 15/11/2019 không nêu ngày họp; ngày ghi ở đây là "
                  "ngày đăng bài.")}});
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
        add("statistic",
            H {{"conference_id", dienBienReview}, {"unit_id", m_id.dienBien},
                {"name", s(figure.name)}, {"value", figure.value}, {"measure", s(figure.measure)},
                {"period_from", date("2015-01-01")}, {"period_to", date("2019-11-15")},
                {"position", ++position}});
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
            {"venue", s("Trung tâm Hội nghị tỉnh Tuyên Quang")},
            {"organizer_unit_id", m_id.tuyenQuang}, {"status", "held"},
            {"note",
                s("Bài báo ghi ngày 26-4, không ghi năm; năm 2023 suy ra từ các văn bản "
                  "được quán triệt (Quy chế 15, 16 tháng 12/2022).")}});
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

// The Trà Vinh inspection (article 003): only its head is named there.
void Demo::traVinhInspection()
{
    const qint64 team = add("inspection_team",
        H {{"name", s("Đoàn kiểm tra số 5")}, {"number", 5}, {"issuer_unit_id", m_id.subcommittee},
            {"subject_document_id", m_id.regulation58}, {"starts_on", date("2023-11-02")},
            {"status", "working"},
            {"note",
                s("Bài báo ghi ngày 2/11, không ghi năm; năm là giả định của dữ liệu "
                  "mẫu. Bài báo chỉ nêu tên trưởng đoàn.")}});
    add("team_member",
        H {{"team_id", team}, {"person_id", m_id.duong}, {"role", "head"},
            {"title_held",
                s("Ủy viên Trung ương Đảng, Phó Trưởng Ban Tổ chức "
                  "Trung ương")},
            {"position", 1}});
    int position = 0;
    for (const qint64 unit : {m_id.traVinhBoard, m_id.traVinhCity, m_id.traVinhBloc}) {
        add("inspection_target",
            H {{"team_id", team}, {"unit_id", unit}, {"status", "scheduled"},
                {"position", ++position}});
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

// An m_invented inspection with m_invented findings (never about a real unit or person).
void Demo::inventedInspection()
{
    const qint64 fictionalTeam = add("inspection_team",
        H {{"name", s("Đoàn kiểm tra số 2 (giả định)")}, {"number", 2},
            {"issuer_unit_id", m_id.thanhHoaBoard}, {"subject_document_id", m_id.regulation58},
            {"starts_on", date("2026-09-14")}, {"ends_on", date("2026-09-30")},
            {"status", "concluded"}, {"note", m_invented}});
    add("team_member",
        H {{"team_id", fictionalTeam}, {"person_id", m_id.fictionalHead}, {"role", "head"},
            {"position", 1}});
    add("team_member",
        H {{"team_id", fictionalTeam}, {"person_id", m_id.fictionalClerk}, {"role", "secretary"},
            {"position", 2}});
    const qint64 fictionalTarget = add("inspection_target",
        H {{"team_id", fictionalTeam}, {"unit_id", m_id.fictionalCommittee},
            {"scheduled_from", date("2026-09-15")}, {"scheduled_to", date("2026-09-17")},
            {"status", "concluded"}, {"position", 1}});
    add("finding",
        H {{"target_id", fictionalTarget}, {"kind", "strength"}, {"subject_kind", "organization"},
            {"subject_unit_id", m_id.fictionalCommittee},
            {"description",
                s("Đã ban hành kế hoạch thực hiện Quy định số 58-QĐ/TW "
                  "kịp thời, phân công rõ trách nhiệm.")},
            {"position", 1}});
    add("finding",
        H {{"target_id", fictionalTarget}, {"kind", "shortcoming"},
            {"subject_kind", "organization"}, {"subject_unit_id", m_id.fictionalCommittee},
            {"description",
                s("Hồ sơ, tài liệu bảo vệ chính trị nội bộ lưu trữ chưa "
                  "đầy đủ, chưa lập danh mục.")},
            {"recommendation", s("Rà soát, bổ sung hồ sơ và lập danh mục lưu trữ.")},
            {"deadline", date("2026-12-31")}, {"remedy_status", "in_progress"}, {"position", 2}});
    add("finding",
        H {{"target_id", fictionalTarget}, {"kind", "violation"}, {"subject_kind", "member"},
            {"subject_unit_id", m_id.fictionalCell}, {"subject_person_id", m_id.fictionalMember},
            {"description", s("Chậm báo cáo việc đi nước ngoài theo quy định.")},
            {"recommendation", s("Kiểm điểm, rút kinh nghiệm; báo cáo bổ sung.")},
            {"deadline", date("2026-10-31")}, {"remedy_status", "remedied"},
            {"remedied_on", date("2026-10-20")}, {"position", 3}});
}

bool Demo::profile(QString *error)
{
    // The demo office is the Thanh Hóa provincial Party office.
    FormatProfile profile = FormatProfile::defaults();
    profile.name = s("Văn phòng Tỉnh ủy Thanh Hóa");
    profile.superiorBody = s("ĐẢNG BỘ TỈNH THANH HÓA");
    profile.issuingBody = s("TỈNH ỦY");
    profile.issuerCode = s("TU");
    profile.placeName = s("Thanh Hóa");
    profile.signerAuthority = s("T/M BAN THƯỜNG VỤ");
    profile.signerTitle = s("BÍ THƯ");
    profile.signerName = s("Đỗ Trọng Hưng");
    return profile.save(m_store, error);
}

bool Demo::populate(QString *error)
{
    Store::Write write(&m_store);
    if (!write.isActive()) {
        *error = write.errorString();
        return false;
    }
    units();
    people();
    documents();
    conferenceInThanhHoa();
    conferenceOfTheBloc();
    conferenceInDienBien();
    trainingInTuyenQuang();
    traVinhInspection();
    inventedInspection();
    if (!m_error.isEmpty()) {
        *error = m_error;
        return false;
    }
    return profile(error) && write.commit(error);
}

} // namespace

bool DemoData::populate(Store &store, QString *error)
{
    return Demo(store).populate(error);
}
