#include "commendationformeditor.h"
#include "ui_commendationformeditor.h"

#include "gui/common/choicedelegate.h"
#include "gui/common/documentactions.h"
#include "models/commendationformmodels.h"
#include "models/lookups.h"
#include "reports/certificates.h"
#include "reports/documentrenderer.h"
#include "reports/formatprofile.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QStyledItemDelegate>
#include <QMessageBox>

namespace {

const QString bodyField = QStringLiteral("issuing_body_id");
const QString bodyNameField = QStringLiteral("body_name");
const QString fieldField = QStringLiteral("field");
const QString contentField = QStringLiteral("content");
const char testPageKind[] = "commendation-form-test";

// The years a badge may mark (COMMENDATIONS.md): 30, 40, 45 … 90.
QList<Labels::Choice> badgeYears()
{
    QList<Labels::Choice> choices {
        {QString(), CommendationFormEditor::tr("(not a Party membership badge)")}};
    for (int years = 30; years <= 90; years += years == 30 ? 10 : 5)
        choices.append({QString::number(years), CommendationFormEditor::tr("%1 years").arg(years)});
    return choices;
}

// A number typed into a cell, the Vietnamese way (12,5) or with a point.
std::optional<double> number(const QVariant &value)
{
    bool ok = false;
    const double read
        = value.toString().trimmed().replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
    return ok ? std::optional<double>(read) : std::nullopt;
}

// A length or a size typed in a spin box of its range, the Vietnamese way (80,5).
class NumberDelegate : public QStyledItemDelegate
{
public:
    NumberDelegate(double minimum, double maximum, int decimals, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_minimum(minimum)
        , m_maximum(maximum)
        , m_decimals(decimals)
    { }

    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setRange(m_minimum, m_maximum);
        spin->setDecimals(m_decimals);
        spin->setFrame(false);
        return spin;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QDoubleSpinBox *>(editor)->setValue(
            number(index.data(Qt::EditRole)).value_or(m_minimum));
    }
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *spin = static_cast<QDoubleSpinBox *>(editor);
        spin->interpretText();
        model->setData(index, m_decimals == 0 ? QVariant(qRound(spin->value())) : spin->value());
    }

private:
    double m_minimum, m_maximum;
    int m_decimals;
};

} // namespace

CommendationFormEditor::CommendationFormEditor(Store *store, qint64 id, QWidget *parent)
    : RecordEditor(store, QStringLiteral("commendation_form"), id, parent)
    , m_ui(std::make_unique<Ui::CommendationFormEditor>())
    , m_authorities(CommendationFormModels::authorities(this))
    , m_fields(CommendationFormModels::fields(this))
{
    m_ui->setupUi(this);
    setWindowTitle(id ? tr("Edit form of commendation") : tr("New form of commendation"));
    m_ui->recipientsComboBox->setChoices(Labels::choices(Labels::Enum::FormRecipients));
    m_ui->badgeYearsComboBox->setChoices(badgeYears());
    m_ui->bodyComboBox->setItems(Lookups::issuingBodies(*store));

    bind(m_ui->nameLineEdit, "name");
    bind(m_ui->recipientsComboBox, "recipients");
    bind(m_ui->badgeYearsComboBox, "badge_years");
    bind(m_ui->widthSpinBox, "page_width_mm");
    bind(m_ui->heightSpinBox, "page_height_mm");
    bind(m_ui->notePlainTextEdit, "note");

    setUpRows(m_ui->authoritiesTableView, m_authorities);
    setUpRows(m_ui->fieldsTableView, m_fields);
    m_ui->fieldsTableView->setItemDelegateForColumn(
        m_fields->columnOf(fieldField), new ChoiceDelegate(Labels::Enum::CertificateField, this));
    m_ui->fieldsTableView->setItemDelegateForColumn(m_fields->columnOf(QStringLiteral("align")),
        new ChoiceDelegate(Labels::Enum::TextAlign, this));
    const std::tuple<const char *, double, double, int> numbers[]
        = {{"x_mm", 0, 1000, 1}, {"y_mm", 0, 1000, 1}, {"width_mm", 1, 1000, 1},
            {"font_pt", 6, 72, 1}, {"bold", 0, 1, 0}, {"italic", 0, 1, 0}};
    for (const auto &[column, minimum, maximum, decimals] : numbers)
        m_ui->fieldsTableView->setItemDelegateForColumn(m_fields->columnOf(QLatin1String(column)),
            new NumberDelegate(minimum, maximum, decimals, this));

    connect(m_ui->addAuthorityButton, &QPushButton::clicked, this,
        &CommendationFormEditor::addAuthority);
    connect(m_ui->removeAuthorityButton, &QPushButton::clicked, this,
        [this] { removeCurrentRow(m_ui->authoritiesTableView); });
    connect(m_ui->addFieldButton, &QPushButton::clicked, this, &CommendationFormEditor::addField);
    connect(m_ui->removeFieldButton, &QPushButton::clicked, this,
        [this] { removeCurrentRow(m_ui->fieldsTableView); });
    connect(
        m_ui->testPageButton, &QPushButton::clicked, this, &CommendationFormEditor::printTestPage);
    if (store->isReadOnly()) {
        for (QPushButton *button : {m_ui->addAuthorityButton, m_ui->removeAuthorityButton,
                 m_ui->addFieldButton, m_ui->removeFieldButton})
            button->setEnabled(false);
    }
    finishSetup(m_ui->buttonBox, m_ui->messageLabel, m_ui->tabWidget);
    setInitialValues({{QStringLiteral("recipients"), QStringLiteral("both")},
        {QStringLiteral("page_width_mm"), 297}, {QStringLiteral("page_height_mm"), 210}});
}

