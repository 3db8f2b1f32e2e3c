#include "commendationeditor.h"
#include "ui_commendationeditor.h"

#include "gui/commendations/recipientimportdialog.h"
#include "gui/common/approvalrow.h"
#include "gui/common/attachmentspanel.h"
#include "gui/common/choicedelegate.h"
#include "gui/common/filedialogs.h"
#include "io/tablesource.h"
#include "models/commendationlists.h"
#include "models/lookups.h"
#include "storage/commendations.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>

namespace {

const QString decided = QStringLiteral("decided");
const QString badgeRound = QStringLiteral("party_badge");

} // namespace

CommendationEditor::CommendationEditor(Store *store, qint64 id, QWidget *parent)
    : RecordEditor(store, QStringLiteral("commendation"), id, parent)
    , m_ui(std::make_unique<Ui::CommendationEditor>())
    , m_recipients(CommendationLists::recipients(this))
    , m_attachments(new AttachmentsPanel(this))
    , m_approval(
          new ApprovalRow(store, QStringLiteral("commendation"), tr("Approve the &decision"), this))
{
    m_ui->setupUi(this);
    // Below the decision's number and signer: a leader approves it before it is issued.
    for (QBoxLayout *layout : m_ui->generalTab->findChildren<QBoxLayout *>()) {
        const int at = layout->indexOf(m_ui->decisionNoteLabel);
        if (at >= 0) {
            layout->insertWidget(at + 1, m_approval);
            break;
        }
    }
    connect(m_approval, &ApprovalRow::approved, this, &RecordEditor::revert);
    connect(this, &RecordEditor::saved, m_approval, &ApprovalRow::setRecord);
    m_ui->tabWidget->addTab(m_attachments, tr("Attachment&s"));
    connect(m_attachments, &AttachmentsPanel::changed, this, &CommendationEditor::updateDirty);
    setWindowTitle(id ? tr("Edit commendation") : tr("New commendation"));
    m_ui->kindComboBox->setChoices(Labels::choices(Labels::Enum::CommendationKind));
    m_ui->statusComboBox->setChoices(Labels::choices(Labels::Enum::CommendationStatus));
    fillPickers();
    // The directory is too long to list: the picker finds as it is typed into.
    m_ui->recipientPickerComboBox->setSearch([store](const QString &typed) {
        return Lookups::findPeopleAndUnits(*store, typed, tr("Unit: "));
    });
    m_ui->recipientPickerComboBox->lineEdit()->setPlaceholderText(
        tr("Type the name of a unit or of a person to find it…"));

    bind(m_ui->bodyComboBox, "issuing_body_id");
    bind(m_ui->formComboBox, "form_id");
    bind(m_ui->kindComboBox, "kind");
    bind(m_ui->reasonPlainTextEdit, "reason");
    bind(m_ui->proposingUnitComboBox, "proposing_unit_id");
    bind(m_ui->proposalCodeLineEdit, "proposal_code");
    bind(m_ui->proposedOnDateEdit, "proposed_on");
    bind(m_ui->conferenceComboBox, "conference_id");
    bind(m_ui->roundOnDateEdit, "round_on");
    bind(m_ui->statusComboBox, "status");
    bind(m_ui->notePlainTextEdit, "note");
    bind(m_ui->decisionCodeLineEdit, "decision_code");
    bind(m_ui->decidedOnDateEdit, "decided_on");
    bind(m_ui->signerLineEdit, "signer");
    // The decision is written when it is issued (its number from the register), never typed.
    for (QLineEdit *field : {static_cast<QLineEdit *>(m_ui->decisionCodeLineEdit),
             static_cast<QLineEdit *>(m_ui->decidedOnDateEdit), m_ui->signerLineEdit})
        field->setReadOnly(true);

    // The sentences under the fields keep their lines' height: the form's room stays below it.
    for (QLabel *sentence : {m_ui->formWarningLabel, m_ui->decisionNoteLabel})
        sentence->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->generalTab->layout()->setAlignment(Qt::AlignTop);
    setUpRows(m_ui->recipientsTableView, m_recipients);
    m_ui->recipientsTableView->setItemDelegateForColumn(
        m_recipients->columnOf(QStringLiteral("review")),
        new ChoiceDelegate(Labels::Enum::RecipientReview, this));

    connect(m_ui->bodyComboBox, &ValueComboBox::valueChanged, this,
        &CommendationEditor::updateFormWarning);
    connect(m_ui->formComboBox, &ValueComboBox::valueChanged, this,
        &CommendationEditor::updateFormWarning);
    connect(
        m_ui->kindComboBox, &ValueComboBox::valueChanged, this, &CommendationEditor::updateKind);
    connect(store, &Store::changed, this, [this](const QString &table, bool external) {
        if (external || table == QLatin1String("issuing_body")
            || table == QLatin1String("commendation_form") || table == QLatin1String("conference")
            || table == QLatin1String("unit"))
            fillPickers();
    });
    connect(m_ui->addRecipientButton, &QPushButton::clicked, this,
        [this] { addRecipient(m_ui->recipientPickerComboBox->value()); });
    connect(m_ui->importButton, &QPushButton::clicked, this, &CommendationEditor::importList);
    connect(m_ui->moveUpButton, &QPushButton::clicked, this,
        [this] { moveCurrentRow(m_ui->recipientsTableView, -1); });
    connect(m_ui->moveDownButton, &QPushButton::clicked, this,
        [this] { moveCurrentRow(m_ui->recipientsTableView, 1); });
    connect(m_ui->removeRecipientButton, &QPushButton::clicked, this,
        [this] { removeCurrentRow(m_ui->recipientsTableView); });
    connect(m_ui->acceptAllButton, &QPushButton::clicked, this, &CommendationEditor::acceptAll);
    connect(m_ui->warningsListWidget, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { selectWarning(m_ui->warningsListWidget->row(item)); });
    connect(m_ui->warningsListWidget, &QListWidget::itemClicked, this,
        [this](QListWidgetItem *item) { selectWarning(m_ui->warningsListWidget->row(item)); });
    // The warnings weigh what is stored: they are read again after each save.
    connect(this, &RecordEditor::saved, this, [this] {
        updateFrozen();
        updateWarnings();
    });

    finishSetup(m_ui->buttonBox, m_ui->messageLabel, m_ui->tabWidget);
    QVariantMap initial {{QStringLiteral("status"), QStringLiteral("proposed")},
        {QStringLiteral("kind"), QStringLiteral("thematic")}};
    const QList<Lookups::Item> forms = CommendationLists::forms(*store);
    if (!forms.isEmpty())
        initial.insert(QStringLiteral("form_id"), forms.first().value);
    setInitialValues(initial);
}

