#include "formatprofiledialog.h"
#include "ui_formatprofiledialog.h"

#include "gui/common/unsavedchanges.h"

#include "gui/common/filedialogs.h"
#include "reports/documentrenderer.h"
#include "text/vietnamesetext.h"

#include <QDir>
#include <QFileInfo>
#include <QKeySequence>
#include <QMessageBox>
#include <QPageSize>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>

namespace {

struct SizeField
{
    QDoubleSpinBox *Ui::FormatProfileDialog::*spinBox;
    double FormatProfile::*value;
};

const SizeField sizeFields[] = {
    {&Ui::FormatProfileDialog::partySizeDoubleSpinBox, &FormatProfile::partySize},
    {&Ui::FormatProfileDialog::headerSizeDoubleSpinBox, &FormatProfile::headerSize},
    {&Ui::FormatProfileDialog::numberSizeDoubleSpinBox, &FormatProfile::numberSize},
    {&Ui::FormatProfileDialog::typeSizeDoubleSpinBox, &FormatProfile::typeSize},
    {&Ui::FormatProfileDialog::excerptSizeDoubleSpinBox, &FormatProfile::excerptSize},
    {&Ui::FormatProfileDialog::bodySizeDoubleSpinBox, &FormatProfile::bodySize},
    {&Ui::FormatProfileDialog::recipientsHeadingSizeDoubleSpinBox,
        &FormatProfile::recipientsHeadingSize},
    {&Ui::FormatProfileDialog::recipientsSizeDoubleSpinBox, &FormatProfile::recipientsSize},
    {&Ui::FormatProfileDialog::signatureSizeDoubleSpinBox, &FormatProfile::signatureSize},
    {&Ui::FormatProfileDialog::pageNumberSizeDoubleSpinBox, &FormatProfile::pageNumberSize},
};

struct TextField
{
    QLineEdit *Ui::FormatProfileDialog::*lineEdit;
    QString FormatProfile::*value;
};

const TextField textFields[] = {
    {&Ui::FormatProfileDialog::nameLineEdit, &FormatProfile::name},
};

const QPageSize::PageSizeId offeredPageSizes[] = {QPageSize::A4, QPageSize::A5, QPageSize::Letter};

} // namespace