CommendationFormEditor::~CommendationFormEditor()
{
    // A cell still being edited is committed when the window goes: nothing here may hear it.
    for (QObject *rows : {static_cast<QObject *>(m_authorities), static_cast<QObject *>(m_fields)})
        disconnect(rows, nullptr, this, nullptr);
}

void CommendationFormEditor::loaded()
{
    m_authorities->load(*store(), recordId());
    m_fields->load(*store(), recordId());
    // Columns as wide as what they usually hold (and their headings), whatever the language.
    QTableView *view = m_ui->fieldsTableView;
    const QFontMetrics metrics = view->fontMetrics();
    for (int column = 0; column < m_fields->columnCount(); ++column) {
        int width
            = metrics.horizontalAdvance(m_fields->headerData(column, Qt::Horizontal).toString());
        QStringList samples;
        if (column == m_fields->columnOf(fieldField)) {
            for (const Labels::Choice &choice : Labels::choices(Labels::Enum::CertificateField))
                samples << choice.label;
        } else if (column == m_fields->columnOf(QStringLiteral("align"))) {
            for (const Labels::Choice &choice : Labels::choices(Labels::Enum::TextAlign))
                samples << choice.label;
        } else {
            samples << QStringLiteral("000,0");
        }
        for (const QString &sample : std::as_const(samples))
            width = qMax(width, metrics.horizontalAdvance(sample));
        view->setColumnWidth(column, qMin(width + 32, 320));
    }
    m_ui->authoritiesTableView->horizontalHeader()->setStretchLastSection(true);
}

bool CommendationFormEditor::saveChildren(qint64 id, const ChildRowsModel::Resolver &resolve,
    QString *error, std::optional<ChildRowsModel::Conflict> *conflict)
{
    return m_authorities->save(*store(), id, resolve, error, conflict)
        && m_fields->save(*store(), id, resolve, error, conflict);
}

bool CommendationFormEditor::childrenDirty() const
{
    return m_authorities->isDirty() || m_fields->isDirty();
}

void CommendationFormEditor::rebaseChildren()
{
    m_authorities->rebase(*store(), recordId());
    m_fields->rebase(*store(), recordId());
}

void CommendationFormEditor::addAuthority()
{
    const QVariant body = m_ui->bodyComboBox->value();
    if (body.isNull())
        return;
    for (int row = 0; row < m_authorities->rowCount(); ++row) {
        if (m_authorities->row(row).value(bodyField).toLongLong() == body.toLongLong()) {
            m_ui->authoritiesTableView->setCurrentIndex(m_authorities->index(row, 0));
            return;
        }
    }
    m_authorities->appendRow(
        {{bodyField, body}, {bodyNameField, m_ui->bodyComboBox->currentText()}});
    m_ui->authoritiesTableView->setCurrentIndex(
        m_authorities->index(m_authorities->rowCount() - 1, 0));
}

