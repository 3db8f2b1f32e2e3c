#include "reports/templateengine.h"

#include <QtTest>

namespace {

const QString fileName = QStringLiteral("summary.html");

// Every lower-case vowel with each of the six tones, the đ, and the same in capitals.
QString allTones()
{
    const QString lower = QStringLiteral(
        "a à á ả ã ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ e è é ẻ ẽ ẹ ê ề ế ể ễ ệ i ì í ỉ ĩ ị "
        "o ò ó ỏ õ ọ ô ồ ố ổ ỗ ộ ơ ờ ớ ở ỡ ợ u ù ú ủ ũ ụ ư ừ ứ ử ữ ự y ỳ ý ỷ ỹ ỵ đ");
    return lower + QLatin1Char('\n') + lower.toUpper();
}

QVariantMap person(const QString &name)
{
    return {{QStringLiteral("name"), name}};
}

} // namespace

class TestTemplateEngine : public QObject
{
    Q_OBJECT

private slots:
    void renders_data();
    void renders();
    void errorsNameFileAndLine_data();
    void errorsNameFileAndLine();
    void brokenTemplateGivesNoOutput();
    void parsedTemplateRendersIndependently();
    void largeListRendersEveryRow();
};

void TestTemplateEngine::renders_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QVariantMap>("data");
    QTest::addColumn<QString>("expected");

    const QString html = QStringLiteral("<p align=\"center\">Kính gửi: Ban Thường vụ & các "
                                        "đồng chí</p>\n<br/>'x' {x} }} {");
    QTest::newRow("plain text untouched") << html << QVariantMap() << html;
    QTest::newRow("empty template") << QString() << QVariantMap() << QString();

    const QVariantMap markup {{QStringLiteral("x"), QStringLiteral("<b>\"Tom\" & 'Jerry'</b>")}};
    QTest::newRow("escaped field")
        << QStringLiteral("[{{x}}]") << markup
        << QStringLiteral("[&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;]");
    QTest::newRow("escaped less than")
        << QStringLiteral("{{x}}") << QVariantMap {{QStringLiteral("x"), QStringLiteral("<")}}
        << QStringLiteral("&lt;");
    QTest::newRow("escaped greater than")
        << QStringLiteral("{{x}}") << QVariantMap {{QStringLiteral("x"), QStringLiteral(">")}}
        << QStringLiteral("&gt;");
    QTest::newRow("escaped ampersand")
        << QStringLiteral("{{x}}") << QVariantMap {{QStringLiteral("x"), QStringLiteral("&")}}
        << QStringLiteral("&amp;");
    QTest::newRow("escaped double quote")
        << QStringLiteral("{{x}}") << QVariantMap {{QStringLiteral("x"), QStringLiteral("\"")}}
        << QStringLiteral("&quot;");
    QTest::newRow("escaped single quote")
        << QStringLiteral("{{x}}") << QVariantMap {{QStringLiteral("x"), QStringLiteral("'")}}
        << QStringLiteral("&#39;");
    QTest::newRow("already escaped text is escaped again")
        << QStringLiteral("{{x}}") << QVariantMap {{QStringLiteral("x"), QStringLiteral("&amp;")}}
        << QStringLiteral("&amp;amp;");
    QTest::newRow("triple braces raw")
        << QStringLiteral("[{{{x}}}]") << markup << QStringLiteral("[<b>\"Tom\" & 'Jerry'</b>]");
    QTest::newRow("ampersand raw")
        << QStringLiteral("[{{&x}}]") << markup << QStringLiteral("[<b>\"Tom\" & 'Jerry'</b>]");
    QTest::newRow("ampersand raw with spaces")
        << QStringLiteral("[{{& x }}]") << markup << QStringLiteral("[<b>\"Tom\" & 'Jerry'</b>]");
    QTest::newRow("spaces inside the braces")
        << QStringLiteral("{{ x }}|{{{ x }}}") << markup
        << QStringLiteral("&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;|"
                          "<b>\"Tom\" & 'Jerry'</b>");

    QTest::newRow("Vietnamese tones in text and field")
        << allTones() + QStringLiteral("|{{x}}|{{{x}}}")
        << QVariantMap {{QStringLiteral("x"), allTones()}}
        << allTones() + QLatin1Char('|') + allTones() + QLatin1Char('|') + allTones();
    QTest::newRow("Vietnamese field name")
        << QStringLiteral("Nơi nhận: {{nơi_nhận}}")
        << QVariantMap {{QStringLiteral("nơi_nhận"), QStringLiteral("Lưu Văn phòng Tỉnh ủy.")}}
        << QStringLiteral("Nơi nhận: Lưu Văn phòng Tỉnh ủy.");

    QTest::newRow("numbers") << QStringLiteral(
        "{{count}} đảng viên, {{share}}%, {{big}}, {{negative}}")
                             << QVariantMap {{QStringLiteral("count"), 2611},
                                    {QStringLiteral("share"), 12.5},
                                    {QStringLiteral("big"), qlonglong(1234567890123)},
                                    {QStringLiteral("negative"), -3}}
                             << QStringLiteral("2611 đảng viên, 12.5%, 1234567890123, -3");

    // Units, each with its people: the person's "name" shadows the unit's, the unit's "code"
    // and the top-level "title" stay visible inside the inner rows.
    const QVariantMap units {{QStringLiteral("title"), QStringLiteral("Hội nghị")},
        {QStringLiteral("name"), QStringLiteral("TOP")},
        {QStringLiteral("units"),
            QVariantList {
                QVariantMap {{QStringLiteral("name"), QStringLiteral("Huyện ủy Định Hóa")},
                    {QStringLiteral("code"), QStringLiteral("HU")},
                    {QStringLiteral("people"),
                        QVariantList {person(QStringLiteral("Nguyễn Văn A")),
                            person(QStringLiteral("Trần Thị B"))}}},
                QVariantMap {{QStringLiteral("name"), QStringLiteral("Đảng ủy Khối")},
                    {QStringLiteral("code"), QStringLiteral("ĐU")},
                    {QStringLiteral("people"),
                        QVariantList {person(QStringLiteral("Lê Văn C"))}}}}}};
    QTest::newRow("nested sections")
        << QStringLiteral("{{name}}:{{#units}}[{{name}}/{{code}}:"
                          "{{#people}}({{name}}, {{code}}, {{title}}){{/people}}"
                          "{{name}}]{{/units}}{{name}}")
        << units
        << QStringLiteral("TOP:[Huyện ủy Định Hóa/HU:(Nguyễn Văn A, HU, Hội nghị)"
                          "(Trần Thị B, HU, Hội nghị)Huyện ủy Định Hóa]"
                          "[Đảng ủy Khối/ĐU:(Lê Văn C, ĐU, Hội nghị)Đảng ủy Khối]TOP");

    const QStringList recipients {QStringLiteral("Ban Thường vụ Tỉnh ủy,"),
        QStringLiteral("<Các huyện ủy>,"), QStringLiteral("Lưu Văn phòng Tỉnh ủy.")};
    QTest::newRow("string list with dot")
        << QStringLiteral("{{#rows}}- {{.}}\n{{/rows}}")
        << QVariantMap {{QStringLiteral("rows"), recipients}}
        << QStringLiteral("- Ban Thường vụ Tỉnh ủy,\n- &lt;Các huyện ủy&gt;,\n"
                          "- Lưu Văn phòng Tỉnh ủy.\n");
    QTest::newRow("variant list of strings with raw dot")
        << QStringLiteral("{{#rows}}<li>{{{.}}}</li>{{/rows}}")
        << QVariantMap {{QStringLiteral("rows"),
               QVariantList {QStringLiteral("<i>a</i>"), QStringLiteral("b")}}}
        << QStringLiteral("<li><i>a</i></li><li>b</li>");
    QTest::newRow("list of numbers with dot and outer field")
        << QStringLiteral("{{#rows}}{{.}}{{unit}} {{/rows}}")
        << QVariantMap {{QStringLiteral("rows"), QVariantList {1, 2, 3}},
               {QStringLiteral("unit"), QStringLiteral("%")}}
        << QStringLiteral("1% 2% 3% ");

    QTest::newRow("empty list hides the section")
        << QStringLiteral("A{{#rows}}x{{missing}}{{/rows}}B")
        << QVariantMap {{QStringLiteral("rows"), QVariantList()}} << QStringLiteral("AB");
    QTest::newRow("empty string list hides the section")
        << QStringLiteral("A{{#rows}}x{{/rows}}B")
        << QVariantMap {{QStringLiteral("rows"), QStringList()}} << QStringLiteral("AB");
    QTest::newRow("false hides the section")
        << QStringLiteral("A{{#flag}}x{{/flag}}B") << QVariantMap {{QStringLiteral("flag"), false}}
        << QStringLiteral("AB");
    QTest::newRow("empty string hides the section")
        << QStringLiteral("A{{#venue}}, tại {{venue}}{{/venue}}B")
        << QVariantMap {{QStringLiteral("venue"), QString()}} << QStringLiteral("AB");
    QTest::newRow("true shows once") << QStringLiteral("A{{#flag}}x{{title}}{{/flag}}B")
                                     << QVariantMap {{QStringLiteral("flag"), true},
                                            {QStringLiteral("title"), QStringLiteral("!")}}
                                     << QStringLiteral("Ax!B");
    QTest::newRow("non-empty string shows once")
        << QStringLiteral("{{#venue}}, tại {{venue}}{{/venue}}.")
        << QVariantMap {{QStringLiteral("venue"), QStringLiteral("Hội trường 19-5")}}
        << QStringLiteral(", tại Hội trường 19-5.");
    QTest::newRow("map as section")
        << QStringLiteral("{{#signer}}{{authority}} — {{name}} ({{place}}){{/signer}}")
        << QVariantMap {{QStringLiteral("signer"),
                            QVariantMap {
                                {QStringLiteral("authority"), QStringLiteral("T/M BAN THƯỜNG VỤ")},
                                {QStringLiteral("name"), QStringLiteral("Đỗ Trọng Hưng")}}},
               {QStringLiteral("place"), QStringLiteral("Thanh Hóa")}}
        << QStringLiteral("T/M BAN THƯỜNG VỤ — Đỗ Trọng Hưng (Thanh Hóa)");

    const QString inverted = QStringLiteral("A{{^rows}}none{{/rows}}B");
    QTest::newRow("inverted: empty list")
        << inverted << QVariantMap {{QStringLiteral("rows"), QVariantList()}}
        << QStringLiteral("AnoneB");
    QTest::newRow("inverted: empty string list")
        << inverted << QVariantMap {{QStringLiteral("rows"), QStringList()}}
        << QStringLiteral("AnoneB");
    QTest::newRow("inverted: false")
        << inverted << QVariantMap {{QStringLiteral("rows"), false}} << QStringLiteral("AnoneB");
    QTest::newRow("inverted: empty string")
        << inverted << QVariantMap {{QStringLiteral("rows"), QString()}}
        << QStringLiteral("AnoneB");
    QTest::newRow("inverted: declared without a value")
        << inverted << QVariantMap {{QStringLiteral("rows"), QVariant()}}
        << QStringLiteral("AnoneB");
    QTest::newRow("inverted: declared as null text")
        << inverted
        << QVariantMap {{QStringLiteral("rows"), QVariant(QMetaType(QMetaType::QString), nullptr)}}
        << QStringLiteral("AnoneB");
    QTest::newRow("inverted: list with a row")
        << inverted << QVariantMap {{QStringLiteral("rows"), QVariantList {1}}}
        << QStringLiteral("AB");
    QTest::newRow("inverted: true")
        << inverted << QVariantMap {{QStringLiteral("rows"), true}} << QStringLiteral("AB");
    QTest::newRow("inverted: text")
        << inverted << QVariantMap {{QStringLiteral("rows"), QStringLiteral("x")}}
        << QStringLiteral("AB");
    QTest::newRow("inverted: map")
        << inverted
        << QVariantMap {{QStringLiteral("rows"), QVariantMap {{QStringLiteral("a"), 1}}}}
        << QStringLiteral("AB");
    QTest::newRow("section and inverted side by side")
        << QStringLiteral("{{#rows}}{{.}}; {{/rows}}{{^rows}}Không có.{{/rows}}")
        << QVariantMap {{QStringLiteral("rows"), QStringList {QStringLiteral("a")}}}
        << QStringLiteral("a; ");
    QTest::newRow("last row without separator")
        << QStringLiteral("{{#rows}}{{name}}{{^last}}, {{/last}}{{/rows}}")
        << QVariantMap {{QStringLiteral("rows"),
               QVariantList {QVariantMap {{QStringLiteral("name"), QStringLiteral("A")},
                                 {QStringLiteral("last"), false}},
                   QVariantMap {{QStringLiteral("name"), QStringLiteral("B")},
                       {QStringLiteral("last"), true}}}}}
        << QStringLiteral("A, B");

    QTest::newRow("comment removed") << QStringLiteral("a{{! ghi chú: <b>không in</b> }}b")
                                     << QVariantMap() << QStringLiteral("ab");
    QTest::newRow("multi-line comment removed")
        << QStringLiteral("a{{! dòng 1\ndòng 2\n}}b") << QVariantMap() << QStringLiteral("ab");
    QTest::newRow("multi-line template")
        << QStringLiteral("<p>{{a}}</p>\n\n{{#rows}}<li>{{.}}</li>\n{{/rows}}<p>{{b}}</p>\r\n")
        << QVariantMap {{QStringLiteral("a"), QStringLiteral("Một")},
               {QStringLiteral("b"), QStringLiteral("Hai")},
               {QStringLiteral("rows"), QStringList {QStringLiteral("x"), QStringLiteral("y")}}}
        << QStringLiteral("<p>Một</p>\n\n<li>x</li>\n<li>y</li>\n<p>Hai</p>\r\n");
}