FormatProfileDialog::FormatProfileDialog(Store *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_ui(std::make_unique<Ui::FormatProfileDialog>())
{
    m_ui->setupUi(this);
    m_title = windowTitle();
    m_errorStyle = m_ui->messageLabel->styleSheet();
    m_ui->messageLabel->hide();
    m_ui->fontNoteLabel->hide();
    m_fileDirectory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);

    for (QPageSize::PageSizeId id : offeredPageSizes) {
        const QSizeF mm = QPageSize::size(id, QPageSize::Millimeter);
        //: Paper size in the list: "A4 (210 × 297 mm)"
        m_ui->pageSizeComboBox->addItem(tr("%1 (%2 × %3 mm)")
                                            .arg(QPageSize::name(id), locale().toString(mm.width()),
                                                locale().toString(mm.height())),
            QPageSize::key(id));
    }
    for (const auto &[code, name] : FormatProfile::guidances())
        m_ui->guidanceComboBox->addItem(name, code);
    m_ui->endMarkComboBox->addItem(QStringLiteral("./."), QStringLiteral("./."));
    m_ui->endMarkComboBox->addItem(QStringLiteral("."), QStringLiteral("."));
    //: How the header spells "uy" with a tone: kept as the issuing body's lines are typed.
    m_ui->headerSpellingComboBox->addItem(tr("As written"), QString());
    m_ui->headerSpellingComboBox->addItem(QStringLiteral("ỦY"), QStringLiteral("ỦY"));
    m_ui->headerSpellingComboBox->addItem(QStringLiteral("UỶ"), QStringLiteral("UỶ"));
    // Choosing a guidance sets every field where the guidances differ; each stays correctable.
    connect(m_ui->guidanceComboBox, &QComboBox::activated, this, [this] {
        FormatProfile current = profile();
        current.applyGuidance(m_ui->guidanceComboBox->currentData().toString());
        setProfile(current);
    });
    // Long family names would otherwise widen the whole dialog.
    m_ui->fontComboBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->fontComboBox->setMinimumContentsLength(24);

    QPushButton *saveButton = m_ui->buttonBox->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    saveButton->setDefault(true);
    saveButton->setToolTip(tr("Save (Ctrl+S)"));
    QPushButton *cancelButton = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancelButton"));
    cancelButton->setToolTip(tr("Close without saving (Esc)"));

    const auto saveAndClose = [this] {
        if (save())
            accept();
    };
    connect(saveButton, &QPushButton::clicked, this, saveAndClose);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, saveAndClose);
    connect(cancelButton, &QPushButton::clicked, this, &FormatProfileDialog::reject);
    connect(
        m_ui->importButton, &QPushButton::clicked, this, &FormatProfileDialog::chooseImportFile);
    connect(
        m_ui->exportButton, &QPushButton::clicked, this, &FormatProfileDialog::chooseExportFile);
    connect(
        m_ui->defaultsButton, &QPushButton::clicked, this, &FormatProfileDialog::restoreDefaults);

    for (const TextField &field : textFields)
        connect(m_ui.get()->*field.lineEdit, &QLineEdit::textChanged, this,
            &FormatProfileDialog::updateDirty);
    for (const SizeField &field : sizeFields)
        connect(m_ui.get()->*field.spinBox, &QDoubleSpinBox::valueChanged, this,
            &FormatProfileDialog::updateDirty);
    for (QDoubleSpinBox *spinBox : {m_ui->topMarginDoubleSpinBox, m_ui->bottomMarginDoubleSpinBox,
             m_ui->leftMarginDoubleSpinBox, m_ui->rightMarginDoubleSpinBox})
        connect(spinBox, &QDoubleSpinBox::valueChanged, this, &FormatProfileDialog::updateDirty);
    for (QCheckBox *checkBox : {m_ui->landscapeCheckBox, m_ui->mirrorMarginsCheckBox})
        connect(checkBox, &QCheckBox::toggled, this, &FormatProfileDialog::updateDirty);
    for (QComboBox *combo : {m_ui->pageSizeComboBox, m_ui->guidanceComboBox, m_ui->endMarkComboBox,
             m_ui->headerSpellingComboBox})
        connect(combo, &QComboBox::currentIndexChanged, this, &FormatProfileDialog::updateDirty);
    for (QDoubleSpinBox *spinBox :
        {m_ui->lineSpacingDoubleSpinBox, m_ui->firstLineIndentDoubleSpinBox})
        connect(spinBox, &QDoubleSpinBox::valueChanged, this, &FormatProfileDialog::updateDirty);
    for (QCheckBox *checkBox : {m_ui->citationCommaCheckBox, m_ui->signerTitleBoldCheckBox,
             m_ui->committeesSignKTCheckBox, m_ui->programmeNumberedCheckBox})
        connect(checkBox, &QCheckBox::toggled, this, &FormatProfileDialog::updateDirty);
    connect(m_ui->fontComboBox, &QComboBox::currentTextChanged, this, [this] {
        updateFontNote();
        updateDirty();
    });

    m_saved = FormatProfile::load(*m_store);
    setProfile(m_saved);
    markClean();
    m_ui->nameLineEdit->setFocus();
}

FormatProfileDialog::~FormatProfileDialog() = default;

FormatProfile FormatProfileDialog::profile() const
{
    FormatProfile profile;
    for (const TextField &field : textFields)
        profile.*field.value = VietnameseText::nfc((m_ui.get()->*field.lineEdit)->text().trimmed());
    for (const SizeField &field : sizeFields)
        profile.*field.value = (m_ui.get()->*field.spinBox)->value();
    profile.pageSize = m_ui->pageSizeComboBox->currentData().toString();
    profile.landscape = m_ui->landscapeCheckBox->isChecked();
    profile.marginsMm
        = QMarginsF(m_ui->leftMarginDoubleSpinBox->value(), m_ui->topMarginDoubleSpinBox->value(),
            m_ui->rightMarginDoubleSpinBox->value(), m_ui->bottomMarginDoubleSpinBox->value());
    profile.mirrorMargins = m_ui->mirrorMarginsCheckBox->isChecked();
    // The edit text, not currentFont(): a family missing on this computer stays as written.
    profile.fontFamily = m_ui->fontComboBox->currentText().trimmed();
    profile.guidance = m_ui->guidanceComboBox->currentData().toString();
    profile.lineSpacingPt = m_ui->lineSpacingDoubleSpinBox->value();
    profile.firstLineIndentMm = m_ui->firstLineIndentDoubleSpinBox->value();
    profile.endMark = m_ui->endMarkComboBox->currentData().toString();
    profile.headerSpelling = m_ui->headerSpellingComboBox->currentData().toString();
    profile.citationComma = m_ui->citationCommaCheckBox->isChecked();
    profile.signerTitleBold = m_ui->signerTitleBoldCheckBox->isChecked();
    profile.committeesSignKT = m_ui->committeesSignKTCheckBox->isChecked();
    profile.programmeNumbered = m_ui->programmeNumberedCheckBox->isChecked();
    return profile;
}

