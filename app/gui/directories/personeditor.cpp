#include "personeditor.h"
#include "ui_personeditor.h"

#include "gui/common/choicedelegate.h"
#include "gui/common/datedelegate.h"
#include "models/lookups.h"
#include "models/recordmodel.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QDate>
#include <QMessageBox>

#include <QRegularExpression>

PersonEditor::PersonEditor(Store *store, qint64 id, QWidget *parent)
    : RecordEditor(store, QStringLiteral("person"), id, parent)
    , m_ui(std::make_unique<Ui::PersonEditor>())
    , m_disciplines(disciplineRows(this))
{
    m_ui->setupUi(this);
    setWindowTitle(id ? tr("Edit person") : tr("New person"));
    m_ui->genderComboBox->setChoices(Labels::choices(Labels::Enum::Gender));
    m_ui->genderComboBox->insertItem(0, tr("(not stated)"), QVariant());
    m_ui->unitComboBox->setItems(Lookups::units(*store), tr("(no unit)"));

    bind(m_ui->fullNameLineEdit, "full_name");
    bind(m_ui->familyNameLineEdit, "family_name");
    bind(m_ui->middleNameLineEdit, "middle_name");
    bind(m_ui->givenNameLineEdit, "given_name");
    bind(m_ui->genderComboBox, "gender");
    bind(m_ui->titleLineEdit, "title");
    bind(m_ui->unitComboBox, "unit_id");
    bind(m_ui->phoneLineEdit, "phone");
    bind(m_ui->emailLineEdit, "email");
    bind(m_ui->notePlainTextEdit, "note");
    bind(m_ui->admittedEdit, "admitted_on");
    bind(m_ui->officialEdit, "official_on");
    bind(m_ui->deceasedEdit, "deceased_on");
    bind(m_ui->gravelyIllCheckBox, "gravely_ill");
    setUpRows(m_ui->disciplinesTableView, m_disciplines);
    m_ui->disciplinesTableView->setItemDelegateForColumn(
        m_disciplines->columnOf(QStringLiteral("kind")),
        new ChoiceDelegate(Labels::Enum::DisciplineKind, this));
    m_ui->disciplinesTableView->setItemDelegateForColumn(
        m_disciplines->columnOf(QStringLiteral("decided_on")), new DateDelegate(this));
    connect(m_ui->addDisciplineButton, &QPushButton::clicked, this, [this] {
        m_disciplines->appendRow({{QStringLiteral("kind"), QStringLiteral("warning")}});
        const QModelIndex date = m_disciplines->index(
            m_disciplines->rowCount() - 1, m_disciplines->columnOf(QStringLiteral("decided_on")));
        m_ui->disciplinesTableView->setCurrentIndex(date);
        m_ui->disciplinesTableView->edit(date);
    });
    connect(m_ui->removeDisciplineButton, &QPushButton::clicked, this,
        [this] { removeCurrentRow(m_ui->disciplinesTableView); });
    // Typing the full name fills in the parts; the user may correct a two-word family name.
    connect(m_ui->fullNameLineEdit, &QLineEdit::textEdited, this, &PersonEditor::splitName);
    finishSetup(m_ui->buttonBox, m_ui->messageLabel);
    // A new person is not gravely ill: the unticked box is no change.
    setInitialValues({{QStringLiteral("gravely_ill"), 0}});
}

PersonEditor::~PersonEditor() = default;

ChildRowsModel *PersonEditor::disciplineRows(QObject *parent)
{
    ChildRowsModel::Spec spec;
    spec.table = QStringLiteral("person_discipline");
    spec.parentColumn = QStringLiteral("person_id");
    spec.select = QStringLiteral("SELECT id, version, kind, decided_on, decided_by, reason FROM "
                                 "person_discipline WHERE person_id = ? ORDER BY position, id");
    spec.columns = {
        {QStringLiteral("kind"), tr("Discipline"), true, true, Labels::Enum::DisciplineKind},
        {QStringLiteral("decided_on"), tr("Decided on")},
        {QStringLiteral("decided_by"), tr("Decided by")},
        {QStringLiteral("reason"), tr("Reason")},
    };
    return new ChildRowsModel(spec, parent);
}

void PersonEditor::loaded()
{
    m_disciplines->load(*store(), recordId());
    m_ui->disciplinesTableView->resizeColumnsToContents();
    for (int column = 0; column < m_disciplines->columnCount(); ++column)
        m_ui->disciplinesTableView->setColumnWidth(
            column, qBound(110, m_ui->disciplinesTableView->columnWidth(column) + 16, 300));
}

bool PersonEditor::saveChildren(qint64 id, const ChildRowsModel::Resolver &resolve, QString *error,
    std::optional<ChildRowsModel::Conflict> *conflict)
{
    return m_disciplines->save(*store(), id, resolve, error, conflict);
}

