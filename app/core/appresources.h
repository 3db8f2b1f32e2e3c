#pragma once

// The core is a static library: its compiled-in resources (migrations, templates, icons,
// translations) are registered explicitly so the linker cannot drop them.
namespace AppResources {
void ensureLoaded();
}
