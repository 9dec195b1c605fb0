package org.organizer.press.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.press.support.Newsrooms.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.organizer.accounts.Actor;
import org.organizer.press.Article;
import org.organizer.press.PrintableEdition;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** An editor composing editions through the real admin forms, for tests of what editions feed into. */
public final class EditionForms {

    private final MockMvcTester mvc;
    private final Actor editor;
    private final PrintableEdition.Source editions;

    public EditionForms(MockMvcTester mvc, Actor editor, PrintableEdition.Source editions) {
        this.mvc = mvc;
        this.editor = editor;
        this.editions = editions;
    }

    /** An edition number no other test is likely to have taken. */
    public static int freeNumber() {
        return ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    /** Creates an edition through the editors' form; returns its admin address. */
    public String create(String language, int number) {
        MvcTestResult created = post(
                "/admin/editions",
                "language",
                language,
                "number",
                String.valueOf(number),
                "date",
                "2026-12-01",
                "currency",
                "EUR",
                "coverPrice",
                "1.50",
                "solidarityPrice",
                "3");
        assertThat(created).hasStatus3xxRedirection();
        return created.getResponse().getRedirectedUrl().replaceAll("\\?.*$", "");
    }

    public void addSection(String base, String title, boolean supplement) {
        assertThat(post(base + "/sections", "title", title, "supplement", String.valueOf(supplement)))
                .hasStatus3xxRedirection();
    }

    public void place(String base, PrintableEdition.Section section, Article article) {
        assertThat(post(
                        base + "/articles",
                        "section",
                        section.id().toString(),
                        "article",
                        article.id().toString()))
                .hasStatus3xxRedirection();
    }

    /** The edition as an editor sees it now, sections with their ids. */
    public PrintableEdition composition(String base) {
        var auth = new UsernamePasswordAuthenticationToken(
                editor.email(), null, List.of(new SimpleGrantedAuthority("ROLE_EDITOR")));
        return editions.forEditor(auth, UUID.fromString(base.substring(base.lastIndexOf('/') + 1)));
    }

    public MvcTestResult post(String uri, String... params) {
        var request = mvc.post().uri(uri).with(as(editor)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }
}