void TestTemplateEngine::renders()
{
    QFETCH(QString, source);
    QFETCH(QVariantMap, data);
    QFETCH(QString, expected);

    QString error;
    const auto output = TemplateEngine::render(source, fileName, data, &error);
    QVERIFY2(output, qPrintable(error));
    QCOMPARE(*output, expected);
    QVERIFY(error.isEmpty());
}

void TestTemplateEngine::errorsNameFileAndLine_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QVariantMap>("data");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<int>("line");

    QTest::newRow("unknown field") << QStringLiteral("Kính gửi {{nguoi_nhan}}") << QVariantMap()
                                   << QStringLiteral("there is no field “nguoi_nhan”.") << 1;
    QTest::newRow("misspelt field next to a known one")
        << QStringLiteral("{{title}}\n{{tilte}}")
        << QVariantMap {{QStringLiteral("title"), QStringLiteral("x")}}
        << QStringLiteral("there is no field “tilte”.") << 2;
    QTest::newRow("unknown field inside a row")
        << QStringLiteral("{{#rows}}\n<li>{{name}}</li>\n<li>{{rank}}</li>{{/rows}}")
        << QVariantMap {{QStringLiteral("rows"), QVariantList {person(QStringLiteral("A"))}}}
        << QStringLiteral("there is no field “rank”.") << 3;
    QTest::newRow("unknown raw field") << QStringLiteral("\n{{{body}}}") << QVariantMap()
                                       << QStringLiteral("there is no field “body”.") << 2;
    QTest::newRow("unknown section") << QStringLiteral("{{#rows}}x{{/rows}}") << QVariantMap()
                                     << QStringLiteral("there is no field “rows”.") << 1;
    QTest::newRow("unclosed section")
        << QStringLiteral("<p>\n{{#rows}}\n{{.}}\n</p>") << QVariantMap()
        << QStringLiteral("The section “rows” is never closed.") << 2;
    QTest::newRow("close without open")
        << QStringLiteral("a\nb{{/rows}}") << QVariantMap()
        << QStringLiteral("“{{/rows}}” closes a section that was never opened.") << 2;
    QTest::newRow("mismatched close")
        << QStringLiteral("{{#units}}\n{{#people}}\n{{/units}}{{/people}}") << QVariantMap()
        << QStringLiteral("“{{/units}}” closes “people”, opened on line 2.") << 3;
    QTest::newRow("unterminated braces") << QStringLiteral("a\n{{name") << QVariantMap()
                                         << QStringLiteral("“{{” is not closed by “}}”.") << 2;
    QTest::newRow("unterminated triple braces")
        << QStringLiteral("{{{name}}") << QVariantMap()
        << QStringLiteral("“{{” is not closed by “}}}”.") << 1;
    QTest::newRow("name with a space") << QStringLiteral("{{a b}}") << QVariantMap()
                                       << QStringLiteral("“a b” is not a field name.") << 1;
    QTest::newRow("empty name") << QStringLiteral("x\n\n{{}}") << QVariantMap()
                                << QStringLiteral("“” is not a field name.") << 3;
    QTest::newRow("section without a name") << QStringLiteral("{{#}}") << QVariantMap()
                                            << QStringLiteral("“#” is not a field name.") << 1;
    QTest::newRow("error on line 3")
        << QStringLiteral("Dòng một\nDòng hai {{a}}\nDòng ba {{b.c}}") << QVariantMap()
        << QStringLiteral("“b.c” is not a field name.") << 3;
    QTest::newRow("line counted after a multi-line comment")
        << QStringLiteral("{{! một\nhai\n}}\n{{x}}") << QVariantMap()
        << QStringLiteral("there is no field “x”.") << 4;
    QTest::newRow("line counted after a multi-line section")
        << QStringLiteral("{{#rows}}\n{{.}}\n{{/rows}}\n\n{{y}}")
        << QVariantMap {{QStringLiteral("rows"), QStringList {QStringLiteral("a")}}}
        << QStringLiteral("there is no field “y”.") << 5;
    QTest::newRow("Windows line ends") << QStringLiteral("a\r\nb\r\n{{x}}") << QVariantMap()
                                       << QStringLiteral("there is no field “x”.") << 3;
}

