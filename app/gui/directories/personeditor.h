#pragma once

#include "gui/common/recordeditor.h"

#include <memory>

namespace Ui {
class PersonEditor;
}

// A person of the directory (cán bộ): full name, the parts used for sorting, current title, unit;
// for the Party membership badge, the dates admitted, made official and deceased, and a grave
// illness.
class PersonEditor : public RecordEditor
{
    Q_OBJECT

public:
    PersonEditor(Store *store, qint64 id, QWidget *parent = nullptr);
    ~PersonEditor() override;

protected:
    bool validate(QString *sentence, QWidget **focus) const override;
    void loaded() override;
    bool saveChildren(qint64 id, const ChildRowsModel::Resolver &resolve, QString *error,
        std::optional<ChildRowsModel::Conflict> *conflict) override;
    bool childrenDirty() const override;
    void rebaseChildren() override;

private:
    static ChildRowsModel *disciplineRows(QObject *parent);
    void splitName(const QString &fullName);
    bool noNamesake(QString *sentence, QWidget **focus) const;

    std::unique_ptr<Ui::PersonEditor> m_ui;
    ChildRowsModel *m_disciplines;
};
