#pragma once

class QTextBlock;
class QTextDocument;

// Page breaks that a Party office would not sign: a list's row cut across two pages (the name on
// one, the rest of the title on the next), a signature block cut in two, or "Nơi nhận" and the
// signature on a page with nothing of the body above them. Run after the document is laid out
// for its device.
namespace PageBreaks {
// scale: the device's pixels per 96-dpi pixel (QTextDocument takes paddings in those).
void keepTogether(QTextDocument *document, double scale);
// A section heading of the body ("4. Kiến nghị, đề xuất"): a short paragraph of bold text
// only, not centred (the document's type and excerpt are). It is kept with the paragraph after
// it, here and, as "keep with next", in the ODT and DOCX.
bool isHeading(const QTextBlock &block);
}
