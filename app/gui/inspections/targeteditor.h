#pragma once

#include "gui/common/recordeditor.h"
#include "models/inspectionrows.h"

#include <memory>

namespace Ui {
class TargetEditor;
}
class AttachmentsPanel;
class ApprovalRow;
class QTableView;

// One inspected target of an inspection (a Party organization or a Party member): its
// self-inspection report and working sessions, the conclusion with the violations found, the
// recommendations made, and the files kept with it. Everything is saved in one transaction.
// A recommendation's status and remedy reports are shown, never written here: they change only
// through its follow-up history.
class TargetEditor : public RecordEditor
{
    Q_OBJECT

public:
    TargetEditor(Store *store, qint64 targetId, QWidget *parent = nullptr);
    ~TargetEditor() override;

    NamedRowsModel *sessions() const { return m_sessions; }
    NamedRowsModel *violations() const { return m_violations; }
    NamedRowsModel *recommendations() const { return m_recommendations; }
    AttachmentsPanel *attachments() const { return m_attachments; }
    // The leader's approval of the decision (the conclusion).
    ApprovalRow *approvalRow() const { return m_approval; }
    qint64 teamId() const { return m_context.teamId; }

    // A new row, its first cell open for typing.
    void addSession();
    // subjectKind: "organization" (the target's unit to start with) or "member".
    void addViolation(const QString &subjectKind);
    void addRecommendation();
    // Refused, with a sentence, when the recommendation has a follow-up history; otherwise asks
    // first. True when the row was taken off (deleted from the store on save).
    bool removeRecommendation(int row);

    // "nộp chậm 3 ngày", "chưa nộp, quá hạn 2 ngày", or nothing.
    QString lateness() const;

protected:
    bool validate(QString *sentence, QWidget **focus) const override;
    void loaded() override;
    bool saveChildren(qint64 id, const ChildRowsModel::Resolver &resolve, QString *error,
        std::optional<ChildRowsModel::Conflict> *conflict) override;
    bool childrenDirty() const override;
    void rebaseChildren() override;

private:
    void setUpShown();
    void editNew(QTableView *view, ChildRowsModel *model, const QString &field);
    void updateLateness();
    void updateCounts();
    void rowsChanged() override { updateCounts(); }
    QString unitName(const QVariant &id) const;
    QString personName(const QVariant &id) const;

    std::unique_ptr<Ui::TargetEditor> m_ui;
    InspectionRows::Context m_context;
    NamedRowsModel *m_sessions;
    NamedRowsModel *m_violations;
    NamedRowsModel *m_recommendations;
    AttachmentsPanel *m_attachments;
    ApprovalRow *m_approval = nullptr;
    qint64 m_targetUnitId = 0;
    mutable QHash<qint64, QString> m_unitNames;
    mutable QHash<qint64, QString> m_personNames;
};