CommendationEditor::~CommendationEditor() = default;

void CommendationEditor::fillPickers()
{
    m_ui->bodyComboBox->setItems(Lookups::issuingBodies(*store()), tr("(not stated)"));
    m_ui->formComboBox->setItems(
        CommendationLists::forms(*store()), tr("(none: a round of Party membership badges)"));
    m_ui->proposingUnitComboBox->setItems(Lookups::units(*store()), tr("(not stated)"));
    m_ui->conferenceComboBox->setItems(CommendationLists::conferences(*store()), tr("(none)"));
}

void CommendationEditor::loaded()
{
    const qint64 id = recordId();
    m_recipients->load(*store(), id);
    m_attachments->load(store(), QStringLiteral("commendation_id"), id);
    m_approval->setRecord(id);
    QTableView *view = m_ui->recipientsTableView;
    view->resizeColumnsToContents();
    for (int column = 0; column < view->model()->columnCount(); ++column)
        view->setColumnWidth(column, qBound(110, view->columnWidth(column) + 16, 320));
    updateKind();
    updateFormWarning();
    updateFrozen();
    updateWarnings();
    updateCounts();
}

bool CommendationEditor::isFrozen() const
{
    return recordId() && CommendationLists::status(*store(), recordId()) == decided;
}

QString CommendationEditor::frozenBanner() const
{
    return m_ui->frozenLabel->isVisible() ? m_ui->frozenLabel->text() : QString();
}

void CommendationEditor::updateFrozen()
{
    const bool frozen = isFrozen();
    m_recipients->setFrozen(frozen);
    const bool writable = !store()->isReadOnly();
    // What the decision decided stays; the conference it is presented at and a note may change.
    for (QWidget *field : {static_cast<QWidget *>(m_ui->bodyComboBox),
             static_cast<QWidget *>(m_ui->formComboBox), static_cast<QWidget *>(m_ui->kindComboBox),
             static_cast<QWidget *>(m_ui->proposingUnitComboBox),
             static_cast<QWidget *>(m_ui->statusComboBox)})
        field->setEnabled(!frozen);
    m_ui->reasonPlainTextEdit->setReadOnly(frozen);
    m_ui->proposalCodeLineEdit->setReadOnly(frozen);
    m_ui->proposedOnDateEdit->setReadOnly(frozen);
    m_ui->roundOnDateEdit->setReadOnly(frozen);
    for (QWidget *button : {static_cast<QWidget *>(m_ui->recipientPickerComboBox),
             static_cast<QWidget *>(m_ui->addRecipientButton),
             static_cast<QWidget *>(m_ui->importButton), static_cast<QWidget *>(m_ui->moveUpButton),
             static_cast<QWidget *>(m_ui->moveDownButton),
             static_cast<QWidget *>(m_ui->removeRecipientButton),
             static_cast<QWidget *>(m_ui->acceptAllButton)})
        button->setEnabled(!frozen && writable);
    m_ui->recipientsTableView->setDragDropMode(
        frozen ? QAbstractItemView::NoDragDrop : QAbstractItemView::InternalMove);
    m_ui->frozenLabel->setVisible(frozen);
    if (frozen) {
        const QVariantMap values = formValues();
        const QDate on
            = QDate::fromString(values.value(QStringLiteral("decided_on")).toString(), Qt::ISODate);
        const QString code = values.value(QStringLiteral("decision_code")).toString();
        m_ui->frozenLabel->setText(
            tr("Decided by decision %1 of %2: the decision and its list are frozen. Only a "
               "badge's number, the conference and the note may still be written.")
                .arg(code.isEmpty() ? tr("(no number)") : code, VietnameseText::formDate(on)));
    }
    m_ui->decisionNoteLabel->setText(frozen
            ? QString()
            : tr("The number, date and signer are filled when the decision is issued from the "
                 "outgoing document register."));
}

