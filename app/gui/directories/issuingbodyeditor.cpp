#include "issuingbodyeditor.h"
#include "ui_issuingbodyeditor.h"

#include "core/clock.h"
#include "gui/common/datelineedit.h"
#include "gui/common/valuecombobox.h"
#include "models/issuingbodymodels.h"
#include "models/lookups.h"
#include "reports/reports.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QShortcut>
#include <QStyledItemDelegate>

#include <algorithm>
#include <functional>

namespace {

const QString nameField = QStringLiteral("name");
const QString startsField = QStringLiteral("starts_on");
const QString endsField = QStringLiteral("ends_on");
const QString kindField = QStringLiteral("report_kind");
const QString authorityField = QStringLiteral("authority");
const QString titleField = QStringLiteral("title");
const QString signerField = QStringLiteral("signer_name");
const QString recipientsField = QStringLiteral("recipients");

QDate isoDate(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

// A term's row: its dates as a secretary reads them (27/05/2024) and types them; the term that
// holds today in bold.
class TermDelegate : public QStyledItemDelegate
{
public:
    TermDelegate(std::function<int()> currentRow, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_currentRow(std::move(currentRow))
    { }

    static bool isDate(const QModelIndex &index) { return index.column() > 0; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override
    {
        if (!isDate(index))
            return QStyledItemDelegate::createEditor(parent, option, index);
        return new DateLineEdit(parent);
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *date = qobject_cast<DateLineEdit *>(editor))
            date->setValue(index.data(Qt::EditRole));
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *date = qobject_cast<DateLineEdit *>(editor))
            model->setData(index, date->value());
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (isDate(index)) {
            const QDate date = isoDate(index.data(Qt::EditRole));
            if (date.isValid())
                option->text = VietnameseText::formDate(date);
        }
        if (index.row() == m_currentRow())
            option->font.setBold(true);
    }

private:
    std::function<int()> m_currentRow;
};

// The kind of document a signer signs, as its title ("Giấy mời…"), chosen from the kinds.
class KindDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new ValueComboBox(parent);
        QList<Labels::Choice> choices {
            {QStringLiteral(""), IssuingBodyEditor::kindLabel(QString())}};
        for (const QString &kind : Reports::kinds())
            choices.append({kind, IssuingBodyEditor::kindLabel(kind)});
        combo->setChoices(choices);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<ValueComboBox *>(editor);
        const QSignalBlocker blocker(combo);
        combo->setValue(index.data(Qt::EditRole).toString());
    }
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<ValueComboBox *>(editor)->value().toString());
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->features |= QStyleOptionViewItem::HasDisplay;
        option->text = IssuingBodyEditor::kindLabel(index.data(Qt::EditRole).toString());
    }
};

// The signature block prints the authority and the title in capitals: they are typed so.
class CapitalsDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *edit = new QLineEdit(parent);
        QObject::connect(edit, &QLineEdit::textEdited, edit, [edit](const QString &text) {
            const QString upper = text.toUpper();
            if (upper != text) {
                const int cursor = edit->cursorPosition();
                edit->setText(upper);
                edit->setCursorPosition(cursor);
            }
        });
        return edit;
    }
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QLineEdit *>(editor)->text().toUpper());
    }
};

} // namespace

