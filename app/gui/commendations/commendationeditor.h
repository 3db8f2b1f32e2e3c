#pragma once

#include "gui/common/recordeditor.h"

#include <memory>

namespace Ui {
class CommendationEditor;
}
class AttachmentsPanel;
class ApprovalRow;
class RecipientRowsModel;

// A commendation (hồ sơ khen thưởng), from the proposal to the decision: who decides, the form
// and reason, who proposes; its list of recipients (units or people of the directory, named as
// the list prints them), each reviewed by the board; the proposal's papers. Everything is saved
// in one transaction. Once decided the commendation and its list are read-only: only a badge's
// number, the conference and the note may still be written.
class CommendationEditor : public RecordEditor
{
    Q_OBJECT

public:
    CommendationEditor(Store *store, qint64 id, QWidget *parent = nullptr);
    ~CommendationEditor() override;

    RecipientRowsModel *recipients() const { return m_recipients; }
    AttachmentsPanel *attachments() const { return m_attachments; }
    // The leader's approval of the decision (the conclusion).
    ApprovalRow *approvalRow() const { return m_approval; }

    // The unit ("u:3") or person ("p:12") chosen joins the list, named as the directory names
    // it (a person with the title held now); the same one twice is refused with a sentence.
    bool addRecipient(const QVariant &pickerValue);
    // Rows read from a CSV file (RecipientCsv) join the list; a person not in the directory is
    // added to it when the commendation is saved.
    void addImportedRows(const QList<QVariantMap> &rows);
    // Opens the import dialog for a CSV list.
    void importList();
    // The board accepts every recipient still pending.
    void acceptAll();
    // The warnings shown under the list (as of the last save).
    QStringList warnings() const;
    // Selects the row of the warning at `index` of the panel.
    void selectWarning(int index);
    bool isFrozen() const;
    QString frozenBanner() const;

protected:
    bool validate(QString *sentence, QWidget **focus) const override;
    void loaded() override;
    bool saveChildren(qint64 id, const ChildRowsModel::Resolver &resolve, QString *error,
        std::optional<ChildRowsModel::Conflict> *conflict) override;
    bool childrenDirty() const override;
    void rebaseChildren() override;

private:
    void fillPickers();
    void updateCounts();
    void rowsChanged() override { updateCounts(); }
    void updateFormWarning();
    void updateKind();
    void updateFrozen();
    void updateWarnings();

    std::unique_ptr<Ui::CommendationEditor> m_ui;
    RecipientRowsModel *m_recipients;
    AttachmentsPanel *m_attachments;
    ApprovalRow *m_approval = nullptr;
};
