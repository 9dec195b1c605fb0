package org.organizer.press.editions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.press.support.Newsrooms.as;
import static org.organizer.press.support.Newsrooms.unique;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.press.EditionPublished;
import org.organizer.press.EditionUnpublished;
import org.organizer.press.PublishedEditionChanged;
import org.organizer.press.support.EditionForms;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Composing and publishing editions through /api/v1/editions with editors' and administrators' tokens. */
@PressTest
@RecordApplicationEvents
class EditionCompositionApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    ApplicationEvents events;

    Actor editor;

    private final Map<String, String> titles = new HashMap<>();

    @BeforeEach
    void people() {
        editor = newsrooms.person(Role.EDITOR);
    }

    @Test
    void anEditorComposesAndPublishesAFullEditionThroughTheApiAlone() throws Exception {
        int number = EditionForms.freeNumber();
        MvcTestResult created = call(HttpMethod.POST, "/api/v1/editions", editor, newEdition("en", number, "EUR"));
        assertThat(created).hasStatus(201).bodyJson().extractingPath("$.state").isEqualTo("DRAFT");
        String edition = created.getResponse().getHeader("Location");
        assertThat(edition).startsWith("/api/v1/editions/");

        String italy = addSection(edition, "Italy", "it", false);
        String chile = addSection(edition, "Chile", null, false);
        String tunisia = addSection(edition, "Tunisia supplement", "TN", true);
        String strike = publishedArticle("en", unique("Dockers strike in Genoa"));
        String march = publishedArticle("en", unique("March in Rome"));
        String miners = publishedArticle("en", unique("Miners in Santiago"));
        String appeal = publishedArticle("en", unique("Appeal of the Tunisian unions"));
        String dropped = publishedArticle("en", unique("Dropped at the last minute"));
        place(edition, italy, strike);
        place(edition, italy, march);
        place(edition, italy, miners);
        place(edition, italy, dropped);
        place(edition, tunisia, appeal);

        assertThat(call(HttpMethod.PUT, edition + "/articles/" + miners + "/section", editor, section(chile)))
                .hasStatusOk();
        assertThat(call(HttpMethod.POST, edition + "/articles/" + march + "/move", editor, "{\"direction\":\"UP\"}"))
                .hasStatusOk();
        assertThat(call(HttpMethod.DELETE, edition + "/articles/" + dropped, editor, null))
                .hasStatusOk();
        assertThat(call(HttpMethod.POST, edition + "/sections/" + chile + "/move", editor, "{\"direction\":\"UP\"}"))
                .hasStatusOk();
        assertThat(call(
                        HttpMethod.PUT,
                        edition + "/sections/" + italy,
                        editor,
                        "{\"title\":\"Italia\",\"country\":\"IT\"}"))
                .hasStatusOk();
        assertThat(call(HttpMethod.PUT, edition + "/cover", editor, "{\"article\":\"" + strike + "\"}"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.cover")
                .isEqualTo(strike);
        assertThat(call(HttpMethod.PUT, edition, editor, masthead(number, "2026-12-05", "EUR", "2", "5")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.solidarityPrice")
                .isEqualTo(5.0);
        assertThat(call(HttpMethod.GET, edition + "/articles/" + miners, editor, null))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.section")
                .isEqualTo(chile);

        MvcTestResult published = call(HttpMethod.POST, edition + "/publish", editor, null);
        assertThat(published).hasStatusOk().bodyJson().extractingPath("$.url").isEqualTo("/en/editions/" + number);
        assertThat(published)
                .bodyJson()
                .extractingPath("$.sections[*].title")
                .asArray()
                .containsExactly("Chile", "Italia");
        assertThat(published)
                .bodyJson()
                .extractingPath("$.sections[1].articles[*].id")
                .asArray()
                .containsExactly(march, strike);

        String page =
                mvc.get().uri("/en/editions/" + number).exchange().getResponse().getContentAsString();
        assertThat(page)
                .contains("Chile", "Italia", "Tunisia supplement")
                .contains(title(strike), title(march), title(miners), title(appeal))
                .doesNotContain(title(dropped));
        assertThat(page.indexOf("Chile")).isLessThan(page.indexOf("Italia"));
        assertThat(page.indexOf(title(march), page.indexOf("Italia")))
                .isLessThan(page.indexOf(title(strike), page.indexOf("Italia")));
        assertThat(page.indexOf("Italia")).isLessThan(page.indexOf("Tunisia supplement"));
        assertThat(mvc.get().uri("/api/v1/editions/en/{n}", number))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.cover.id")
                .isEqualTo(strike);
    }

    @Test
    void publishingThroughTheApiRaisesThePublicPageAndTheSameEventsAsTheAdmin() {
        int number = EditionForms.freeNumber();
        String edition = createdEdition("en", number);
        String italy = addSection(edition, "Italy", null, false);
        place(edition, italy, publishedArticle("en", unique("Port blockade")));
        assertThat(mvc.get().uri("/en/editions/" + number)).hasStatus(404);

        assertThat(call(HttpMethod.POST, edition + "/publish", editor, null))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.state")
                .isEqualTo("PUBLISHED");
        assertThat(mvc.get().uri("/en/editions/" + number))
                .hasStatusOk()
                .hasHeader("Cache-Control", "public, max-age=60")
                .headers()
                .containsHeader("ETag");
        assertThat(call(HttpMethod.PUT, edition + "/sections/" + italy, editor, "{\"title\":\"Italia\"}"))
                .hasStatusOk();
        assertThat(mvc.get().uri("/en/editions/" + number))
                .as("the cached page was dropped when the published edition changed")
                .bodyText()
                .contains("Italia");
        assertThat(call(HttpMethod.POST, edition + "/unpublish", editor, null)).hasStatusOk();
        assertThat(mvc.get().uri("/en/editions/" + number)).hasStatus(404);

        UUID id = UUID.fromString(edition.substring(edition.lastIndexOf('/') + 1));
        assertThat(events.stream(EditionPublished.class)).containsExactly(new EditionPublished(id, "en", number));
        assertThat(events.stream(PublishedEditionChanged.class))
                .containsExactly(new PublishedEditionChanged(id, "en", number, number));
        assertThat(events.stream(EditionUnpublished.class)).containsExactly(new EditionUnpublished(id, "en", number));
    }

    @Test
    void onlyEditorAndAdministratorTokensComposeEditions() {
        Actor correspondent = newsrooms.person(Role.CORRESPONDENT);
        Actor administrator = newsrooms.person(Role.ADMINISTRATOR);
        String edition = createdEdition("en", EditionForms.freeNumber());
        String body = newEdition("en", EditionForms.freeNumber(), "EUR");

        assertProblem(call(HttpMethod.POST, "/api/v1/editions", null, body), 401);
        assertProblem(call(HttpMethod.POST, edition + "/publish", null, null), 401);
        assertProblem(call(HttpMethod.GET, edition, null, null), 401);
        assertProblem(call(HttpMethod.POST, "/api/v1/editions", correspondent, body), 403);
        assertProblem(call(HttpMethod.GET, edition, correspondent, null), 403);
        assertProblem(call(HttpMethod.POST, edition + "/sections", correspondent, "{\"title\":\"Italy\"}"), 403);
        assertProblem(call(HttpMethod.POST, edition + "/publish", correspondent, null), 403);

        assertThat(call(HttpMethod.POST, "/api/v1/editions", administrator, body))
                .hasStatus(201);
        assertThat(call(HttpMethod.POST, edition + "/publish", administrator, null))
                .hasStatusOk();
        assertThat(call(HttpMethod.GET, edition, editor, null))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.state")
                .isEqualTo("PUBLISHED");
    }

    @Test
    void badEditionFieldsAreProblemDetailsListingEveryMistake() {
        int number = EditionForms.freeNumber();
        assertThat(call(HttpMethod.POST, "/api/v1/editions", editor, newEdition("en", number, "EUR")))
                .hasStatus(201);

        assertProblem(call(HttpMethod.POST, "/api/v1/editions", editor, newEdition("en", number, "EUR")), 409);
        MvcTestResult currency =
                call(HttpMethod.POST, "/api/v1/editions", editor, newEdition("en", number + 1, "EURO"));
        assertProblem(currency, 400);
        assertThat(currency).bodyJson().extractingPath("$.detail").asString().contains("three-letter");
        MvcTestResult empty = call(HttpMethod.POST, "/api/v1/editions", editor, "{\"language\":\"en\"}");
        assertProblem(empty, 400);
        assertThat(empty).bodyJson().extractingPath("$.errors").asArray().hasSize(5);
        assertProblem(call(HttpMethod.POST, "/api/v1/editions", editor, newEdition("fr", number + 1, "EUR")), 400);
        String cheaperSolidarity = newEdition("en", number + 1, "EUR").replace("\"3.00\"", "\"1.00\"");
        assertProblem(call(HttpMethod.POST, "/api/v1/editions", editor, cheaperSolidarity), 400);
        String tooManyDecimals = newEdition("en", number + 1, "EUR").replace("\"1.50\"", "\"1.505\"");
        assertProblem(call(HttpMethod.POST, "/api/v1/editions", editor, tooManyDecimals), 400);
    }

    @Test
    void malformedJsonAndWrongTypesAreProblemDetailsNeverAStackTrace() {
        String edition = createdEdition("en", EditionForms.freeNumber());
        String italy = addSection(edition, "Italy", null, false);

        assertProblem(call(HttpMethod.POST, "/api/v1/editions", editor, "{\"language\": "), 400);
        assertProblem(call(HttpMethod.POST, "/api/v1/editions", editor, "[1, 2]"), 400);
        assertProblem(
                call(
                        HttpMethod.POST,
                        "/api/v1/editions",
                        editor,
                        newEdition("en", 1, "EUR").replace("1,", "\"one\",")),
                400);
        assertProblem(
                call(
                        HttpMethod.POST,
                        "/api/v1/editions",
                        editor,
                        newEdition("en", 2, "EUR").replace("2026-12-01", "tomorrow")),
                400);
        assertProblem(
                call(
                        HttpMethod.POST,
                        "/api/v1/editions",
                        editor,
                        newEdition("en", 3, "EUR").replace("\"1.50\"", "\"cheap\"")),
                400);
        assertProblem(
                call(HttpMethod.POST, edition + "/sections/" + italy + "/move", editor, "{\"direction\":\"LEFT\"}"),
                400);
        assertProblem(call(HttpMethod.POST, edition + "/sections/" + italy + "/move", editor, "{}"), 400);
        assertProblem(
                call(HttpMethod.POST, edition + "/articles", editor, "{\"section\":\"Italy\",\"article\":1}"), 400);
        assertProblem(call(HttpMethod.POST, edition + "/articles", editor, "{\"section\":\"" + italy + "\"}"), 400);
        assertProblem(call(HttpMethod.PUT, edition + "/cover", editor, null), 400);
        assertProblem(call(HttpMethod.POST, edition + "/sections", editor, "{\"title\":\"\"}"), 400);
        assertProblem(
                call(HttpMethod.POST, edition + "/sections", editor, "{\"title\":\"Atlantis\",\"country\":\"XX\"}"),
                400);
        assertProblem(call(HttpMethod.GET, "/api/v1/editions/not-a-uuid", editor, null), 400);
    }

    @Test
    void unknownIdsAndImpossibleChangesAreProblemDetailsWithTheirOwnStatus() {
        String edition = createdEdition("en", EditionForms.freeNumber());
        String italy = addSection(edition, "Italy", null, false);
        String placed = publishedArticle("en", unique("Placed once"));
        place(edition, italy, placed);
        String nowhere = "/api/v1/editions/" + UUID.randomUUID();
        String spanish = publishedArticle("es", unique("Huelga en el puerto"));

        assertProblem(call(HttpMethod.GET, nowhere, editor, null), 404);
        assertProblem(call(HttpMethod.PUT, nowhere, editor, masthead(5, "2026-12-01", "EUR", "1", "2")), 404);
        assertProblem(call(HttpMethod.POST, nowhere + "/publish", editor, null), 404);
        assertProblem(call(HttpMethod.POST, nowhere + "/sections", editor, "{\"title\":\"Italy\"}"), 404);
        assertProblem(call(HttpMethod.DELETE, edition + "/sections/" + UUID.randomUUID(), editor, null), 404);
        assertProblem(call(HttpMethod.GET, edition + "/sections/" + UUID.randomUUID(), editor, null), 404);
        String unplaced = publishedArticle("en", unique("Not placed yet"));
        assertProblem(
                call(
                        HttpMethod.POST,
                        edition + "/articles",
                        editor,
                        placement(UUID.randomUUID().toString(), unplaced)),
                404);
        assertProblem(
                call(
                        HttpMethod.POST,
                        edition + "/articles",
                        editor,
                        placement(italy, UUID.randomUUID().toString())),
                400);
        assertProblem(call(HttpMethod.POST, edition + "/articles", editor, placement(italy, spanish)), 400);
        assertProblem(call(HttpMethod.POST, edition + "/articles", editor, placement(italy, placed)), 409);
        assertProblem(call(HttpMethod.DELETE, edition + "/articles/" + spanish, editor, null), 409);
        assertProblem(call(HttpMethod.PUT, edition + "/cover", editor, "{\"article\":\"" + spanish + "\"}"), 409);
        assertProblem(call(HttpMethod.POST, edition + "/unpublish", editor, null), 409);
        assertThat(call(HttpMethod.POST, edition + "/publish", editor, null)).hasStatusOk();
        assertProblem(call(HttpMethod.POST, edition + "/publish", editor, null), 409);
    }

    @Test
    void removingASectionTakesItsArticlesAndTheCoverWithIt() {
        String edition = createdEdition("en", EditionForms.freeNumber());
        String italy = addSection(edition, "Italy", null, false);
        String lead = publishedArticle("en", unique("Lead story"));
        place(edition, italy, lead);
        assertThat(call(HttpMethod.PUT, edition + "/cover", editor, "{\"article\":\"" + lead + "\"}"))
                .bodyJson()
                .extractingPath("$.cover")
                .isEqualTo(lead);

        MvcTestResult removed = call(HttpMethod.DELETE, edition + "/sections/" + italy, editor, null);
        assertThat(removed)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.sections")
                .asArray()
                .isEmpty();
        assertThat(removed).bodyJson().doesNotHavePath("$.cover");
        assertThat(call(HttpMethod.PUT, edition + "/cover", editor, "{\"article\":null}"))
                .hasStatusOk();
    }

    @Test
    void theOpenApiDocumentDescribesTheWriteSide() {
        assertThat(mvc.get().uri("/api/v1/openapi.json"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.paths")
                .asMap()
                .containsKeys(
                        "/api/v1/editions",
                        "/api/v1/editions/{id}",
                        "/api/v1/editions/{id}/sections/{section}/move",
                        "/api/v1/editions/{id}/articles/{article}/section",
                        "/api/v1/editions/{id}/cover",
                        "/api/v1/editions/{id}/publish");
    }

    private String createdEdition(String language, int number) {
        MvcTestResult created = call(HttpMethod.POST, "/api/v1/editions", editor, newEdition(language, number, "EUR"));
        assertThat(created).hasStatus(201);
        return created.getResponse().getHeader("Location");
    }

    private String addSection(String edition, String title, @Nullable String country, boolean supplement) {
        String body = "{\"title\":\"%s\",%s\"supplement\":%s}"
                .formatted(title, country == null ? "" : "\"country\":\"" + country + "\",", supplement);
        MvcTestResult added = call(HttpMethod.POST, edition + "/sections", editor, body);
        assertThat(added).hasStatus(201);
        String location = added.getResponse().getHeader("Location");
        assertThat(call(HttpMethod.GET, location, editor, null))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.title")
                .isEqualTo(title);
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private void place(String edition, String section, String article) {
        MvcTestResult placed = call(HttpMethod.POST, edition + "/articles", editor, placement(section, article));
        assertThat(placed).hasStatus(201);
        assertThat(placed.getResponse().getHeader("Location")).isEqualTo(edition + "/articles/" + article);
    }

    /** Written and published through the articles API too, so the whole edition is made by an API client. */
    private String publishedArticle(String language, String title) {
        String body = """
                {"language":"%s","title":"%s","body":"Text.","byline":"Editorial Board","country":"IT",
                 "dateline":"2026-11-30"}""".formatted(language, title);
        MvcTestResult created = call(HttpMethod.POST, "/api/v1/articles", editor, body);
        assertThat(created).hasStatus(201);
        String id = JsonPath.read(
                new String(created.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8), "$.id");
        assertThat(call(HttpMethod.POST, "/api/v1/articles/" + id + "/publish", editor, null))
                .hasStatusOk();
        titles.put(id, title);
        return id;
    }

    private String title(String article) {
        return titles.get(article);
    }

    private MvcTestResult call(HttpMethod method, String uri, @Nullable Actor actor, @Nullable String json) {
        var request = mvc.method(method).uri(uri);
        if (actor != null) {
            request = request.with(as(actor));
        }
        if (json != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return request.exchange();
    }

    private static void assertProblem(MvcTestResult result, int status) {
        assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyText().doesNotContain("Exception", "at org.", "at java.");
    }

    private static String newEdition(String language, int number, String currency) {
        return """
                {"language":"%s","number":%d,"date":"2026-12-01","currency":"%s","coverPrice":"1.50",
                 "solidarityPrice":"3.00"}""".formatted(language, number, currency);
    }

    private static String masthead(int number, String date, String currency, String cover, String solidarity) {
        return """
                {"number":%d,"date":"%s","currency":"%s","coverPrice":%s,"solidarityPrice":%s}""".formatted(number, date, currency, cover, solidarity);
    }

    private static String placement(String section, String article) {
        return "{\"section\":\"%s\",\"article\":\"%s\"}".formatted(section, article);
    }

    private static String section(String section) {
        return "{\"section\":\"%s\"}".formatted(section);
    }
}