IssuingBodyEditor::IssuingBodyEditor(Store *store, qint64 id, QWidget *parent)
    : RecordEditor(store, QStringLiteral("issuing_body"), id, parent)
    , m_ui(std::make_unique<Ui::IssuingBodyEditor>())
    , m_terms(IssuingBodyModels::terms(this))
    , m_signers(IssuingBodyModels::signers(this))
{
    m_ui->setupUi(this);
    setWindowTitle(id ? tr("Edit issuing body") : tr("New issuing body"));
    m_ui->numberingComboBox->setChoices(Labels::choices(Labels::Enum::Numbering));
    m_ui->unitComboBox->setItems(Lookups::units(*store), tr("(no unit)"));

    bind(m_ui->nameLineEdit, "name");
    bind(m_ui->superiorLineEdit, "superior_line");
    bind(m_ui->issuingLineEdit, "issuing_line");
    bind(m_ui->placeNameLineEdit, "place_name");
    bind(m_ui->issuerCodeLineEdit, "issuer_code");
    bind(m_ui->unitComboBox, "unit_id");
    bind(m_ui->numberingComboBox, "numbering");
    bind(m_ui->defaultCheckBox, "is_default");
    bind(m_ui->closedOnDateEdit, "closed_on");
    bind(m_ui->notePlainTextEdit, "note");
    for (QLineEdit *edit :
        {m_ui->superiorLineEdit, m_ui->issuingLineEdit, m_ui->issuerCodeLineEdit})
        capitalize(edit);
    // The preview looks like the paper: black on white, in the documents' serif face.
    QLabel *preview = m_ui->headerPreviewLabel;
    preview->setBackgroundRole(QPalette::Base);
    preview->setForegroundRole(QPalette::Text);
    QFont serif(QStringLiteral("Times New Roman"));
    serif.setStyleHint(QFont::Serif);
    serif.setPointSizeF(preview->font().pointSizeF() * 1.1);
    preview->setFont(serif);
    for (QLineEdit *edit : {m_ui->superiorLineEdit, m_ui->issuingLineEdit, m_ui->placeNameLineEdit,
             m_ui->issuerCodeLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &IssuingBodyEditor::updatePreview);

    setUpRows(m_ui->termsTableView, m_terms);
    setUpRows(m_ui->signersTableView, m_signers);
    // The signers stay in the order they are listed in; Alt+Up and Alt+Down move one.
    for (const auto &[key, step] : {std::pair {Qt::Key_Up, -1}, {Qt::Key_Down, 1}}) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | key), m_ui->signersTableView, nullptr,
            nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, step = step] { moveSigner(step); });
    }
    m_ui->termsTableView->setItemDelegate(new TermDelegate([this] { return m_currentTerm; }, this));
    m_ui->signersTableView->setItemDelegateForColumn(
        m_signers->columnOf(kindField), new KindDelegate(this));
    auto *capitals = new CapitalsDelegate(this);
    m_ui->signersTableView->setItemDelegateForColumn(m_signers->columnOf(authorityField), capitals);
    m_ui->signersTableView->setItemDelegateForColumn(m_signers->columnOf(titleField), capitals);
    // The recipients, one per line, are written in the field under the table.
    m_ui->signersTableView->setColumnHidden(m_signers->columnOf(recipientsField), true);
    connect(m_terms, &QAbstractItemModel::dataChanged, this, &IssuingBodyEditor::updateCurrentTerm);
    connect(
        m_terms, &QAbstractItemModel::rowsInserted, this, &IssuingBodyEditor::updateCurrentTerm);
    connect(m_terms, &QAbstractItemModel::rowsRemoved, this, &IssuingBodyEditor::updateCurrentTerm);
    connect(m_terms, &QAbstractItemModel::modelReset, this, &IssuingBodyEditor::updateCurrentTerm);
    connect(m_ui->signersTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &IssuingBodyEditor::showRecipients);
    connect(m_signers, &QAbstractItemModel::modelReset, this, &IssuingBodyEditor::showRecipients);
    connect(m_signers, &QAbstractItemModel::rowsRemoved, this, &IssuingBodyEditor::showRecipients);
    connect(m_ui->recipientsPlainTextEdit, &QPlainTextEdit::textChanged, this,
        &IssuingBodyEditor::takeRecipients);

    connect(m_ui->addTermButton, &QPushButton::clicked, this, &IssuingBodyEditor::addTerm);
    connect(m_ui->removeTermButton, &QPushButton::clicked, this,
        [this] { removeCurrentRow(m_ui->termsTableView); });
    connect(m_ui->addSignerButton, &QPushButton::clicked, this, &IssuingBodyEditor::addSigner);
    connect(m_ui->moveSignerUpButton, &QPushButton::clicked, this, [this] { moveSigner(-1); });
    connect(m_ui->moveSignerDownButton, &QPushButton::clicked, this, [this] { moveSigner(1); });
    connect(m_ui->removeSignerButton, &QPushButton::clicked, this,
        [this] { removeCurrentRow(m_ui->signersTableView); });
    if (store->isReadOnly()) {
        for (QPushButton *button :
            {m_ui->addTermButton, m_ui->removeTermButton, m_ui->addSignerButton,
                m_ui->moveSignerUpButton, m_ui->moveSignerDownButton, m_ui->removeSignerButton})
            button->setEnabled(false);
        m_ui->recipientsPlainTextEdit->setReadOnly(true);
    }
    finishSetup(m_ui->buttonBox, m_ui->messageLabel, m_ui->tabWidget);
    setInitialValues(
        {{QStringLiteral("numbering"), QStringLiteral("term")}, {QStringLiteral("is_default"), 0}});
    updatePreview();
}

