package org.organizer.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.press.support.EditionForms.freeNumber;
import static org.organizer.press.support.Newsrooms.as;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.press.Article;
import org.organizer.press.ArticleContent;
import org.organizer.press.PrintableEdition;
import org.organizer.press.support.EditionForms;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PhotoUploads;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Library photos in an article's text are printed in the column with their caption and credit. */
@PressTest
class InlinePhotoPrintTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    PrintableEdition.Source editions;

    Actor editor;

    EditionForms forms;

    @BeforeEach
    void editor() {
        editor = newsrooms.person(Role.EDITOR);
        forms = new EditionForms(mvc, editor, editions);
    }

    @Test
    void aPhotoInTheTextIsPrintedAsOneMoreImageWithItsCaptionAndCreditButARemoteImageIsNot() throws IOException {
        String lead = upload("Dockers at the gate of the port", "Ana Ruiz");
        String inline = upload("The crane drivers vote to strike", "Luis Pérez");
        String title = Newsrooms.unique("Port closed");
        Article article = newsrooms
                .newsroom()
                .create(
                        editor,
                        "en",
                        ArticleContent.of(
                                title,
                                "",
                                "The port is closed.\n\n![](photo:" + inline + ")\n\n"
                                        + "![remote](https://example.org/a.jpg)\n\nThe strike goes on.",
                                "Our correspondent",
                                "IT",
                                LocalDate.of(2026, 11, 3),
                                null));
        newsrooms.newsroom().publish(editor, article.id());
        assertThat(mvc.put()
                        .uri("/api/v1/articles/{id}/lead-photo", article.id())
                        .with(as(editor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"photoId\":\"" + lead + "\"}"))
                .hasStatusOk();
        int number = freeNumber();
        String base = forms.create("en", number);
        forms.addSection(base, "Italy", false);
        forms.place(base, forms.composition(base).sections().getFirst(), article);
        assertThat(forms.post(base + "/publish")).hasStatus3xxRedirection();

        MvcTestResult result = mvc.get().uri("/en/editions/{n}.pdf", number).exchange();

        assertThat(result).hasStatusOk();
        try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            int images = 0;
            for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                images += PrintLayoutTests.images(pdf.getPage(page));
            }
            assertThat(images).as("the lead photo and the photo in the text").isEqualTo(2);
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("The crane drivers vote to strike · Photo: Luis Pérez")
                    .contains("The strike goes on.")
                    .doesNotContain("photo:");
        }
    }

    /** Uploads a 1800 × 1200 JPEG through the API (stored at 480, 960 and 1600); returns its id. */
    private String upload(String caption, String credit) throws IOException {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(FilePhotos.draw(1800, 1200, caption.hashCode()), "jpeg", jpeg);
        return PhotoUploads.upload(mvc, editor, jpeg.toByteArray(), "en", caption, credit);
    }
}
