#include "demodata.h"

#include "reports/formatprofile.h"
#include "storage/recordstore.h"
#include "storage/transaction.h"

#include <QSqlQuery>

// Public facts as the five articles in shared/domain/articles report them. Findings, and anything
// negative, are attached only to invented units and people, marked "(giả định)".
namespace {

class Writer
{
public:
    explicit Writer(const QSqlDatabase &db)
        : m_db(db)
    {
    }

    qint64 add(const char *table, const QVariantHash &values)
    {
        if (!m_error.isEmpty())
            return 0;
        const auto id = RecordStore::insert(m_db, QLatin1String(table), values, &m_error);
        return id.value_or(0);
    }

    QString error() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
};

QVariant date(const char *iso)
{
    return QString::fromLatin1(iso);
}

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

bool DemoData::populate(const QSqlDatabase &db, QString *error)
{
    Transaction transaction(db);
    Writer w(db);
    using H = QVariantHash;

    // Units.
    const qint64 politburo = w.add("unit", H{{"name", s("Bộ Chính trị")}, {"kind", "central_body"},
                                              {"issuer_code", "TW"}});
    const qint64 orgCommission = w.add("unit", H{{"name", s("Ban Tổ chức Trung ương")},
                                                 {"kind", "advisory_body"},
                                                 {"issuer_code", "BTCTW"}});
    const qint64 protectionDept = w.add(
            "unit", H{{"name", s("Cục Bảo vệ chính trị nội bộ")}, {"kind", "advisory_body"},
                      {"parent_id", orgCommission}});
    const qint64 subcommittee = w.add(
            "unit", H{{"name", s("Tiểu ban Bảo vệ chính trị nội bộ Trung ương")},
                      {"kind", "subcommittee"}, {"issuer_code", "TBBVCTNBTW"}});
    const qint64 blocCommittee = w.add(
            "unit", H{{"name", s("Đảng ủy Khối các cơ quan Trung ương")},
                      {"kind", "party_committee"}, {"issuer_code", s("ĐUK")},
                      {"place_name", s("Hà Nội")}});

    const qint64 thanhHoa = w.add("unit", H{{"name", s("Tỉnh ủy Thanh Hóa")},
                                            {"kind", "party_committee"}, {"issuer_code", "TU"},
                                            {"place_name", s("Thanh Hóa")}});
    const qint64 thanhHoaBoard = w.add(
            "unit", H{{"name", s("Ban Thường vụ Tỉnh ủy Thanh Hóa")}, {"kind", "standing_board"},
                      {"issuer_code", "TU"}, {"place_name", s("Thanh Hóa")},
                      {"parent_id", thanhHoa}});
    w.add("unit", H{{"name", s("Văn phòng Tỉnh ủy Thanh Hóa")}, {"short_name", "VPTU"},
                    {"kind", "advisory_body"}, {"parent_id", thanhHoa},
                    {"place_name", s("Thanh Hóa")}});
    const qint64 thanhHoaOrg = w.add("unit", H{{"name", s("Ban Tổ chức Tỉnh ủy Thanh Hóa")},
                                               {"kind", "advisory_body"},
                                               {"parent_id", thanhHoa}});

    const qint64 dienBien = w.add("unit", H{{"name", s("Tỉnh ủy Điện Biên")},
                                            {"kind", "party_committee"}, {"issuer_code", "TU"},
                                            {"place_name", s("Điện Biên")}});
    const qint64 dienBienBoard = w.add(
            "unit", H{{"name", s("Ban Thường vụ Tỉnh ủy Điện Biên")}, {"kind", "standing_board"},
                      {"issuer_code", "TU"}, {"parent_id", dienBien}});

    // Trà Vinh was merged into Vĩnh Long on 1 July 2025, when the district level was abolished:
    // the old units keep their names on old records and point at what replaced them.
    const qint64 vinhLong = w.add("unit", H{{"name", s("Tỉnh ủy Vĩnh Long")},
                                            {"kind", "party_committee"}, {"issuer_code", "TU"},
                                            {"place_name", s("Vĩnh Long")},
                                            {"valid_from", date("2025-07-01")}});
    const qint64 traVinh = w.add("unit", H{{"name", s("Tỉnh ủy Trà Vinh")},
                                           {"kind", "party_committee"}, {"issuer_code", "TU"},
                                           {"place_name", s("Trà Vinh")},
                                           {"valid_to", date("2025-06-30")},
                                           {"successor_id", vinhLong}});
    const qint64 traVinhBoard = w.add(
            "unit", H{{"name", s("Ban Thường vụ Tỉnh ủy Trà Vinh")}, {"kind", "standing_board"},
                      {"issuer_code", "TU"}, {"parent_id", traVinh},
                      {"valid_to", date("2025-06-30")}});
    const qint64 traVinhCity = w.add("unit", H{{"name", s("Thành ủy Trà Vinh")},
                                               {"kind", "party_committee"},
                                               {"issuer_code", "TU"}, {"parent_id", traVinh},
                                               {"valid_to", date("2025-06-30")}});
    const qint64 traVinhBloc = w.add(
            "unit", H{{"name", s("Đảng bộ Khối cơ quan và doanh nghiệp tỉnh Trà Vinh")},
                      {"kind", "party_organization"}, {"parent_id", traVinh}});

    const qint64 tuyenQuang = w.add("unit", H{{"name", s("Tỉnh ủy Tuyên Quang")},
                                              {"kind", "party_committee"},
                                              {"issuer_code", "TU"},
                                              {"place_name", s("Tuyên Quang")}});
    const qint64 tuyenQuangBoard = w.add(
            "unit", H{{"name", s("Ban Thường vụ Tỉnh ủy Tuyên Quang")},
                      {"kind", "standing_board"}, {"issuer_code", "TU"},
                      {"parent_id", tuyenQuang}});

    // Invented units, for findings and awards the articles do not name.
    const QString invented = s("Đơn vị giả định, chỉ dùng cho dữ liệu mẫu.");
    const qint64 fictionalCommittee = w.add(
            "unit", H{{"name", s("Đảng ủy xã Bình Minh (giả định)")},
                      {"kind", "party_committee"}, {"parent_id", thanhHoa}, {"note", invented}});
    const qint64 fictionalCell = w.add(
            "unit", H{{"name", s("Chi bộ Trường Tiểu học Bình Minh (giả định)")},
                      {"kind", "party_organization"}, {"parent_id", fictionalCommittee},
                      {"note", invented}});
    const qint64 fictionalOffice = w.add(
            "unit", H{{"name", s("Đảng bộ Cơ quan Khối Nội chính (giả định)")},
                      {"kind", "party_organization"}, {"parent_id", thanhHoa},
                      {"note", invented}});

    // People, with the titles the articles give them.
    const auto person = [&w](const char *name, const char *title, qint64 unit) {
        return w.add("person", H{{"full_name", s(name)}, {"title", s(title)},
                                 {"unit_id", unit ? QVariant(unit) : QVariant()}});
    };
    const qint64 hung = person("Đỗ Trọng Hưng",
                               "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh",
                               thanhHoa);
    const qint64 tuan = person("Đỗ Minh Tuấn", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh",
                               thanhHoa);
    const qint64 sinh = person("Trịnh Tuấn Sinh", "Phó Bí thư Tỉnh ủy", thanhHoa);
    const qint64 thang = person("Sơn Minh Thắng",
                                "Ủy viên Trung ương Đảng, Bí thư Đảng ủy Khối các cơ quan "
                                "Trung ương",
                                blocCommittee);
    const qint64 thao = person("Phạm Quang Thao",
                               "Phó Bí thư Thường trực Đảng ủy Khối các cơ quan Trung ương",
                               blocCommittee);
    const qint64 muon = person("Lò Văn Muôn",
                               "Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh", dienBien);
    const qint64 duong = person("Nguyễn Quang Dương",
                                "Ủy viên Trung ương Đảng, Phó Trưởng Ban Tổ chức Trung ương",
                                orgCommission);
    person("Ngô Chí Cường",
           "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh "
           "Trà Vinh khóa XV",
           traVinh);
    person("Kim Ngọc Thái", "Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh", traVinh);
    person("Lâm Minh Đặng", "Phó Bí thư Tỉnh ủy", traVinh);
    const qint64 lam = person("Chẩu Văn Lâm",
                              "Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng "
                              "đoàn Đại biểu Quốc hội tỉnh Tuyên Quang",
                              tuyenQuang);
    const qint64 dung = person("Lê Thị Kim Dung",
                               "Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh", tuyenQuang);
    const qint64 son = person("Nguyễn Văn Sơn", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh",
                              tuyenQuang);
    const qint64 minh = person("Nguyễn Kim Minh",
                               "Cục trưởng Cục Bảo vệ chính trị nội bộ - Ban Tổ chức Trung ương",
                               protectionDept);
    // Invented people for the invented inspection: their titles say so.
    const qint64 fictionalHead = person("Trần Văn Khang",
                                        "Phó Trưởng Ban Tổ chức Tỉnh ủy (giả định)", thanhHoaOrg);
    const qint64 fictionalClerk = person("Phạm Thị Hạnh",
                                         "Chuyên viên Ban Tổ chức Tỉnh ủy (giả định)",
                                         thanhHoaOrg);
    const qint64 fictionalMember = person("Hoàng Văn Bình",
                                          "Đảng viên Chi bộ Trường Tiểu học Bình Minh (giả định)",
                                          fictionalCell);

    // Documents.
    const auto document = [&w](const char *code, const char *type, qint64 issuer,
                               const char *issuedOn, const char *excerpt) {
        const QString text = s(code);
        return w.add("legal_document",
                     H{{"code", text}, {"type_code", s(type)}, {"issuer_unit_id", issuer}, {"issued_on", date(issuedOn)},
                       {"excerpt", s(excerpt)}});
    };
    const qint64 directive39 = document("39-CT/TW", "CT", politburo, "2014-08-18",
                                        "Về tăng cường công tác bảo vệ chính trị nội bộ trong "
                                        "tình hình hiện nay");
    const qint64 regulation58 = document("58-QĐ/TW", "QĐ", politburo, "2022-02-08",
                                         "Quy định một số vấn đề bảo vệ chính trị nội bộ Đảng");
    document("01-HD/BTCTW", "HD", orgCommission, "2022-08-05",
             "Hướng dẫn một số vấn đề về bảo vệ chính trị nội bộ Đảng");
    document("15-QC/TU", "QC", tuyenQuangBoard, "2022-12-01",
             "Quy chế phối hợp thực hiện nhiệm vụ bảo vệ chính trị nội bộ Đảng của các cơ quan "
             "Khối Nội chính");
    document("16-QC/TU", "QC", tuyenQuangBoard, "2022-12-21",
             "Quy chế bảo vệ bí mật Nhà nước của các cơ quan chuyên trách tham mưu giúp việc "
             "Tỉnh ủy; các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy");

    // Conferences.
    const qint64 thanhHoaReview = w.add(
            "conference",
            H{{"kind", "final_review"},
              {"title", s("Hội nghị tổng kết 10 năm thực hiện Chỉ thị số 39-CT/TW ngày 18/8/2014 "
                          "của Bộ Chính trị về tăng cường công tác bảo vệ chính trị nội bộ trong "
                          "tình hình hiện nay")},
              {"legal_document_id", directive39},
              {"period_from", date("2014-08-18")},
              {"period_to", date("2024-05-27")},
              {"held_on", date("2024-05-27")},
              {"starts_at", "07:30"},
              {"venue", s("Thanh Hóa")},
              {"organizer_unit_id", thanhHoaBoard},
              {"status", "concluded"},
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
    const auto participant = [&w](qint64 conference, qint64 person, const char *role,
                                  const char *title, int position) {
        w.add("conference_participant",
              H{{"conference_id", conference}, {"person_id", person}, {"role", role},
                {"title_held", s(title)}, {"attendance", "present"}, {"position", position}});
    };
    participant(thanhHoaReview, hung, "chair",
                "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh", 1);
    participant(thanhHoaReview, tuan, "chair", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh", 2);
    participant(thanhHoaReview, sinh, "chair", "Phó Bí thư Tỉnh ủy", 3);
    w.add("agenda_item", H{{"conference_id", thanhHoaReview}, {"position", 1},
                           {"kind", "report"},
                           {"title", s("Báo cáo tổng kết 10 năm thực hiện Chỉ thị số 39-CT/TW")}});
    w.add("agenda_item", H{{"conference_id", thanhHoaReview}, {"position", 2},
                           {"kind", "conclusion"}, {"title", s("Phát biểu kết luận hội nghị")},
                           {"presenter_person_id", hung}});
    w.add("agenda_item", H{{"conference_id", thanhHoaReview}, {"position", 3},
                           {"kind", "commendation"},
                           {"title", s("Trao Bằng khen của Ban Thường vụ Tỉnh ủy cho các tập thể "
                                       "có thành tích xuất sắc")}});
    for (const qint64 recipient : {fictionalCommittee, fictionalOffice}) {
        w.add("commendation",
              H{{"form", "certificate_of_merit"}, {"authority_unit_id", thanhHoaBoard},
                {"decided_on", date("2024-05-27")}, {"signer_person_id", hung},
                {"recipient_kind", "collective"}, {"recipient_unit_id", recipient},
                {"reason", s("Có thành tích xuất sắc trong 10 năm thực hiện Chỉ thị số "
                             "39-CT/TW của Bộ Chính trị")},
                {"conference_id", thanhHoaReview},
                {"note", s("Bài báo không nêu tên các tập thể; đơn vị nhận là giả định.")}});
    }

    const qint64 blocReview = w.add(
            "conference",
            H{{"kind", "interim_review"},
              {"title", s("Hội nghị sơ kết 5 năm thực hiện Chỉ thị số 39-CT/TW ngày 18/8/2014 "
                          "của Bộ Chính trị về tăng cường công tác bảo vệ chính trị nội bộ trong "
                          "tình hình hiện nay")},
              {"legal_document_id", directive39},
              {"period_from", date("2014-08-18")},
              {"period_to", date("2019-10-24")},
              {"held_on", date("2019-10-24")},
              {"venue", s("Hà Nội")},
              {"organizer_unit_id", blocCommittee},
              {"status", "concluded"},
              {"difficulties",
               s("Khó khăn, vướng mắc về việc nắm và xử lý vấn đề chính trị hiện nay; việc chấp "
                 "hành các nguyên tắc, quy trình tuyển chọn, đề bạt cán bộ; trình độ chuyên môn, "
                 "nghiệp vụ của cán bộ làm công tác bảo vệ chính trị nội bộ ở các cấp ủy đảng.")},
              {"shortcomings",
               s("Nhận thức của một số cấp ủy, cán bộ, đảng viên chưa thật sự đầy đủ, sâu sắc về "
                 "vai trò và tầm quan trọng của công tác bảo vệ chính trị nội bộ.")}});
    participant(blocReview, thang, "chair",
                "Ủy viên Trung ương Đảng, Bí thư Đảng ủy Khối các cơ quan Trung ương", 1);
    participant(blocReview, thao, "reporter",
                "Phó Bí thư Thường trực Đảng ủy Khối các cơ quan Trung ương", 2);
    w.add("agenda_item", H{{"conference_id", blocReview}, {"position", 1}, {"kind", "opening"},
                           {"title", s("Phát biểu khai mạc")}, {"presenter_person_id", thang}});
    w.add("agenda_item", H{{"conference_id", blocReview}, {"position", 2}, {"kind", "report"},
                           {"title", s("Báo cáo sơ kết 5 năm thực hiện Chỉ thị số 39-CT/TW")},
                           {"presenter_person_id", thao}});
    w.add("agenda_item", H{{"conference_id", blocReview}, {"position", 3},
                           {"kind", "discussion_paper"},
                           {"title", s("Tham luận của đại diện các đảng ủy trực thuộc")}});
    w.add("agenda_item", H{{"conference_id", blocReview}, {"position", 4},
                           {"kind", "conclusion"}, {"title", s("Phát biểu kết luận hội nghị")},
                           {"presenter_person_id", thang}});

    const qint64 dienBienReview = w.add(
            "conference",
            H{{"kind", "interim_review"},
              {"title", s("Hội nghị sơ kết 5 năm thực hiện Chỉ thị số 39-CT/TW của Bộ Chính trị "
                          "về tăng cường công tác bảo vệ chính trị nội bộ trong tình hình hiện "
                          "nay")},
              {"legal_document_id", directive39},
              {"period_from", date("2015-01-01")},
              {"held_on", date("2019-11-15")},
              {"venue", s("Điện Biên")},
              {"organizer_unit_id", dienBienBoard},
              {"status", "concluded"},
              {"shortcomings",
               s("Một số cấp ủy, tổ chức đảng, cán bộ, đảng viên chưa nhận thức đầy đủ về tầm "
                 "quan trọng của công tác bảo vệ chính trị nội bộ; việc cụ thể hóa Chỉ thị 39 ở "
                 "một số nơi chưa gắn với Nghị quyết Trung ương 4 khóa XI, XII; cán bộ chuyên "
                 "trách còn thiếu, hầu hết kiêm nhiệm; công tác phối hợp có việc chưa kịp thời.")},
              {"note", s("Bài báo đăng ngày 15/11/2019 không nêu ngày họp; ngày ghi ở đây là "
                         "ngày đăng bài.")}});
    participant(dienBienReview, muon, "delegate",
                "Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh", 1);
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
        w.add("statistic", H{{"conference_id", dienBienReview}, {"unit_id", dienBien},
                             {"name", s(figure.name)}, {"value", figure.value},
                             {"measure", s(figure.measure)}, {"period_from", date("2015-01-01")},
                             {"period_to", date("2019-11-15")}, {"position", ++position}});
    }

    const qint64 tuyenQuangTraining = w.add(
            "conference",
            H{{"kind", "dissemination"},
              {"title", s("Hội nghị quán triệt và tập huấn công tác bảo vệ chính trị nội bộ Đảng, "
                          "bảo vệ bí mật Nhà nước")},
              {"legal_document_id", regulation58},
              {"held_on", date("2023-04-26")},
              {"venue", s("Trung tâm Hội nghị tỉnh Tuyên Quang")},
              {"organizer_unit_id", tuyenQuang},
              {"status", "held"},
              {"note", s("Bài báo ghi ngày 26-4, không ghi năm; năm 2023 suy ra từ các văn bản "
                         "được quán triệt (Quy chế 15, 16 tháng 12/2022).")}});
    participant(tuyenQuangTraining, lam, "delegate",
                "Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu "
                "Quốc hội tỉnh Tuyên Quang",
                1);
    participant(tuyenQuangTraining, dung, "opening_speaker",
                "Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh", 2);
    participant(tuyenQuangTraining, son, "delegate", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh", 3);
    participant(tuyenQuangTraining, minh, "reporter",
                "Cục trưởng Cục Bảo vệ chính trị nội bộ - Ban Tổ chức Trung ương", 4);

    // The Trà Vinh inspection (article 003): only its head is named there.
    const qint64 team = w.add(
            "inspection_team",
            H{{"name", s("Đoàn kiểm tra số 5")}, {"number", 5}, {"issuer_unit_id", subcommittee},
              {"subject_document_id", regulation58}, {"starts_on", date("2023-11-02")},
              {"status", "working"},
              {"note", s("Bài báo ghi ngày 2/11, không ghi năm; năm là giả định của dữ liệu "
                         "mẫu. Bài báo chỉ nêu tên trưởng đoàn.")}});
    w.add("team_member", H{{"team_id", team}, {"person_id", duong}, {"role", "head"},
                           {"title_held", s("Ủy viên Trung ương Đảng, Phó Trưởng Ban Tổ chức "
                                            "Trung ương")},
                           {"position", 1}});
    position = 0;
    for (const qint64 unit : {traVinhBoard, traVinhCity, traVinhBloc}) {
        w.add("inspection_target", H{{"team_id", team}, {"unit_id", unit},
                                     {"status", "scheduled"}, {"position", ++position}});
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
        w.add("inspection_topic", H{{"team_id", team}, {"title", s(topic)},
                                    {"position", ++position}});

    // An invented inspection with invented findings (never about a real unit or person).
    const qint64 fictionalTeam = w.add(
            "inspection_team",
            H{{"name", s("Đoàn kiểm tra số 2 (giả định)")}, {"number", 2},
              {"issuer_unit_id", thanhHoaBoard}, {"subject_document_id", regulation58},
              {"starts_on", date("2026-09-14")}, {"ends_on", date("2026-09-30")},
              {"status", "concluded"}, {"note", invented}});
    w.add("team_member", H{{"team_id", fictionalTeam}, {"person_id", fictionalHead},
                           {"role", "head"}, {"position", 1}});
    w.add("team_member", H{{"team_id", fictionalTeam}, {"person_id", fictionalClerk},
                           {"role", "secretary"}, {"position", 2}});
    const qint64 fictionalTarget = w.add(
            "inspection_target", H{{"team_id", fictionalTeam}, {"unit_id", fictionalCommittee},
                                   {"scheduled_from", date("2026-09-15")},
                                   {"scheduled_to", date("2026-09-17")},
                                   {"status", "concluded"}, {"position", 1}});
    w.add("finding", H{{"target_id", fictionalTarget}, {"kind", "strength"},
                       {"subject_kind", "organization"}, {"subject_unit_id", fictionalCommittee},
                       {"description", s("Đã ban hành kế hoạch thực hiện Quy định số 58-QĐ/TW "
                                         "kịp thời, phân công rõ trách nhiệm.")},
                       {"position", 1}});
    w.add("finding", H{{"target_id", fictionalTarget}, {"kind", "shortcoming"},
                       {"subject_kind", "organization"}, {"subject_unit_id", fictionalCommittee},
                       {"description", s("Hồ sơ, tài liệu bảo vệ chính trị nội bộ lưu trữ chưa "
                                         "đầy đủ, chưa lập danh mục.")},
                       {"recommendation", s("Rà soát, bổ sung hồ sơ và lập danh mục lưu trữ.")},
                       {"deadline", date("2026-12-31")}, {"remedy_status", "in_progress"},
                       {"position", 2}});
    w.add("finding", H{{"target_id", fictionalTarget}, {"kind", "violation"},
                       {"subject_kind", "member"}, {"subject_unit_id", fictionalCell},
                       {"subject_person_id", fictionalMember},
                       {"description", s("Chậm báo cáo việc đi nước ngoài theo quy định.")},
                       {"recommendation", s("Kiểm điểm, rút kinh nghiệm; báo cáo bổ sung.")},
                       {"deadline", date("2026-10-31")}, {"remedy_status", "remedied"},
                       {"remedied_on", date("2026-10-20")}, {"position", 3}});

    if (!w.error().isEmpty()) {
        if (error)
            *error = w.error();
        return false;
    }

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
    if (!profile.save(db, error))
        return false;
    return transaction.commit(error);
}