IssuingBodyEditor::~IssuingBodyEditor()
{
    // A cell still being edited is committed when the window goes: nothing here may hear it.
    for (QObject *rows : {static_cast<QObject *>(m_terms), static_cast<QObject *>(m_signers)})
        disconnect(rows, nullptr, this, nullptr);
}

QString IssuingBodyEditor::kindLabel(const QString &kind)
{
    return kind.isEmpty() ? tr("Every other kind") : Reports::kindTitle(kind);
}

bool IssuingBodyEditor::isPartyAuthority(const QString &authority, QString *sentence)
{
    // As the format profile checks its own: the state's abbreviations with a dot.
    static const QRegularExpression stateStyle(
        QStringLiteral("^(TM|KT|TL)\\.(\\s|$)"), QRegularExpression::CaseInsensitiveOption);
    const QString typed = authority.trimmed();
    if (stateStyle.match(typed).hasMatch()) {
        *sentence = tr("“%1” is how state documents sign; Party documents write T/M, K/T or T/L.")
                        .arg(typed);
        return false;
    }
    return true;
}

void IssuingBodyEditor::capitalize(QLineEdit *edit)
{
    connect(edit, &QLineEdit::textEdited, this, [edit](const QString &text) {
        const QString upper = text.toUpper();
        if (upper != text) {
            const int cursor = edit->cursorPosition();
            edit->setText(upper);
            edit->setCursorPosition(cursor);
        }
    });
}

void IssuingBodyEditor::loaded()
{
    m_terms->load(*store(), recordId());
    m_signers->load(*store(), recordId());
    // Columns as wide as what they usually hold (and their headings), whatever the language.
    const auto widths = [](QTableView *view, const QList<QStringList> &samples) {
        const QFontMetrics metrics = view->fontMetrics();
        for (int column = 0; column < samples.size(); ++column) {
            int width = metrics.horizontalAdvance(
                view->model()->headerData(column, Qt::Horizontal).toString());
            for (const QString &sample : samples.at(column))
                width = qMax(width, metrics.horizontalAdvance(sample));
            view->setColumnWidth(column, qMin(width + 32, 380));
        }
    };
    QStringList kinds {kindLabel(QString())};
    for (const QString &kind : Reports::kinds())
        kinds << kindLabel(kind);
    const QString date = QStringLiteral("00/00/0000");
    widths(m_ui->termsTableView, {{QStringLiteral("Nhiệm kỳ 2020–2025")}, {date}, {date}});
    widths(m_ui->signersTableView,
        {kinds, {QStringLiteral("T/M BAN THƯỜNG VỤ")}, {QStringLiteral("CHÁNH VĂN PHÒNG")},
            {QStringLiteral("Nguyễn Thị Thanh Hằng")}});
    if (m_signers->rowCount() > 0)
        m_ui->signersTableView->setCurrentIndex(m_signers->index(0, 0));
    updateCurrentTerm();
    showRecipients();
    updatePreview();
}

bool IssuingBodyEditor::saveChildren(qint64 id, const ChildRowsModel::Resolver &resolve,
    QString *error, std::optional<ChildRowsModel::Conflict> *conflict)
{
    return m_terms->save(*store(), id, resolve, error, conflict)
        && m_signers->save(*store(), id, resolve, error, conflict);
}

bool IssuingBodyEditor::childrenDirty() const
{
    return m_terms->isDirty() || m_signers->isDirty();
}

void IssuingBodyEditor::rebaseChildren()
{
    m_terms->rebase(*store(), recordId());
    m_signers->rebase(*store(), recordId());
}

