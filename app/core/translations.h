#pragma once

#include <QString>

class QCoreApplication;

// Installs the program's translation and Vietnamese for Qt's own dialogs; sets the default
// locale, so that calendars and number fields speak the same language.
namespace Translations {
bool install(QCoreApplication *app, const QString &language);
}
