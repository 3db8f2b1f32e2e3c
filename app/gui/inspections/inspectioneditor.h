#pragma once

#include "gui/common/recordeditor.h"

#include <memory>

namespace Ui {
class InspectionEditor;
}
class AttachmentsPanel;
class ChildRowsModel;
class QTableView;

// An inspection (Đoàn kiểm tra), from its decision to its targets: general data, the team's
// members in order, the targets (units or Party members) with their self-inspection reports, the
// contents inspected, attachments. Everything, and any document added on the spot for it, is
// saved in one transaction.
class InspectionEditor : public RecordEditor
{
    Q_OBJECT

public:
    InspectionEditor(Store *store, qint64 id, QWidget *parent = nullptr);
    ~InspectionEditor() override;

    ChildRowsModel *members() const { return m_members; }
    ChildRowsModel *targets() const { return m_targets; }
    ChildRowsModel *topics() const { return m_topics; }
    AttachmentsPanel *attachments() const { return m_attachments; }

    // The person chosen in the picker ("p:12") joins the team in this role; a second time is
    // refused with a sentence.
    bool addMember(const QVariant &pickerValue, const QString &role);
    // The unit ("u:3") or Party member ("p:12") chosen becomes a target; twice is refused.
    bool addTarget(const QVariant &pickerValue);
    // Takes the target off the list, unless it has recommendations (refused with a sentence).
    bool removeTarget(int row);
    void addTopic(const QString &title = QString());
    // Opens the target of the row (its schedule, conclusion and recommendations) in its own
    // editor; a target not saved yet is saved with the inspection first, after asking.
    RecordEditor *openTarget(int row);
    // Opens the document editor for a document inspected that is not in the directory yet.
    void addNewDocument();

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
    void showDecisionSource();

    std::unique_ptr<Ui::InspectionEditor> m_ui;
    ChildRowsModel *m_members;
    ChildRowsModel *m_targets;
    ChildRowsModel *m_topics;
    AttachmentsPanel *m_attachments;
};