void IssuingBodyEditor::addTerm()
{
    // The next term begins the day after the last one ends.
    QVariantMap row {{nameField, QString()}};
    QDate latestEnd;
    for (const QVariantMap &term : m_terms->rows()) {
        const QDate end = isoDate(term.value(endsField));
        if (end.isValid() && (!latestEnd.isValid() || end > latestEnd))
            latestEnd = end;
    }
    if (latestEnd.isValid())
        row.insert(startsField, latestEnd.addDays(1).toString(Qt::ISODate));
    m_terms->appendRow(row);
    const QModelIndex name = m_terms->index(m_terms->rowCount() - 1, 0);
    m_ui->tabWidget->setCurrentWidget(m_ui->termsTab);
    m_ui->termsTableView->setCurrentIndex(name);
    m_ui->termsTableView->edit(name);
}

void IssuingBodyEditor::addSigner()
{
    // The first kind that has no signer yet: "every other kind" first, then each document.
    QStringList taken;
    for (const QVariantMap &signer : m_signers->rows())
        taken << signer.value(kindField).toString();
    QString kind;
    for (const QString &candidate : QStringList {QString()} + Reports::kinds()) {
        if (!taken.contains(candidate)) {
            kind = candidate;
            break;
        }
    }
    m_signers->appendRow({{kindField, kind.isNull() ? QStringLiteral("") : kind}});
    const QModelIndex authority
        = m_signers->index(m_signers->rowCount() - 1, m_signers->columnOf(authorityField));
    m_ui->tabWidget->setCurrentWidget(m_ui->signersTab);
    m_ui->signersTableView->setCurrentIndex(authority);
    m_ui->signersTableView->edit(authority);
}

void IssuingBodyEditor::moveSigner(int step)
{
    const QModelIndex current = m_ui->signersTableView->currentIndex();
    if (!current.isValid())
        return;
    const int to = current.row() + step;
    if (to < 0 || to >= m_signers->rowCount() || !m_signers->moveRow(current.row(), to))
        return;
    m_ui->signersTableView->setCurrentIndex(m_signers->index(to, current.column()));
}

int IssuingBodyEditor::termOn(const QDate &day) const
{
    for (int row = 0; row < m_terms->rowCount(); ++row) {
        const QVariantMap term = m_terms->row(row);
        const QDate starts = isoDate(term.value(startsField));
        const QDate ends = isoDate(term.value(endsField));
        if (starts.isValid() && starts <= day && (!ends.isValid() || day <= ends))
            return row;
    }
    return -1;
}

void IssuingBodyEditor::updateCurrentTerm()
{
    const QDate today = store()->clock()->today();
    m_currentTerm = termOn(today);
    if (m_currentTerm < 0) {
        m_ui->currentTermLabel->setText(m_terms->rowCount() == 0
                ? tr("No term is recorded yet.")
                : tr("No term holds today (%1).").arg(VietnameseText::formDate(today)));
    } else {
        const QVariantMap term = m_terms->row(m_currentTerm);
        const QDate ends = isoDate(term.value(endsField));
        const QString from = VietnameseText::formDate(isoDate(term.value(startsField)));
        m_ui->currentTermLabel->setText(ends.isValid()
                ? tr("Current term: %1, from %2 to %3.")
                      .arg(term.value(nameField).toString(), from, VietnameseText::formDate(ends))
                : tr("Current term: %1, from %2.").arg(term.value(nameField).toString(), from));
    }
    m_ui->termsTableView->viewport()->update();
}

void IssuingBodyEditor::showRecipients()
{
    const QModelIndex current = m_ui->signersTableView->currentIndex();
    const QSignalBlocker quiet(m_ui->recipientsPlainTextEdit);
    m_showingRecipients = true;
    m_ui->recipientsPlainTextEdit->setPlainText(current.isValid()
            ? m_signers->row(current.row()).value(recipientsField).toString()
            : QString());
    m_ui->recipientsPlainTextEdit->setEnabled(current.isValid());
    m_showingRecipients = false;
}

