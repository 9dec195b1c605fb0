package org.organizer.network.endorsements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.organizer.press.support.Newsrooms.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.network.Call;
import org.organizer.network.CallId;
import org.organizer.network.Calls;
import org.organizer.network.Organisation;
import org.organizer.network.OrganisationId;
import org.organizer.network.Organisations;
import org.organizer.press.support.Newsrooms;
import org.organizer.testing.TestMailServer;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Organisations and calls open for endorsement, made through the pages editors use (the calls' own services
 * are internal to their package), and the endorsement form and its confirmation link as readers use them.
 */
final class EndorsementFixtures {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s]+/endorsements/confirm/[A-Za-z0-9_-]+");

    private final MockMvcTester mvc;
    private final Organisations organisations;
    private final Calls calls;
    final Actor editor;
    private final Newsrooms newsrooms;

    EndorsementFixtures(MockMvcTester mvc, Newsrooms newsrooms, Organisations organisations, Calls calls) {
        this.mvc = mvc;
        this.newsrooms = newsrooms;
        this.organisations = organisations;
        this.calls = calls;
        this.editor = newsrooms.person(Role.EDITOR);
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    Actor person(Role role) {
        return newsrooms.person(role);
    }

    /** A directory organisation in Italy, with a website when {@code host} is given. */
    Organisation organisation(String name, @Nullable String host) {
        MvcTestResult result = mvc.post()
                .uri("/admin/organisations")
                .with(as(editor))
                .with(csrf())
                .param("kind", "trade-union")
                .param("country", "IT")
                .param("city", "Genova")
                .param("languages", "it, en")
                .param("website", host == null ? "" : "https://www." + host + "/")
                .param("name.en", name)
                .exchange();
        assertThat(result).hasStatus3xxRedirection();
        String location = result.getResponse().getRedirectedUrl();
        String id = location.substring("/admin/organisations/".length(), location.indexOf('?'));
        return organisations.byId(OrganisationId.parse(id).orElseThrow()).orElseThrow();
    }

    Organisation verified(String name, String host) {
        Organisation organisation = organisation(name, host);
        assertThat(mvc.post()
                        .uri("/admin/organisations/{id}/vouch", organisation.id())
                        .with(as(editor))
                        .with(csrf())
                        .param("reason", "Known to the editors"))
                .hasStatus3xxRedirection();
        assertThat(organisations.isVerified(organisation.id())).isTrue();
        return organisation;
    }

    Actor representativeOf(Organisation organisation) {
        Actor representative = person(Role.REPRESENTATIVE);
        assertThat(mvc.post()
                        .uri("/admin/organisations/{id}/representatives", organisation.id())
                        .with(as(editor))
                        .with(csrf())
                        .param("email", representative.email())
                        .param("displayName", ""))
                .hasStatus3xxRedirection();
        return representative;
    }

    /**
     * A call issued by a new organisation, its day decided, its English, Spanish and Arabic versions published,
     * open for endorsement.
     */
    CallId openCall(String title) {
        Organisation issuer = organisation("Issuers " + unique(), null);
        MvcTestResult created = mvc.post()
                .uri("/account/calls")
                .with(as(editor))
                .with(csrf())
                .param("issuer." + issuer.id(), "on")
                .param("language", "en")
                .param("originalDate", "2027-01-15")
                .param("title", title)
                .param("body", "We call on every worker to stand together.")
                .exchange();
        assertThat(created).hasStatus3xxRedirection();
        String workspace = created.getResponse().getRedirectedUrl().replaceAll("\\?.*", "");
        CallId id =
                CallId.parse(workspace.substring("/account/calls/".length())).orElseThrow();
        post(workspace + "/status", "status", "discussion");
        post(workspace + "/poll", "dates", "2027-05-01");
        post(workspace + "/poll/close", "date", "2027-05-01");
        post(workspace + "/versions", "language", "es", "title", "Llamamiento " + title, "body", "Llamamos a todos.");
        post(workspace + "/versions", "language", "ar", "title", "نداء " + title, "body", "ندعو جميع العمال.");
        for (String language : new String[] {"en", "es", "ar"}) {
            post(workspace + "/versions/" + language + "/publish");
        }
        post(workspace + "/status", "status", "open");
        assertThat(calls.isOpenForEndorsement(id)).isTrue();
        return id;
    }

    void close(CallId id) {
        post("/account/calls/" + id + "/status", "status", "closed");
    }

    String slug(CallId id) {
        return slug(id, "en");
    }

    String slug(CallId id, String language) {
        return calls.byId(id)
                .flatMap(c -> c.version(language))
                .map(Call.Version::slug)
                .orElseThrow();
    }

    private void post(String uri, String... params) {
        var request = mvc.post().uri(uri).with(as(editor)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        assertThat(request).hasStatus3xxRedirection();
    }

    /** A complete endorsement form; change what a test needs. */
    static Map<String, String> form(String name, String email) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("kind", "association");
        form.put("country", "ES");
        form.put("website", "");
        form.put("signerName", "Rosa Martín");
        form.put("signerRole", "Secretary");
        form.put("publishSigner", "on");
        form.put("email", email);
        return form;
    }

    MvcTestResult endorse(String lang, String slug, Map<String, String> form) {
        var request = mvc.post().uri("/{lang}/calls/{slug}/endorse", lang, slug).with(csrf());
        for (var field : form.entrySet()) {
            request = request.param(field.getKey(), field.getValue());
        }
        return request.exchange();
    }

    /** The path of the confirmation link mailed to the address. */
    static String confirmationLink(String address) throws Exception {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !TestMailServer.messagesTo(address).isEmpty());
        MimeMessage message = TestMailServer.messagesTo(address).getLast();
        String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(message);
        Matcher m = LINK.matcher(body.replace("=\r\n", "").replace("=\n", ""));
        assertThat(m.find()).as("a link in %s", body).isTrue();
        return m.group().replaceFirst("https?://[^/]+", "");
    }

    /** Endorses, opens the mailed link and presses its button; answers the confirmation page. */
    MvcTestResult endorseAndConfirm(String slug, Map<String, String> form) throws Exception {
        assertThat(endorse("en", slug, form)).hasStatus3xxRedirection();
        String link = confirmationLink(form.get("email"));
        assertThat(mvc.get().uri(link)).hasStatusOk();
        MvcTestResult confirmed = mvc.post().uri(link).with(csrf()).exchange();
        assertThat(confirmed).hasStatusOk();
        return confirmed;
    }
}
