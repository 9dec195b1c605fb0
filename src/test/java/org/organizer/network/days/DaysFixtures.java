package org.organizer.network.days;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.organizer.press.support.Newsrooms.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.network.DayOfAction;
import org.organizer.network.Organisation;
import org.organizer.network.Organisations;
import org.organizer.press.support.Newsrooms;
import org.organizer.testing.TestMailServer;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Days, organisations, registrations and mailed links for the days-of-action tests; names are unique. */
@Component
class DaysFixtures {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final DayService days;
    private final Newsrooms newsrooms;
    private final Organisations organisations;

    DaysFixtures(DayService days, Newsrooms newsrooms, Organisations organisations) {
        this.days = days;
        this.newsrooms = newsrooms;
        this.organisations = organisations;
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    Actor person(Role role) {
        return newsrooms.person(role);
    }

    /** A day of action on the given date, titled in English and Spanish. */
    DayOfAction day(Actor editor, LocalDate date) {
        String tag = unique();
        Map<String, String> params = new HashMap<>();
        params.put("title.en", "Day of action " + tag);
        params.put("title.es", "Jornada de acción " + tag);
        params.put("slug", "day-" + tag);
        params.put("date", date.toString());
        return days.createDay(editor, DayRules.check(params, List.of("en", "es", "ar")));
    }

    DayOfAction upcoming(Actor editor) {
        return day(editor, LocalDate.now().plusDays(10));
    }

    /**
     * A directory organisation made through the editors' form, with its website at {@link #domainOf}, vouched
     * for when {@code verified}.
     */
    Organisation organisation(MockMvcTester mvc, Actor editor, String country, boolean verified) {
        String tag = unique();
        String name = "Union " + tag;
        var created = mvc.post()
                .uri("/admin/organisations")
                .with(as(editor))
                .with(csrf())
                .param("kind", "trade-union")
                .param("country", country)
                .param("city", "")
                .param("website", "https://union-" + tag.toLowerCase(java.util.Locale.ROOT) + ".example.org")
                .param("languages", "en")
                .param("name.en", name)
                .exchange();
        assertThat(created).hasStatus3xxRedirection();
        Organisation organisation = organisations.search(name, null, null).getFirst();
        if (verified) {
            assertThat(mvc.post()
                            .uri("/admin/organisations/{id}/vouch", organisation.id())
                            .with(as(editor))
                            .with(csrf())
                            .param("reason", "Known to the editors"))
                    .hasStatus3xxRedirection();
        }
        return organisations.byId(organisation.id()).orElseThrow();
    }

    /** The host of the organisation's website, where its own people have their mail. */
    static String domainOf(Organisation organisation) {
        return java.net
                .URI
                .create(java.util.Objects.requireNonNull(organisation.website()))
                .getHost();
    }

    /** A registration form for Lima, Peru, at 10:30 Lima time; adjust the map before posting. */
    static Map<String, String> form(String email) {
        Map<String, String> params = new HashMap<>();
        params.put("kind", "picket");
        params.put("country", "PE");
        params.put("city", "Lima");
        params.put("time", "10:30");
        params.put("zone", "America/Lima");
        params.put("meetingPoint", "");
        params.put("organisation", "");
        params.put("organiser", "Comité de base " + unique());
        params.put("description", "Picket at the port gate.");
        params.put("email", email);
        return params;
    }

    static MockMvcTester.MockMvcRequestBuilder post(
            MockMvcTester mvc, String lang, DayOfAction day, Map<String, String> params) {
        var request =
                mvc.post().uri("/{lang}/days/{slug}/register", lang, day.slug()).with(csrf());
        params.forEach((k, v) -> request.param(k, v));
        return request;
    }

    /** The body of the first mail to the address, waiting for its delivery. */
    static String mailTo(String address) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !TestMailServer.messagesTo(address).isEmpty());
        MimeMessage message = TestMailServer.messagesTo(address).getFirst();
        return GreenMailUtil.getBody(message);
    }

    /** The site-relative paths of the links in a mail body, in order. */
    static List<String> links(String body) {
        Matcher m = LINK.matcher(body.replace("=\r\n", "").replace("=\n", "").replace("=3D", "="));
        List<String> links = new java.util.ArrayList<>();
        while (m.find()) {
            links.add(m.group().replaceFirst("https?://[^/]+", ""));
        }
        assertThat(links).as("links in %s", body).isNotEmpty();
        return links;
    }

    static byte[] jpeg() throws IOException {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.DARK_GRAY);
        g.fillRect(0, 0, 640, 240);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }
}
