#pragma once

#include "gui/common/recordeditor.h"

#include <memory>

namespace Ui {
class UnitEditor;
}

// A unit (đơn vị): name, kind, issuer code, place, hierarchy, validity and successor.
class UnitEditor : public RecordEditor
{
    Q_OBJECT

public:
    UnitEditor(Store *store, qint64 id, QWidget *parent = nullptr);
    ~UnitEditor() override;

protected:
    bool validate(QString *sentence, QWidget **focus) const override;

private:
    bool isBelowThisUnit(const QVariant &unitId) const;

    std::unique_ptr<Ui::UnitEditor> m_ui;
};