void FormatProfileDialog::setProfile(const FormatProfile &profile)
{
    for (const TextField &field : textFields)
        (m_ui.get()->*field.lineEdit)->setText(profile.*field.value);
    for (const SizeField &field : sizeFields)
        (m_ui.get()->*field.spinBox)->setValue(profile.*field.value);

    QComboBox *pageSizes = m_ui->pageSizeComboBox;
    int pageSizeIndex = -1;
    for (int i = 0; i < pageSizes->count() && pageSizeIndex < 0; ++i) {
        if (pageSizes->itemData(i).toString().compare(profile.pageSize, Qt::CaseInsensitive) == 0)
            pageSizeIndex = i;
    }
    if (pageSizeIndex < 0) {
        // A size from an imported file (A3, Legal…) is kept rather than replaced by A4.
        pageSizes->addItem(profile.pageSize, profile.pageSize);
        pageSizeIndex = pageSizes->count() - 1;
    }
    pageSizes->setCurrentIndex(pageSizeIndex);
    m_ui->landscapeCheckBox->setChecked(profile.landscape);

    m_ui->topMarginDoubleSpinBox->setValue(profile.marginsMm.top());
    m_ui->bottomMarginDoubleSpinBox->setValue(profile.marginsMm.bottom());
    m_ui->leftMarginDoubleSpinBox->setValue(profile.marginsMm.left());
    m_ui->rightMarginDoubleSpinBox->setValue(profile.marginsMm.right());
    m_ui->mirrorMarginsCheckBox->setChecked(profile.mirrorMargins);

    // Times New Roman is usually missing on Linux; selecting the nearest installed family would
    // silently change the profile, so the family is kept as text (fontNoteLabel says so).
    const int fontIndex = m_ui->fontComboBox->findText(profile.fontFamily, Qt::MatchFixedString);
    if (fontIndex >= 0)
        m_ui->fontComboBox->setCurrentIndex(fontIndex);
    m_ui->fontComboBox->setEditText(profile.fontFamily);

    const auto choose = [](QComboBox *combo, const QString &value) {
        const int index = combo->findData(value);
        combo->setCurrentIndex(index >= 0 ? index : 0);
    };
    choose(m_ui->guidanceComboBox, profile.guidance);
    choose(m_ui->endMarkComboBox, profile.endMark);
    choose(m_ui->headerSpellingComboBox, profile.headerSpelling);
    m_ui->lineSpacingDoubleSpinBox->setValue(profile.lineSpacingPt);
    m_ui->firstLineIndentDoubleSpinBox->setValue(profile.firstLineIndentMm);
    m_ui->citationCommaCheckBox->setChecked(profile.citationComma);
    m_ui->signerTitleBoldCheckBox->setChecked(profile.signerTitleBold);
    m_ui->committeesSignKTCheckBox->setChecked(profile.committeesSignKT);
    m_ui->programmeNumberedCheckBox->setChecked(profile.programmeNumbered);
    updateFontNote();
    updateDirty();
}

bool FormatProfileDialog::save()
{
    const FormatProfile current = profile();
    QString error;
    if (!current.validate(&error)) {
        showRefusal(error, current);
        return false;
    }
    if (!current.save(*m_store, &error)) {
        showMessage(error);
        return false;
    }
    m_saved = current;
    // Shows what was stored (spaces trimmed).
    setProfile(m_saved);
    showMessage(QString());
    markClean();
    return true;
}

QString FormatProfileDialog::message() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

bool FormatProfileDialog::isDirty() const
{
    return profile().toJson() != m_cleanForm;
}

bool FormatProfileDialog::importFrom(const QString &path)
{
    QString error;
    const std::optional<FormatProfile> imported = FormatProfile::importFrom(path, &error);
    if (!imported) {
        showMessage(error);
        return false;
    }
    setProfile(*imported);
    showMessage(tr("The format from “%1” is in the form; Save makes it the one documents use.")
                    .arg(QDir::toNativeSeparators(path)),
        MessageKind::Information);
    return true;
}

bool FormatProfileDialog::exportTo(const QString &path)
{
    const FormatProfile current = profile();
    QString error;
    if (!current.validate(&error)) {
        showRefusal(error, current);
        return false;
    }
    if (!current.exportTo(path, &error)) {
        showMessage(error);
        return false;
    }
    showMessage(tr("The format was written to “%1”.").arg(QDir::toNativeSeparators(path)),
        MessageKind::Information);
    return true;
}