void IssuingBodyEditor::takeRecipients()
{
    const QModelIndex current = m_ui->signersTableView->currentIndex();
    if (m_showingRecipients || isLoading() || !current.isValid())
        return;
    m_signers->setData(m_signers->index(current.row(), m_signers->columnOf(recipientsField)),
        m_ui->recipientsPlainTextEdit->toPlainText());
}

void IssuingBodyEditor::updatePreview()
{
    // The first page's header as the documents of this body print it (the number and date are
    // an example: the first number of a notice, today).
    const auto line = [](const QString &text) { return text.trimmed().toHtmlEscaped(); };
    const QString code = line(m_ui->issuerCodeLineEdit->text());
    const QString place = line(m_ui->placeNameLineEdit->text());
    const QString date = VietnameseText::documentDate(store()->clock()->today());
    const QString issuing = line(m_ui->issuingLineEdit->text());
    m_ui->headerPreviewLabel->setText(
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\"><tr>"
                       "<td align=\"center\" width=\"42%\">%1<br><b>%2</b><br>*<br>"
                       "Số 01-TB/%3</td>"
                       "<td align=\"center\"><b><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></b><br><br><br>"
                       "<i>%4</i></td></tr></table>")
            .arg(line(m_ui->superiorLineEdit->text()),
                issuing.isEmpty() ? QStringLiteral("…") : issuing,
                code.isEmpty() ? QStringLiteral("…") : code,
                place.isEmpty() ? date : place + QStringLiteral(", ") + date));
}

bool IssuingBodyEditor::validate(QString *sentence, QWidget **focus) const
{
    const auto fail = [&](const QString &text, QWidget *widget) {
        *sentence = text;
        *focus = widget;
        return false;
    };
    if (m_ui->nameLineEdit->text().trimmed().isEmpty())
        return fail(tr("Enter the name of the issuing body, e.g. Ban Thường vụ Tỉnh ủy."),
            m_ui->nameLineEdit);
    if (m_ui->issuingLineEdit->text().trimmed().isEmpty())
        return fail(tr("Enter the issuing body as its header prints it, e.g. BAN THƯỜNG VỤ."),
            m_ui->issuingLineEdit);
    if (m_ui->issuerCodeLineEdit->text().trimmed().isEmpty())
        return fail(tr("Enter the code its document numbers end with, e.g. TU in 01-TB/TU."),
            m_ui->issuerCodeLineEdit);
    static const QRegularExpression code(
        QStringLiteral("^[\\p{L}\\d]+$"), QRegularExpression::UseUnicodePropertiesOption);
    if (!code.match(m_ui->issuerCodeLineEdit->text().trimmed()).hasMatch())
        return fail(tr("The code “%1” is letters and digits only, as it follows the slash in "
                       "01-TB/TU.")
                        .arg(m_ui->issuerCodeLineEdit->text().trimmed()),
            m_ui->issuerCodeLineEdit);
    // A conference that names no issuing body is issued by its organizer's: taking the unit
    // away would head and sign its documents by another body, silently.
    if (recordId() > 0) {
        const QVariant stored = store()->value(
            QStringLiteral("SELECT unit_id FROM issuing_body WHERE id = ?"), {recordId()});
        const QVariant chosen = m_ui->unitComboBox->value();
        if (!stored.isNull() && (chosen.isNull() || chosen.toLongLong() != stored.toLongLong())) {
            const int conferences
                = store()
                      ->value(QStringLiteral("SELECT count(*) FROM conference WHERE "
                                             "organizer_unit_id = ? AND issuing_body_id IS NULL"),
                          {stored})
                      .toInt();
            if (conferences > 0)
                return fail(
                    tr("%n conference(s) organized by “%1” are issued by this body. With "
                       "another unit their documents would be headed and signed by "
                       "another body: choose this body as the issuing body of each of "
                       "them first, or keep the unit.",
                        nullptr, conferences)
                        .arg(store()
                                 ->value(
                                     QStringLiteral("SELECT name FROM unit WHERE id = ?"), {stored})
                                 .toString()),
                    m_ui->unitComboBox);
        }
    }
    return validateTerms(sentence, focus) && validateSigners(sentence, focus);
}

