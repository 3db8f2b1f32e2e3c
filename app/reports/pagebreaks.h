#pragma once

class QTextDocument;

// Page breaks that a Party office would not sign: a list's row cut across two pages (the name on
// one, the rest of the title on the next), a signature block cut in two, or "Nơi nhận" and the
// signature on a page with nothing of the body above them. Run after the document is laid out
// for its device.
namespace PageBreaks {
// scale: the device's pixels per 96-dpi pixel (QTextDocument takes paddings in those).
void keepTogether(QTextDocument *document, double scale);
}