void CommendationEditor::updateKind()
{
    const bool round = m_ui->kindComboBox->value().toString() == badgeRound;
    m_ui->roundOnLabel->setVisible(round);
    m_ui->roundOnDateEdit->setVisible(round);
    // A round of badges has no form of its own: each member gets the badge due.
    if (round && !isLoading() && !m_ui->formComboBox->value().isNull())
        m_ui->formComboBox->setValue(QVariant());
}

void CommendationEditor::updateFormWarning()
{
    const qint64 body = m_ui->bodyComboBox->value().toLongLong();
    const qint64 form = m_ui->formComboBox->value().toLongLong();
    const bool allowed = CommendationLists::bodyMayGive(*store(), body, form);
    m_ui->formWarningLabel->setVisible(!allowed);
    m_ui->formWarningLabel->setText(allowed
            ? QString()
            : tr("“%1” may not give “%2”: the forms directory names the bodies that may.")
                  .arg(m_ui->bodyComboBox->currentText(), m_ui->formComboBox->currentText()));
}

void CommendationEditor::updateWarnings()
{
    m_ui->warningsListWidget->clear();
    if (!recordId()) {
        m_ui->warningsLabel->setText(tr("Warnings are shown once the commendation is saved."));
        return;
    }
    QString error;
    const auto found = Commendations::warnings(*store(), recordId(), &error);
    if (!found) {
        m_ui->warningsLabel->setText(error);
        return;
    }
    for (const Commendations::Warning &warning : *found) {
        auto *item = new QListWidgetItem(warning.sentence, m_ui->warningsListWidget);
        item->setData(Qt::UserRole, warning.recipientId);
        item->setToolTip(warning.sentence);
    }
    m_ui->warningsLabel->setText(found->isEmpty()
            ? tr("No warnings: no duplicate, no unit gone, every form given to whom it may be.")
            : tr("%n warning(s), as of the last save (click one to select its row):", nullptr,
                int(found->size())));
}

QStringList CommendationEditor::warnings() const
{
    QStringList sentences;
    for (int row = 0; row < m_ui->warningsListWidget->count(); ++row)
        sentences << m_ui->warningsListWidget->item(row)->text();
    return sentences;
}

void CommendationEditor::selectWarning(int index)
{
    QListWidgetItem *item = m_ui->warningsListWidget->item(index);
    if (!item)
        return;
    const qint64 recipientId = item->data(Qt::UserRole).toLongLong();
    for (int row = 0; row < m_recipients->rowCount(); ++row) {
        if (recipientId && m_recipients->rowId(row) == recipientId) {
            m_ui->tabWidget->setCurrentWidget(m_ui->recipientsTab);
            m_ui->recipientsTableView->setCurrentIndex(m_recipients->index(row, 1));
            m_ui->recipientsTableView->scrollTo(m_recipients->index(row, 1));
            return;
        }
    }
}

bool CommendationEditor::saveChildren(qint64 id, const ChildRowsModel::Resolver &resolve,
    QString *error, std::optional<ChildRowsModel::Conflict> *conflict)
{
    return m_recipients->save(*store(), id, resolve, error, conflict)
        && m_attachments->save(id, error);
}

bool CommendationEditor::childrenDirty() const
{
    return m_recipients->isDirty() || m_attachments->isDirty();
}

void CommendationEditor::rebaseChildren()
{
    m_recipients->rebase(*store(), recordId());
}

void CommendationEditor::updateCounts()
{
    int accepted = 0;
    int pending = 0;
    for (const QVariantMap &row : m_recipients->rows()) {
        const QString review = row.value(QStringLiteral("review")).toString();
        accepted += review == QLatin1String("accepted");
        pending += review == QLatin1String("pending");
    }
    m_ui->recipientsCountLabel->setText(tr("%n on the list", nullptr, m_recipients->rowCount())
        + QStringLiteral(" · ") + tr("%n accepted", nullptr, accepted) + QStringLiteral(" · ")
        + tr("%n not reviewed", nullptr, pending));
}

