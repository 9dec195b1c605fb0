package org.organizer.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.network.NetworkFixtures.form;
import static org.organizer.network.NetworkFixtures.unique;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The public directory and organisation pages, and the same under the API. */
@PressTest
class DirectoryTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    NetworkFixtures fixtures;

    @Autowired
    Organisations organisations;

    @Autowired
    OrganisationRepository repository;

    @Autowired
    JdbcClient jdbc;

    Actor editor;

    @BeforeEach
    void people() {
        editor = fixtures.person(Role.EDITOR);
    }

    @Test
    void theDirectoryFiltersByCountryAndKind() {
        String tag = unique();
        Map<String, String> union = form("Dockers " + tag);
        union.put("country", "GR");
        Map<String, String> party = form("Party " + tag);
        party.put("country", "GR");
        party.put("kind", "party");
        Map<String, String> elsewhere = form("Elsewhere " + tag);
        elsewhere.put("country", "FR");
        fixtures.create(editor, union);
        fixtures.create(editor, party);
        fixtures.create(editor, elsewhere);

        assertThat(mvc.get().uri("/en/organisations?country=GR&kind=trade-union&q={q}", tag))
                .hasStatusOk()
                .bodyText()
                .contains("Dockers " + tag)
                .doesNotContain("Party " + tag)
                .doesNotContain("Elsewhere " + tag);
        assertThat(mvc.get().uri("/en/organisations?country=gr&q={q}", tag))
                .hasStatusOk()
                .bodyText()
                .contains("Dockers " + tag, "Party " + tag)
                .doesNotContain("Elsewhere " + tag);
        assertThat(mvc.get().uri("/en/organisations?kind=party&q={q}", tag))
                .hasStatusOk()
                .hasHeader("Cache-Control", "public, max-age=60")
                .bodyText()
                .contains("Party " + tag)
                .doesNotContain("Dockers " + tag);
        assertThat(organisations.search(tag, "FR", null))
                .extracting(o -> o.name("en", "en"))
                .containsExactly("Elsewhere " + tag);
    }

    @Test
    void anEndorserIsRecognisedByItsWebsiteHostElseByASpellingVariantOfANameInAnyLanguage() {
        String tag = unique();
        Map<String, String> params = form("Harbour Pilots " + tag);
        params.put("name.es", "Prácticos del Puerto " + tag);
        params.put("website", "https://www.pilots-" + tag + ".example.org/en");
        Organisation pilots = fixtures.create(editor, params);
        Organisation namesake = fixtures.create(editor, "Other pilots " + tag);

        assertThat(organisations.recognise("Another name entirely", "pilots-" + tag + ".example.org"))
                .contains(pilots.id());
        assertThat(organisations.recognise("PRACTICOS del puerto, " + tag.toUpperCase() + " S.A.", null))
                .contains(pilots.id());
        // The website host outranks a name that belongs to another organisation.
        assertThat(organisations.recognise("Other Pilots " + tag, "pilots-" + tag + ".example.org"))
                .contains(pilots.id());
        assertThat(organisations.recognise("other-pilots " + tag, null)).contains(namesake.id());
        assertThat(organisations.recognise("Harbour " + tag, "elsewhere-" + tag + ".example.org"))
                .isEmpty();
    }

    @Test
    void namesStoredBeforeTheyHadAKeyGetOneAndAreRecognisedThen() {
        String tag = unique();
        Organisation older = fixtures.create(editor, "Ferry Crews " + tag);
        jdbc.sql("UPDATE organisation_text SET name_key = NULL WHERE organisation_id = ?")
                .param(older.id().value())
                .update();
        assertThat(organisations.recognise("Ferry crews " + tag, null)).isEmpty();

        assertThat(repository.fillMissingNameKeys()).isPositive();

        assertThat(organisations.recognise("Ferry crews " + tag, null)).contains(older.id());
        assertThat(repository.fillMissingNameKeys()).isZero();
    }

    @Test
    void namesShowInTheReadersLanguageElseInTheSitesDefaultElseTheOrganisationsOwn() {
        String tag = unique();
        Map<String, String> both = form("Port workers " + tag);
        both.put("name.es", "Estibadores " + tag);
        Map<String, String> italianOnly = form("");
        italianOnly.remove("name.en");
        italianOnly.put("name.it", "Portuali " + tag);
        fixtures.create(editor, both);
        Organisation italian = fixtures.create(editor, italianOnly);

        assertThat(mvc.get().uri("/es/organisations?q={q}", tag))
                .bodyText()
                .contains("Estibadores " + tag, "Portuali " + tag)
                .doesNotContain("Port workers " + tag);
        assertThat(mvc.get().uri("/ar/organisations?q={q}", tag))
                .bodyText()
                .contains("Port workers " + tag, "Portuali " + tag)
                .contains("lang=\"it\"");
        assertThat(mvc.get().uri("/ar/organisations/{slug}", italian.slug()))
                .hasStatusOk()
                .bodyText()
                .contains("Portuali " + tag)
                .contains(ctxCountryInArabic());
    }

    private static String ctxCountryInArabic() {
        return java.util.Locale.of("", "IT").getDisplayCountry(java.util.Locale.of("ar"));
    }

    @Test
    void theApiListsAndShowsPublicFieldsWithTheVerifiedFlag() {
        String tag = unique();
        Map<String, String> params = form("Committee " + tag);
        params.put("kind", "committee");
        params.put("description.en", "We organise.");
        params.put("website", "https://committee-" + tag + ".example.org");
        Organisation created = fixtures.create(editor, params);

        assertThat(mvc.get().uri("/api/v1/organisations?q={q}&kind=committee&country=it", tag))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].slug")
                .isEqualTo(created.slug());
        assertThat(mvc.get().uri("/api/v1/organisations/{slug}", created.slug()))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.names.en").isEqualTo("Committee " + tag);
                    assertThat(json).extractingPath("$.kind").isEqualTo("committee");
                    assertThat(json).extractingPath("$.verified").isEqualTo(false);
                    assertThat(json).extractingPath("$.descriptions.en").isEqualTo("We organise.");
                });
    }

    @Test
    void unknownOrganisationsAndBadFiltersGetAClearMessageInTheReadersLanguage() {
        assertThat(mvc.get().uri("/es/organisations/no-such-org-" + unique()))
                .hasStatus(404)
                .bodyText()
                .contains("No existe esa organización.");
        assertThat(mvc.get().uri("/es/organisations?country=XX"))
                .hasStatus(400)
                .bodyText()
                .contains("Elija un país de la lista");
        assertThat(mvc.get().uri("/ar/organisations?kind=guild"))
                .hasStatus(400)
                .bodyText()
                .contains("اختر أحد أنواع المنظمات المعروضة.");
        assertThat(mvc.get().uri("/api/v1/organisations?country=ZZ").header("Accept-Language", "es"))
                .hasStatus(400)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("Elija un país de la lista");
        assertThat(mvc.get().uri("/api/v1/organisations/nothing-" + unique()).header("Accept-Language", "ar"))
                .hasStatus(404)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("لا توجد منظمة كهذه.");
    }

    @Test
    void aCachedOrganisationPageShowsTheChangeAfterAnEdit() {
        Organisation organisation = fixtures.create(editor, "Before " + unique());
        assertThat(mvc.get().uri("/en/organisations/{slug}", organisation.slug()))
                .bodyText()
                .contains(organisation.name("en", "en"));
        String renamed = "After " + unique();
        Map<String, String> params = form(renamed);
        fixtures.update(editor, organisation, params);

        assertThat(mvc.get().uri("/en/organisations/{slug}", organisation.slug()))
                .bodyText()
                .contains(renamed);
    }
}
