package org.organizer.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.network.NetworkFixtures.form;
import static org.organizer.network.NetworkFixtures.unique;
import static org.organizer.press.support.Newsrooms.as;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Private contact details never leave the editors' pages and the editors' API address. */
@PressTest
class PrivateContactsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    NetworkFixtures fixtures;

    @Test
    void aPlantedContactAppearsInNoPublicPageOrPublicApiAnswerInAnyLanguage() throws Exception {
        Actor editor = fixtures.person(Role.EDITOR);
        String tag = unique();
        String secretEmail = "secret-" + tag + "@hidden.example.org";
        String secretPhone = "+39 010 " + tag.replaceAll("[^0-9]", "7").substring(0, 6);
        String secretNote = "safehouse-" + tag;
        Map<String, String> params = form("Watched union " + tag);
        params.put("name.es", "Sindicato vigilado " + tag);
        params.put("name.ar", "نقابة " + tag);
        params.put("description.en", "Public words.");
        params.put("email", secretEmail);
        params.put("phone", secretPhone);
        params.put("postalAddress", "Via Segreta 1, " + secretNote);
        params.put("notes", secretNote);
        Organisation organisation = fixtures.create(editor, params);

        List<String> outputs = new ArrayList<>();
        for (String lang : List.of("en", "es", "ar")) {
            outputs.add(body(mvc.get().uri("/{lang}/organisations", lang).exchange()));
            outputs.add(
                    body(mvc.get().uri("/{lang}/organisations?q={q}", lang, tag).exchange()));
            outputs.add(
                    body(mvc.get().uri("/{lang}/organisations?country=IT", lang).exchange()));
            outputs.add(body(mvc.get()
                    .uri("/{lang}/organisations/{slug}", lang, organisation.slug())
                    .exchange()));
        }
        outputs.add(body(mvc.get().uri("/api/v1/organisations").exchange()));
        outputs.add(body(mvc.get().uri("/api/v1/organisations?q={q}", tag).exchange()));
        outputs.add(body(mvc.get()
                .uri("/api/v1/organisations/{slug}", organisation.slug())
                .exchange()));

        assertThat(outputs)
                .allSatisfy(output -> assertThat(output)
                        .contains(tag)
                        .doesNotContain(secretEmail, secretPhone, secretNote, "hidden.example.org"));
    }

    @Test
    void onlyEditorsReadContactsThroughTheirOwnApiAddress() {
        Actor editor = fixtures.person(Role.EDITOR);
        String tag = unique();
        Map<String, String> params = form("Contacted " + tag);
        params.put("email", "office-" + tag + "@union.example.org");
        params.put("phone", "+39 010 123456");
        Organisation organisation = fixtures.create(editor, params);
        String uri = "/api/v1/organisations/" + organisation.slug() + "/contacts";

        assertThat(mvc.get().uri(uri)).hasStatus(401);
        assertThat(mvc.get().uri(uri).with(as(fixtures.person(Role.CORRESPONDENT))))
                .hasStatus(403);
        assertThat(mvc.get().uri(uri).with(as(fixtures.representativeOf(editor, organisation))))
                .hasStatus(403);
        assertThat(mvc.get().uri(uri).with(as(editor)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.email")
                .isEqualTo("office-" + tag + "@union.example.org");
        assertThat(mvc.get().uri(uri).with(as(fixtures.person(Role.ADMINISTRATOR))))
                .hasStatusOk();
        assertThat(mvc.get().uri("/admin/organisations/{id}", organisation.id()).with(as(editor)))
                .hasStatusOk()
                .bodyText()
                .contains("office-" + tag + "@union.example.org");
    }

    private static String body(MvcTestResult result) throws Exception {
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
