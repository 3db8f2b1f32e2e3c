#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

// The questions asked before a secret record's document leaves the program: they name its level
// ("This document is TỐI MẬT. Print 3 copies?"), so that no one prints or saves one unawares.
class SecretOutput
{
    Q_DECLARE_TR_FUNCTIONS(SecretOutput)

public:
    // How many numbered copies to print (each carries "Bản số: 01/03"); nothing when cancelled.
    static std::optional<int> askCopies(const QString &mark, QWidget *parent, int copies = 1);
    // Whether to write it to a file (which then only its owner may read).
    static bool confirmExport(const QString &mark, QWidget *parent);
    // The question of askCopies for this many copies.
    static QString printQuestion(const QString &mark, int copies);
};
