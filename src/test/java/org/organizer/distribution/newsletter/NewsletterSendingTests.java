package org.organizer.distribution.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.organizer.distribution.newsletter.Readers.WAIT;
import static org.organizer.distribution.newsletter.Readers.address;
import static org.organizer.distribution.newsletter.Readers.awaitMessages;
import static org.organizer.distribution.newsletter.Readers.html;
import static org.organizer.distribution.newsletter.Readers.linkIn;
import static org.organizer.distribution.newsletter.Readers.path;
import static org.organizer.distribution.newsletter.Readers.text;
import static org.organizer.press.support.EditionForms.freeNumber;
import static org.organizer.press.support.Newsrooms.as;
import static org.organizer.press.support.Newsrooms.content;
import static org.organizer.press.support.Newsrooms.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.distribution.delivery.Deliveries;
import org.organizer.distribution.delivery.DeliveryRecord;
import org.organizer.distribution.delivery.DeliveryState;
import org.organizer.press.Article;
import org.organizer.press.PrintableEdition;
import org.organizer.press.support.EditionForms;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.organizer.testing.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Editors send editions and articles as newsletters; readers get them in their language and can leave at once. */
@PressTest
class NewsletterSendingTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    PrintableEdition.Source editions;

    @Autowired
    Deliveries deliveries;

    Readers readers;
    Actor editor;

    @BeforeEach
    void editor() {
        editor = newsrooms.person(Role.EDITOR);
        readers = new Readers(mvc);
    }

    /** An article published in English and in Spanish translation. */
    Article translated(String english, String spanish) {
        Article en = newsrooms.published(editor, "en", english);
        Article es = newsrooms.newsroom().addTranslation(editor, en.id(), "es", content(spanish));
        newsrooms.newsroom().publish(editor, es.id());
        return en;
    }

    String issueOf(MvcTestResult created) {
        assertThat(created).hasStatus3xxRedirection();
        return created.getResponse().getRedirectedUrl();
    }

    UUID send(String issue) {
        MvcTestResult sent =
                mvc.post().uri(issue + "/send").with(as(editor)).with(csrf()).exchange();
        assertThat(sent).hasStatus3xxRedirection();
        return UUID.fromString(sent.getResponse().getRedirectedUrl().replace("/admin/deliveries/", ""));
    }

    void awaitDone(UUID batch) {
        await().atMost(WAIT).until(() -> !deliveries.batch(batch).orElseThrow().inProgress());
    }

    static List<MimeMessage> withSubject(String to, String subject) {
        return TestMailServer.messagesTo(to).stream()
                .filter(m -> {
                    try {
                        return m.getSubject().contains(subject);
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }

    @Test
    void anEditionGoesToEachReaderInTheirLanguageWithBothPartsAndOneClickUnsubscribe() throws Exception {
        String english = unique("Dockers strike in Genoa");
        String spanish = unique("Huelga de estibadores en Génova");
        Article article = translated(english, spanish);
        EditionForms forms = new EditionForms(mvc, editor, editions);
        int number = freeNumber();
        String base = forms.create("en", number);
        forms.addSection(base, "Italy", false);
        forms.place(base, forms.composition(base).sections().getFirst(), article);
        assertThat(forms.post(base + "/publish")).hasStatus3xxRedirection();
        String en = address("en-reader");
        String es = address("es-reader");
        String pending = address("pending");
        readers.confirmed(en, "en");
        readers.confirmed(es, "es");
        readers.subscribe("en", pending, "en");
        awaitMessages(pending, 1);

        String issue = issueOf(mvc.post()
                .uri("/admin/newsletter/edition")
                .param("language", "en")
                .param("number", String.valueOf(number))
                .with(as(editor))
                .with(csrf())
                .exchange());
        assertThat(mvc.get().uri(issue).with(as(editor)))
                .hasStatusOk()
                .bodyText()
                .contains("No. " + number, "English", "Español", english, "/send");
        UUID batch = send(issue);
        awaitDone(batch);

        MimeMessage english1 = withSubject(en, "No. " + number).getFirst();
        MimeMessage spanish1 = withSubject(es, "N.º " + number).getFirst();
        assertThat(english1.getContentType()).startsWith("multipart/alternative");
        assertThat(text(english1)).contains(english, "Unsubscribe: http://localhost:8080/en/newsletter/unsubscribe/");
        assertThat(html(english1))
                .contains(english, "lang=\"en\"", "max-width:640px", "http://localhost:8080/en/articles/")
                .doesNotContain(NewsletterLinks.UNSUBSCRIBE, NewsletterLinks.MANAGE, "<script");
        assertThat(text(spanish1)).contains(spanish).doesNotContain(english);
        assertThat(html(spanish1)).contains(spanish, "Darse de baja", "http://localhost:8080/es/articles/");
        String[] unsubscribe = english1.getHeader("List-Unsubscribe");
        assertThat(unsubscribe).hasSize(1);
        assertThat(unsubscribe[0]).matches("<http://localhost:8080/newsletter/unsubscribe/[A-Za-z0-9_-]{43}>");
        assertThat(english1.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(withSubject(pending, "No. " + number)).isEmpty();
        assertThat(TestMailServer.messagesTo(pending)).hasSize(1);

        // A second click sends nothing more.
        assertThat(send(issue)).isEqualTo(batch);
        awaitDone(batch);
        assertThat(withSubject(en, "No. " + number)).hasSize(1);
        assertThat(mvc.get().uri(issue).with(as(editor)))
                .bodyText()
                .contains("/admin/deliveries/" + batch)
                .doesNotContain(issue + "/send");
    }

    @Test
    void oneClickUnsubscribeNeedsNoCsrfTokenTakesEffectAtOnceAndStopsTheNextNewsletter() throws Exception {
        String title = unique("Teachers march in Santiago");
        Article article = newsrooms.published(editor, "en", title);
        String reader = address("leaving");
        String stays = address("staying");
        readers.confirmed(reader, "en");
        readers.confirmed(stays, "en");
        UUID first = send(issueOf(mvc.post()
                .uri("/admin/newsletter/articles")
                .param("article", article.id().toString())
                .with(as(editor))
                .with(csrf())
                .exchange()));
        awaitDone(first);
        MimeMessage received = withSubject(reader, "News from").getLast();
        String oneClick = received.getHeader("List-Unsubscribe")[0].replaceAll("[<>]", "");
        String visible = linkIn(received, "/en/newsletter/unsubscribe/");
        assertThat(mvc.get().uri(path(visible))).hasStatusOk().bodyText().contains("method=\"post\"");

        assertThat(mvc.post()
                        .uri(path(oneClick))
                        .contentType("application/x-www-form-urlencoded")
                        .content("List-Unsubscribe=One-Click"))
                .hasStatusOk()
                .bodyText()
                .contains("You are unsubscribed.");

        int before = TestMailServer.messagesTo(reader).size();
        UUID second = send(issueOf(mvc.post()
                .uri("/admin/newsletter/articles")
                .param("article", article.id().toString())
                .with(as(editor))
                .with(csrf())
                .exchange()));
        awaitDone(second);
        assertThat(TestMailServer.messagesTo(reader)).hasSize(before);
        assertThat(withSubject(stays, "News from")).hasSize(2);
        List<DeliveryRecord> failed = deliveries.deliveries(second, DeliveryState.FAILED, 1000);
        assertThat(failed).noneMatch(d -> d.recipient().equalsIgnoreCase(stays));
    }

    @Test
    void readersWhoChoseCountriesOnlyGetNewslettersAboutThem() {
        Article italy = newsrooms.published(editor, "en", unique("Port workers in Italy"));
        String chile = address("chile-only");
        String all = address("everything");
        readers.confirmed(chile, "en", "CL");
        readers.confirmed(all, "en");
        UUID batch = send(issueOf(mvc.post()
                .uri("/admin/newsletter/articles")
                .param("article", italy.id().toString())
                .with(as(editor))
                .with(csrf())
                .exchange()));
        awaitDone(batch);
        assertThat(withSubject(all, "News from")).hasSize(1);
        assertThat(withSubject(chile, "News from")).isEmpty();
    }

    @Test
    void editorsPreviewEachLanguageAsSentAndSendATestToThemselves() {
        String english = unique("Nurses picket the ministry");
        String spanish = unique("Enfermeras ante el ministerio");
        Article article = translated(english, spanish);
        String issue = issueOf(mvc.post()
                .uri("/admin/newsletter/articles")
                .param("article", article.id().toString())
                .with(as(editor))
                .with(csrf())
                .exchange());

        assertThat(mvc.get().uri(issue + "/preview/es").with(as(editor)))
                .hasStatusOk()
                .bodyText()
                .contains(spanish, "lang=\"es\"", "Darse de baja");
        assertThat(mvc.get().uri(issue + "/preview/ar").with(as(editor)))
                .hasStatusOk()
                .bodyText()
                .contains("dir=\"rtl\"", english);
        assertThat(mvc.post()
                        .uri(issue + "/test")
                        .param("language", "es")
                        .with(as(editor))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl(issue + "?notice=tested");
        MimeMessage test = awaitMessages(editor.email(), 1).getFirst();
        assertThat(html(test)).contains(spanish);
        assertThat(text(test)).contains(spanish);
    }

    @Test
    void onlyEditorsReachTheNewsletterAdmin() {
        assertThat(mvc.get().uri("/admin/newsletter")).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/admin/newsletter").with(as(newsrooms.person(Role.CORRESPONDENT))))
                .hasStatus(403);
        assertThat(mvc.get().uri("/admin/newsletter").with(as(editor)))
                .hasStatusOk()
                .bodyText()
                .contains("/admin/newsletter/edition", "/admin/deliveries");
        assertThat(mvc.get().uri("/admin/newsletter").with(as(newsrooms.person(Role.ADMINISTRATOR))))
                .hasStatusOk();
        assertThat(mvc.post()
                        .uri("/admin/newsletter/articles")
                        .param("article", UUID.randomUUID().toString())
                        .with(as(newsrooms.person(Role.CORRESPONDENT)))
                        .with(csrf()))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/admin/newsletter/edition")
                        .param("language", "en")
                        .param("number", "999999999")
                        .with(as(editor))
                        .with(csrf()))
                .hasStatus(400)
                .bodyText()
                .contains("There is no published edition with this number in this language.");
        assertThat(mvc.get().uri("/admin/newsletter/not-an-issue").with(as(editor)))
                .hasStatus(404);
    }
}
