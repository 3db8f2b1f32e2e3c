#pragma once

#include "storage/auditlog.h"

#include <QCoreApplication>
#include <QList>

class Store;

// The audit log in words: what a reviewer reads in a record's history and on the page
// "Nhật ký thay đổi" ("10:42 01/12/2026 — nva — Địa điểm: “Thanh Hóa” → “Hội trường Tỉnh ủy”").
class AuditHistory
{
    Q_DECLARE_TR_FUNCTIONS(AuditHistory)

public:
    // The entries of a record and of the rows it owns, newest first (at most `limit`).
    static QList<AuditEntry> of(
        const Store &store, const QString &table, const QVariant &key, int limit = 2000);

    // "Thêm", "Sửa", "Xóa", "Khôi phục".
    static QString action(const QString &action);
    // What changed, in words. `owner` is the table whose history is read: a row owned by it is
    // named ("Thêm người dự hội nghị “Nguyễn Văn A”"), the record itself is not.
    static QString describe(const AuditEntry &entry, const QString &owner = QString());
    // The whole line of a history.
    static QString line(const AuditEntry &entry, const QString &owner);
    // The time of an entry as the office reads it: "10:42 01/12/2026".
    static QString when(const QDateTime &at);

    // What the record's table is called ("hội nghị").
    static QString subject(const AuditEntry &entry);
    // The record's name; a setting's, in words.
    static QString recordName(const AuditEntry &entry);

private:
    static QString describeLowered(const AuditEntry &entry, const QString &owner);
};