void CommendationFormEditor::addField()
{
    // A line of fixed text under the last field, as wide as it, to move where it belongs.
    QVariantMap row {{fieldField, QStringLiteral("text")}, {QStringLiteral("x_mm"), 38},
        {QStringLiteral("y_mm"), 60}, {QStringLiteral("width_mm"), 221},
        {QStringLiteral("font_pt"), 14}, {QStringLiteral("bold"), 0}, {QStringLiteral("italic"), 0},
        {QStringLiteral("align"), QStringLiteral("center")}};
    if (m_fields->rowCount() > 0) {
        const QVariantMap last = m_fields->row(m_fields->rowCount() - 1);
        for (const char *copied : {"x_mm", "width_mm", "font_pt"})
            row.insert(QLatin1String(copied), last.value(QLatin1String(copied)));
        row.insert(QStringLiteral("y_mm"),
            qMin(number(last.value(QStringLiteral("y_mm"))).value_or(50) + 8,
                double(m_ui->heightSpinBox->value() - 15)));
    }
    m_fields->appendRow(row);
    const QModelIndex content
        = m_fields->index(m_fields->rowCount() - 1, m_fields->columnOf(contentField));
    m_ui->tabWidget->setCurrentWidget(m_ui->fieldsTab);
    m_ui->fieldsTableView->setCurrentIndex(content);
    m_ui->fieldsTableView->edit(content);
}

void CommendationFormEditor::printTestPage()
{
    // The page shows the layout as stored: what is typed is saved first.
    if ((recordId() == 0 || isDirty()) && !save())
        return;
    DocumentActions::preview(*store(), {QLatin1String(testPageKind), recordId()}, this);
}

bool CommendationFormEditor::validate(QString *sentence, QWidget **focus) const
{
    const auto fail = [&](const QString &text, QWidget *widget) {
        *sentence = text;
        *focus = widget;
        return false;
    };
    const QString name = m_ui->nameLineEdit->text().trimmed();
    if (name.isEmpty())
        return fail(tr("Enter the name of the form, e.g. Bằng khen."), m_ui->nameLineEdit);
    const auto failRow = [&](int row, const QString &column, const QString &text) {
        m_ui->tabWidget->setCurrentWidget(m_ui->fieldsTab);
        m_ui->fieldsTableView->setCurrentIndex(m_fields->index(row, m_fields->columnOf(column)));
        return fail(text, m_ui->fieldsTableView);
    };
    Certificates::Form form;
    form.name = name;
    form.sizeMm = QSizeF(m_ui->widthSpinBox->value(), m_ui->heightSpinBox->value());
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        const QVariantMap values = m_fields->row(row);
        Certificates::Field field;
        field.field = values.value(fieldField).toString();
        const QString label = Labels::label(Labels::Enum::CertificateField, field.field);
        field.content = values.value(contentField).toString().trimmed();
        if (field.field == QLatin1String("text") && field.content.isEmpty())
            return failRow(
                row, contentField, tr("Field %1 prints fixed text: enter the text.").arg(row + 1));
        const std::pair<const char *, double *> numbers[] = {{"x_mm", &field.xMm},
            {"y_mm", &field.yMm}, {"width_mm", &field.widthMm}, {"font_pt", &field.fontPt}};
        for (const auto &[column, target] : numbers) {
            const auto read = number(values.value(QLatin1String(column)));
            if (!read)
                return failRow(row, QLatin1String(column),
                    tr("Field %1 (%2): “%3” is not a number.")
                        .arg(row + 1)
                        .arg(label, values.value(QLatin1String(column)).toString()));
            *target = *read;
        }
        if (field.xMm < 0 || field.yMm < 0)
            return failRow(row, QStringLiteral("x_mm"),
                tr("Field %1 (%2): its place is measured from the sheet's top left corner, so "
                   "it cannot be negative.")
                    .arg(row + 1)
                    .arg(label));
        if (field.widthMm <= 0)
            return failRow(row, QStringLiteral("width_mm"),
                tr("Field %1 (%2) needs a width greater than 0 mm.").arg(row + 1).arg(label));
        if (field.fontPt < 6 || field.fontPt > 72)
            return failRow(row, QStringLiteral("font_pt"),
                tr("Field %1 (%2): the font size is between 6 and 72 pt.").arg(row + 1).arg(label));
        for (const char *flag : {"bold", "italic"}) {
            const QString typed = values.value(QLatin1String(flag)).toString().trimmed();
            if (!typed.isEmpty() && typed != QLatin1String("0") && typed != QLatin1String("1"))
                return failRow(row, QLatin1String(flag),
                    tr("Field %1 (%2): write 1 for yes, 0 for no.").arg(row + 1).arg(label));
        }
        field.align = values.value(QStringLiteral("align")).toString();
        form.fields << field;
    }
    QString error;
    const auto font
        = DocumentRenderer::resolveFont(FormatProfile::load(*store()).fontFamily, &error);
    int row = -1;
    const QString problem = font ? Certificates::layoutProblem(form, *font, &row) : QString();
    if (!problem.isEmpty())
        return failRow(row, QStringLiteral("x_mm"), problem);
    return true;
}