bool IssuingBodyEditor::validateTerms(QString *sentence, QWidget **focus) const
{
    struct Term
    {
        int row;
        QString name;
        QDate starts;
        QDate ends;
    };
    QList<Term> terms;
    const auto fail = [&](int row, int column, const QString &text) {
        *sentence = text;
        *focus = m_ui->termsTableView;
        m_ui->tabWidget->setCurrentWidget(m_ui->termsTab);
        m_ui->termsTableView->setCurrentIndex(m_terms->index(row, column));
        return false;
    };
    for (int row = 0; row < m_terms->rowCount(); ++row) {
        const QVariantMap values = m_terms->row(row);
        Term term {row, values.value(nameField).toString().trimmed(),
            isoDate(values.value(startsField)), isoDate(values.value(endsField))};
        if (term.name.isEmpty())
            return fail(row, 0, tr("Term %1 has no name, e.g. Nhiệm kỳ 2020–2025.").arg(row + 1));
        const QString startsText = values.value(startsField).toString().trimmed();
        if (!term.starts.isValid())
            return fail(row, 1,
                startsText.isEmpty() ? tr("Enter the day the term “%1” begins.").arg(term.name)
                                     : tr("The term “%1” begins on “%2”, which is not a date.")
                                           .arg(term.name, startsText));
        const QString endsText = values.value(endsField).toString().trimmed();
        if (!endsText.isEmpty() && !term.ends.isValid())
            return fail(row, 2,
                tr("The term “%1” ends on “%2”, which is not a date.").arg(term.name, endsText));
        if (term.ends.isValid() && term.ends < term.starts)
            return fail(row, 2, tr("The term “%1” ends before it begins.").arg(term.name));
        terms.append(term);
    }
    std::sort(terms.begin(), terms.end(),
        [](const Term &a, const Term &b) { return a.starts < b.starts; });
    for (int i = 1; i < terms.size(); ++i) {
        const Term &before = terms.at(i - 1);
        const Term &after = terms.at(i);
        if (!before.ends.isValid() || before.ends >= after.starts)
            return fail(after.row, 1,
                before.ends.isValid()
                    ? tr("The terms “%1” and “%2” overlap: “%1” ends on %3, so “%2” begins on "
                         "%4 at the earliest.")
                          .arg(before.name, after.name, VietnameseText::formDate(before.ends),
                              VietnameseText::formDate(before.ends.addDays(1)))
                    : tr("The terms “%1” and “%2” overlap: “%1” has no end. Enter the day it "
                         "ends (the day the next congress closes).")
                          .arg(before.name, after.name));
    }
    return true;
}

bool IssuingBodyEditor::validateSigners(QString *sentence, QWidget **focus) const
{
    const auto fail = [&](int row, const QString &field, const QString &text) {
        *sentence = text;
        *focus = m_ui->signersTableView;
        m_ui->tabWidget->setCurrentWidget(m_ui->signersTab);
        m_ui->signersTableView->setCurrentIndex(m_signers->index(row, m_signers->columnOf(field)));
        return false;
    };
    QStringList kinds;
    for (int row = 0; row < m_signers->rowCount(); ++row) {
        const QVariantMap values = m_signers->row(row);
        const QString kind = values.value(kindField).toString();
        if (kinds.contains(kind))
            return fail(row, kindField,
                tr("Two signers are set for “%1”; each kind of document has one signer.")
                    .arg(kindLabel(kind)));
        kinds << kind;
        const QString authority = values.value(authorityField).toString().trimmed();
        if (authority.isEmpty())
            return fail(row, authorityField,
                tr("Signer %1: enter the authority line, e.g. T/M BAN THƯỜNG VỤ.").arg(row + 1));
        QString refused;
        if (!isPartyAuthority(authority, &refused))
            return fail(row, authorityField, refused);
        if (values.value(titleField).toString().trimmed().isEmpty())
            return fail(row, titleField,
                tr("Signer %1: enter the title of the signer, e.g. BÍ THƯ.").arg(row + 1));
        if (values.value(signerField).toString().trimmed().isEmpty())
            return fail(
                row, signerField, tr("Signer %1: enter the name of the signer.").arg(row + 1));
    }
    return true;
}