void TestTemplateEngine::errorsNameFileAndLine()
{
    QFETCH(QString, source);
    QFETCH(QVariantMap, data);
    QFETCH(QString, fragment);
    QFETCH(int, line);

    QString error;
    const auto output = TemplateEngine::render(source, fileName, data, &error);
    QVERIFY2(!output, qPrintable(output.value_or(QString())));
    const QString where = QStringLiteral("Template summary.html, line %1: ").arg(line);
    QVERIFY2(error.startsWith(where), qPrintable(error));
    QVERIFY2(error.contains(fragment), qPrintable(error));
}

void TestTemplateEngine::brokenTemplateGivesNoOutput()
{
    // Broken while parsing: nothing at all.
    QString error;
    TemplateEngine engine;
    QVERIFY(!engine.parse(QStringLiteral("<p>Kính gửi</p>\n{{#rows}}"), fileName, &error));
    QCOMPARE(error,
        QStringLiteral("Template summary.html, line 2: "
                       "The section “rows” is never closed."));

    // Broken while rendering, after much has been written: no partial page either.
    error.clear();
    QVERIFY(engine.parse(QStringLiteral("<h1>{{title}}</h1>\n{{#rows}}<p>{{.}}</p>\n{{/rows}}"
                                        "<p>{{signer}}</p>"),
        fileName, &error));
    const QVariantMap data {{QStringLiteral("title"), QStringLiteral("THÔNG BÁO")},
        {QStringLiteral("rows"), QStringList {QStringLiteral("a"), QStringLiteral("b")}}};
    const auto output = engine.render(data, &error);
    QVERIFY2(!output, qPrintable(output.value_or(QString())));
    QCOMPARE(error, QStringLiteral("Template summary.html, line 3: there is no field “signer”."));

    error.clear();
    const auto once = TemplateEngine::render(
        QStringLiteral("a {{b}} c {{d}}"), fileName, {{QStringLiteral("b"), 1}}, &error);
    QVERIFY(!once);
    QVERIFY(error.contains(QStringLiteral("“d”")));
}

