#pragma once

#include "gui/common/recordeditor.h"

#include <memory>

namespace Ui {
class ConferenceEditor;
}
class AttachmentsPanel;
class ChildRowsModel;
class QTableView;

// A conference, from plan to conclusions: general data, participants (people or whole units),
// the programme, the outcomes and statistics, attachments. Everything, and any person or document
// added on the spot for it, is saved in one transaction.
class ConferenceEditor : public RecordEditor
{
    Q_OBJECT

public:
    ConferenceEditor(Store *store, qint64 id, QWidget *parent = nullptr);
    ~ConferenceEditor() override;

    ChildRowsModel *participants() const { return m_participants; }
    ChildRowsModel *programme() const { return m_programme; }
    ChildRowsModel *statistics() const { return m_statistics; }
    AttachmentsPanel *attachments() const { return m_attachments; }

    // A new conference that copies another (next year's giao ban): kind, title, document,
    // venue, organizer, secrecy, participants (invited again) and programme, a year later,
    // planned. Nothing is stored until it is saved.
    void startAsCopyOf(qint64 conferenceId);

    // The person or unit chosen in the picker ("p:12" / "u:3"), as the given role.
    bool addParticipant(const QVariant &pickerValue, const QString &role);
    // Opens the person editor for someone not in the directory; they join the participants and
    // are added to the directory when the conference is saved.
    void addNewPerson();
    // The same for a document implemented that is not in the directory yet.
    void addNewDocument();
    void importCsv(const QString &path);
    // Writes the suggested title, asking first when the title is one of the secretary's own.
    void suggestTitle();
    // Arranges the participants' rows in protocol order (the order the list prints in by
    // protocol), without choosing the manual order.
    void sortByProtocol();

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
    QString suggestion() const;
    void updateSuggestion();

    std::unique_ptr<Ui::ConferenceEditor> m_ui;
    ChildRowsModel *m_participants;
    ChildRowsModel *m_programme;
    ChildRowsModel *m_statistics;
    AttachmentsPanel *m_attachments;
    QString m_lastSuggestion;
    bool m_sortingByProtocol = false;
    QHash<QString, QVariantMap> m_unsavedDocuments; // pending value -> its fields
};
