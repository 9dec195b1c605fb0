package org.organizer.print;

import org.jspecify.annotations.Nullable;

/**
 * A photo on paper, for a lead photo and for a photo inside an article's text alike: the picture at the
 * width of its block, in proportion, then its caption and credit in a small italic line. The caller opens
 * and closes the block around it, which decides span and keeps.
 */
final class PrintedPhoto {

    private PrintedPhoto() {}

    static void write(Fo fo, Typography type, PrintPhotos.Photo photo, @Nullable PrintLabels labels) {
        fo.start("block", "line-height", "0", "font-size", "0pt");
        fo.empty(
                "external-graphic",
                "src",
                "url('" + photo.file() + "')",
                "width",
                "100%",
                "content-width",
                "scale-to-fit",
                "content-height",
                "100%",
                "scaling",
                "uniform");
        fo.end();
        String credit =
                photo.credit().isBlank() || labels == null ? "" : labels.t("print.photo.credit", photo.credit());
        String text = photo.caption().isBlank() || credit.isEmpty()
                ? photo.caption() + credit
                : photo.caption() + labels.separator() + credit;
        if (!text.isBlank()) {
            fo.block(
                    text,
                    "font-family",
                    type.headings(text),
                    "font-style",
                    "italic",
                    "font-weight",
                    "normal",
                    "font-size",
                    "7.5pt",
                    "line-height",
                    "1.25",
                    "space-before",
                    "1mm");
        }
    }
}
