#pragma once

#include <QIcon>
#include <QString>

// The core is a static library: its compiled-in resources (migrations, templates, icons,
// translations) are registered explicitly so the linker cannot drop them.
namespace AppResources {
void ensureLoaded();

// The icon theme's icon of that name ("document-new", "document-print"…) where the desktop has
// one, else the program's own drawing of it (resources/icons/NAME.svg): Windows, which has no
// theme, shows the same set on every PC.
QIcon icon(const QString &name);
}