void FormatProfileDialog::restoreDefaults()
{
    QMessageBox box(QMessageBox::Question, m_title, tr("Put the default format into the form?"),
        QMessageBox::RestoreDefaults | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Nothing is saved until you click Save."));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::RestoreDefaults)
        return;
    setProfile(FormatProfile::defaults());
    showMessage(QString());
}

void FormatProfileDialog::reject()
{
    if (isDirty()) {
        switch (UnsavedChanges::ask(
            this, m_title, tr("The document format has changes that are not saved yet."))) {
        case QMessageBox::Save:
            if (save())
                accept();
            return;
        case QMessageBox::Discard:
            // The dialog may be shown again; it must not reappear with the discarded values.
            setProfile(m_saved);
            showMessage(QString());
            markClean();
            break;
        default:
            return;
        }
    }
    QDialog::reject();
}

void FormatProfileDialog::chooseImportFile()
{
    const QString path = FileDialogs::openFile(
        this, tr("Import document format"), m_fileDirectory, tr("Format profile (*.json)"));
    if (path.isEmpty())
        return;
    m_fileDirectory = QFileInfo(path).absolutePath();
    importFrom(path);
}

void FormatProfileDialog::chooseExportFile()
{
    QString path = FileDialogs::saveFile(this, tr("Export document format"),
        QDir(m_fileDirectory).filePath(QStringLiteral("format-profile.json")),
        tr("Format profile (*.json)"));
    if (path.isEmpty())
        return;
    // Not every platform's dialog adds the filter's suffix, and Import only offers *.json.
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    m_fileDirectory = QFileInfo(path).absolutePath();
    exportTo(path);
}

void FormatProfileDialog::markClean()
{
    m_cleanForm = profile().toJson();
    updateDirty();
}

void FormatProfileDialog::updateDirty()
{
    setWindowTitle(isDirty() ? m_title + QStringLiteral(" *") : m_title);
}

void FormatProfileDialog::updateFontNote()
{
    // A profile travels between offices, so a family missing here is not refused; the note says
    // what documents printed on this computer will look like instead.
    const QString family = m_ui->fontComboBox->currentText().trimmed();
    QString note;
    bool printable = true;
    if (!family.isEmpty()) {
        QString error;
        const std::optional<QString> used = DocumentRenderer::resolveFont(family, &error);
        printable = used.has_value();
        if (!printable) {
            note = error;
        } else if (used->compare(family, Qt::CaseInsensitive) != 0) {
            note = tr("“%1” is not installed on this computer; documents made here use “%2”, "
                      "which has the same letter widths.")
                       .arg(family, *used);
        }
    }
    m_ui->fontNoteLabel->setStyleSheet(printable ? QString() : m_errorStyle);
    m_ui->fontNoteLabel->setText(note);
    m_ui->fontNoteLabel->setVisible(!note.isEmpty());
}

void FormatProfileDialog::showMessage(const QString &sentence, MessageKind kind)
{
    m_ui->messageLabel->setStyleSheet(kind == MessageKind::Error ? m_errorStyle : QString());
    m_ui->messageLabel->setText(sentence);
    m_ui->messageLabel->setVisible(!sentence.isEmpty());
}

void FormatProfileDialog::showRefusal(const QString &sentence, const FormatProfile &refused)
{
    showMessage(sentence);
    QWidget *widget = widgetToFix(refused);
    if (!widget)
        return;
    for (int i = 0; i < m_ui->tabWidget->count(); ++i) {
        if (m_ui->tabWidget->widget(i)->isAncestorOf(widget))
            m_ui->tabWidget->setCurrentIndex(i);
    }
    widget->setFocus(Qt::OtherFocusReason);
    if (auto *lineEdit = qobject_cast<QLineEdit *>(widget))
        lineEdit->selectAll();
}

QWidget *FormatProfileDialog::widgetToFix(const FormatProfile &refused) const
{
    // validate() gives a sentence, not a field. The spin boxes, the lists and the paper sizes
    // cannot hold a value out of range, so only the font can be at fault.
    const FormatProfile fallback = FormatProfile::defaults();
    QString ignored;
    FormatProfile probe = refused;
    probe.fontFamily = fallback.fontFamily;
    if (probe.validate(&ignored))
        return m_ui->fontComboBox;
    return nullptr;
}