bool CommendationEditor::addRecipient(const QVariant &pickerValue)
{
    const std::optional<Lookups::Picked> picked = Lookups::picked(pickerValue);
    if (!picked) {
        showMessage(
            tr("Choose a unit or a person from the list first."), m_ui->recipientPickerComboBox);
        return false;
    }
    const QString field = picked->person ? QStringLiteral("person_id") : QStringLiteral("unit_id");
    for (const QVariantMap &row : m_recipients->rows()) {
        if (row.value(field).toLongLong() == picked->id) {
            showMessage(tr("“%1” is already on the list.")
                            .arg(row.value(QStringLiteral("name")).toString()),
                m_ui->recipientPickerComboBox);
            return false;
        }
    }
    QVariantMap row {{field, picked->id}, {QStringLiteral("review"), QStringLiteral("pending")}};
    if (picked->person) {
        const std::optional<Lookups::Person> person = Lookups::person(*store(), picked->id);
        if (!person)
            return false;
        // The title held then starts as today's title, and may be corrected.
        row.insert(QStringLiteral("recipient_kind"), QStringLiteral("individual"));
        row.insert(QStringLiteral("name"), person->fullName);
        if (!person->title.isEmpty())
            row.insert(QStringLiteral("detail"), person->title);
    } else {
        const QString name = Lookups::unitName(*store(), picked->id);
        if (name.isEmpty())
            return false;
        row.insert(QStringLiteral("recipient_kind"), QStringLiteral("collective"));
        row.insert(QStringLiteral("name"), name);
    }
    m_recipients->appendRow(row);
    m_ui->recipientsTableView->setCurrentIndex(
        m_recipients->index(m_recipients->rowCount() - 1, 1));
    m_ui->recipientPickerComboBox->setCurrentIndex(-1);
    showMessage(QString());
    return true;
}

void CommendationEditor::addImportedRows(const QList<QVariantMap> &rows)
{
    for (QVariantMap row : rows) {
        // A person the directory does not have yet is added to it with the commendation.
        const QVariant newPerson = row.take(QStringLiteral("new_person"));
        if (newPerson.isValid())
            row.insert(QStringLiteral("person_id"),
                addPending(QStringLiteral("person"), newPerson.toMap()));
        m_recipients->appendRow(row);
    }
    updateCounts();
    updateDirty();
}

void CommendationEditor::importList()
{
    const QString path
        = FileDialogs::openFile(this, tr("Import the list"), QString(), TableSource::fileFilter());
    if (path.isEmpty())
        return;
    RecipientImportDialog dialog(store(), m_recipients->rows(), path, this);
    if (dialog.exec() == QDialog::Accepted) {
        addImportedRows(dialog.rows());
        showMessage(tr("%n recipient(s) added to the list; they are stored when the commendation "
                       "is saved.",
            nullptr, int(dialog.rows().size())));
    }
}

void CommendationEditor::acceptAll()
{
    const int column = m_recipients->columnOf(QStringLiteral("review"));
    for (int row = 0; row < m_recipients->rowCount(); ++row) {
        if (m_recipients->row(row).value(QStringLiteral("review")).toString()
            == QLatin1String("pending"))
            m_recipients->setData(m_recipients->index(row, column), QStringLiteral("accepted"));
    }
}

bool CommendationEditor::validate(QString *sentence, QWidget **focus) const
{
    const auto fail = [&](const QString &text, QWidget *widget, QWidget *tab) {
        *sentence = text;
        *focus = widget;
        m_ui->tabWidget->setCurrentWidget(tab);
        return false;
    };
    if (m_ui->reasonPlainTextEdit->toPlainText().trimmed().isEmpty())
        return fail(tr("Enter the reason of the commendation."), m_ui->reasonPlainTextEdit,
            m_ui->generalTab);
    const bool round = m_ui->kindComboBox->value().toString() == badgeRound;
    if (!round && m_ui->formComboBox->value().isNull())
        return fail(tr("Choose the form of commendation."), m_ui->formComboBox, m_ui->generalTab);
    if (!isFrozen() && m_ui->statusComboBox->value().toString() == decided)
        return fail(tr("A commendation is decided when its decision is issued, with the number "
                       "the outgoing document register gives it."),
            m_ui->statusComboBox, m_ui->generalTab);
    for (int row = 0; row < m_recipients->rowCount(); ++row) {
        if (m_recipients->row(row).value(QStringLiteral("name")).toString().trimmed().isEmpty())
            return fail(
                tr("Row %1 of the list has no name; write it or remove the row.").arg(row + 1),
                m_ui->recipientsTableView, m_ui->recipientsTab);
    }
    return true;
}