bool PersonEditor::childrenDirty() const
{
    return m_disciplines->isDirty();
}

void PersonEditor::rebaseChildren()
{
    m_disciplines->rebase(*store(), recordId());
}

void PersonEditor::splitName(const QString &fullName)
{
    const VietnameseText::NameParts parts = VietnameseText::splitFullName(fullName);
    m_ui->familyNameLineEdit->setText(parts.family);
    m_ui->middleNameLineEdit->setText(parts.middle);
    m_ui->givenNameLineEdit->setText(parts.given);
}

bool PersonEditor::validate(QString *sentence, QWidget **focus) const
{
    if (m_ui->fullNameLineEdit->text().trimmed().isEmpty()) {
        *sentence = tr("Enter the person's full name.");
        *focus = m_ui->fullNameLineEdit;
        return false;
    }
    if (m_ui->givenNameLineEdit->text().trimmed().isEmpty()) {
        *sentence = tr("Enter the given name (tên), used to sort the lists.");
        *focus = m_ui->givenNameLineEdit;
        return false;
    }
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QString typedEmail = m_ui->emailLineEdit->text().trimmed();
    if (!typedEmail.isEmpty() && !email.match(typedEmail).hasMatch()) {
        *sentence = tr("“%1” is not an e-mail address.").arg(typedEmail);
        *focus = m_ui->emailLineEdit;
        return false;
    }
    static const QRegularExpression phone(QStringLiteral("^[0-9 +().-]*$"));
    if (!phone.match(m_ui->phoneLineEdit->text()).hasMatch()) {
        *sentence = tr("A phone number has only digits, spaces and + ( ) . -");
        *focus = m_ui->phoneLineEdit;
        return false;
    }
    // A discipline has its kind and the day it was decided.
    for (int row = 0; row < m_disciplines->rowCount(); ++row) {
        const QVariantMap values = m_disciplines->row(row);
        const QDate decided
            = QDate::fromString(values.value(QStringLiteral("decided_on")).toString(), Qt::ISODate);
        if (!decided.isValid()) {
            *sentence
                = tr("Discipline %1: give the date it was decided, as 12/03/2024.").arg(row + 1);
            *focus = m_ui->disciplinesTableView;
            return false;
        }
    }
    // The Party dates follow one another: admitted, made official, deceased.
    const QDate admitted = m_ui->admittedEdit->date();
    const QDate official = m_ui->officialEdit->date();
    const QDate deceased = m_ui->deceasedEdit->date();
    if (admitted.isValid() && official.isValid() && official < admitted) {
        *sentence
            = tr("Made official on %1, before being admitted to the Party on %2.")
                  .arg(VietnameseText::formDate(official), VietnameseText::formDate(admitted));
        *focus = m_ui->officialEdit;
        return false;
    }
    if (official.isValid() && !admitted.isValid()) {
        *sentence
            = tr("Give the date of admission to the Party as well as the date made official.");
        *focus = m_ui->admittedEdit;
        return false;
    }
    if (admitted.isValid() && deceased.isValid() && deceased < admitted) {
        *sentence
            = tr("Deceased on %1, before being admitted to the Party on %2.")
                  .arg(VietnameseText::formDate(deceased), VietnameseText::formDate(admitted));
        *focus = m_ui->deceasedEdit;
        return false;
    }
    return noNamesake(sentence, focus);
}

bool PersonEditor::noNamesake(QString *sentence, QWidget **focus) const
{
    // The same name and title (whatever the marks' encoding or placement) is very likely the
    // same person typed again: ask before the directory holds them twice.
    const QString name = m_ui->fullNameLineEdit->text();
    const QString title = m_ui->titleLineEdit->text();
    const QVariantMap stored = model()->base().values;
    if (!isNew()
        && VietnameseText::fold(stored.value(QStringLiteral("full_name")).toString())
            == VietnameseText::fold(name)
        && VietnameseText::fold(stored.value(QStringLiteral("title")).toString())
            == VietnameseText::fold(title))
        return true;
    const QList<Lookups::Item> namesakes = Lookups::namesakes(*store(), name, title, recordId());
    if (namesakes.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Question, windowTitle(),
        tr("The directory already has “%1”.").arg(namesakes.first().text),
        QMessageBox::Yes | QMessageBox::No, const_cast<PersonEditor *>(this));
    box.setInformativeText(tr("Is this another person with the same name and title? Choose "
                              "No to go back and use the one in the directory."));
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() == QMessageBox::Yes)
        return true;
    *sentence = tr("Not saved: “%1” is in the directory already.").arg(namesakes.first().text);
    *focus = m_ui->fullNameLineEdit;
    return false;
}