void TestTemplateEngine::parsedTemplateRendersIndependently()
{
    TemplateEngine engine;
    QString error;
    QVERIFY2(engine.parse(QStringLiteral("{{title}}:{{#rows}} {{.}}{{/rows}}"
                                         "{{^rows}} không có{{/rows}}"),
                 fileName, &error),
        qPrintable(error));

    const QVariantMap first {{QStringLiteral("title"), QStringLiteral("Hội nghị A")},
        {QStringLiteral("rows"), QStringList {QStringLiteral("x"), QStringLiteral("y")}}};
    const QVariantMap second {{QStringLiteral("title"), QStringLiteral("Hội nghị B")},
        {QStringLiteral("rows"), QStringList()}};

    const auto a = engine.render(first, &error);
    QVERIFY2(a, qPrintable(error));
    QCOMPARE(*a, QStringLiteral("Hội nghị A: x y"));
    const auto b = engine.render(second, &error);
    QVERIFY2(b, qPrintable(error));
    QCOMPARE(*b, QStringLiteral("Hội nghị B: không có"));

    // A failed rendering leaves nothing behind for the next one.
    QVERIFY(!engine.render(QVariantMap(), &error));
    error.clear();
    const auto again = engine.render(first, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(*again, *a);
    QVERIFY(error.isEmpty());
}

void TestTemplateEngine::largeListRendersEveryRow()
{
    const int count = 50000;
    QVariantList rows;
    rows.reserve(count);
    for (int i = 1; i <= count; ++i) {
        rows << QVariantMap {{QStringLiteral("n"), i},
            {QStringLiteral("name"), QStringLiteral("Đảng viên %1").arg(i)}};
    }
    const QVariantMap data {
        {QStringLiteral("rows"), rows}, {QStringLiteral("unit"), QStringLiteral("Chi bộ 1")}};
    QString error;
    const auto output = TemplateEngine::render(
        QStringLiteral("<table>\n{{#rows}}<tr><td>{{n}}</td><td>{{name}}</td>"
                       "<td>{{unit}}</td></tr>\n{{/rows}}</table>"),
        fileName, data, &error);
    QVERIFY2(output, qPrintable(error));
    QCOMPARE(output->count(QStringLiteral("<tr>")), count);
    QCOMPARE(output->count(QLatin1Char('\n')), count + 1);
    QVERIFY(output->startsWith(
        QStringLiteral("<table>\n<tr><td>1</td><td>Đảng viên 1</td><td>Chi bộ 1</td></tr>\n")));
    QVERIFY(output->endsWith(QStringLiteral(
        "<tr><td>50000</td><td>Đảng viên 50000</td><td>Chi bộ 1</td></tr>\n</table>")));
}

QTEST_GUILESS_MAIN(TestTemplateEngine)
#include "tst_templateengine.moc"
