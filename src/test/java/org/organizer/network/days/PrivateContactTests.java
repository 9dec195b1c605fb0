package org.organizer.network.days;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.network.days.DaysFixtures.form;
import static org.organizer.network.days.DaysFixtures.links;
import static org.organizer.network.days.DaysFixtures.mailTo;
import static org.organizer.network.days.DaysFixtures.post;
import static org.organizer.network.days.DaysFixtures.unique;
import static org.organizer.press.support.Newsrooms.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.network.DayOfAction;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The organiser's address and a hidden meeting point never reach a public page, map or API answer. */
@PressTest
class PrivateContactTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DaysFixtures fixtures;

    @Autowired
    DayRepository repository;

    @Test
    void aPlantedContactAddressAndAHiddenMeetingPointAppearInNoPublicOutput() throws Exception {
        Actor editor = fixtures.person(Role.EDITOR);
        DayOfAction day = fixtures.upcoming(editor);
        String tag = unique();
        String secret = "hidden-" + tag + "@secret.example.org";
        String hiddenPlace = "Backroom of bakery " + tag;
        Map<String, String> params = form(secret);
        params.put("country", "IT");
        params.put("city", "Genova");
        params.put("zone", "Europe/Rome");
        params.put("meetingPoint", hiddenPlace);
        assertThat(post(mvc, "en", day, params)).hasStatus3xxRedirection();
        assertThat(mvc.post().uri(links(mailTo(secret)).getFirst()).with(csrf()))
                .hasStatusOk();
        Action action = repository.actions(day.id(), ActionStatus.PENDING).getFirst();
        assertThat(mvc.post()
                        .uri("/admin/days/{id}/actions/{action}/approve", day.id(), action.id())
                        .with(as(editor))
                        .with(csrf()))
                .hasStatus3xxRedirection();

        List<String> outputs = new ArrayList<>();
        for (String lang : List.of("en", "es", "ar")) {
            outputs.add(body(mvc.get().uri("/{lang}/days", lang)));
            outputs.add(body(mvc.get().uri("/{lang}/days/{slug}", lang, day.slug())));
        }
        outputs.add(body(mvc.get().uri("/api/v1/days")));
        outputs.add(body(mvc.get().uri("/api/v1/days/{slug}", day.slug())));

        assertThat(outputs.get(3))
                .as("the Spanish day page, map included")
                .contains("Italia", "Genova", "<svg", "<circle");
        assertThat(outputs.getLast()).contains("Genova", "Europe/Rome");
        for (String output : outputs) {
            assertThat(output).doesNotContain(secret, "secret.example.org", hiddenPlace, tag + "@");
        }
    }

    @Test
    void aMeetingPointTheOrganiserChoseToShowIsPublic() throws Exception {
        Actor editor = fixtures.person(Role.EDITOR);
        DayOfAction day = fixtures.upcoming(editor);
        String shown = "Plaza de Armas " + unique();
        Map<String, String> params = form("");
        params.put("meetingPoint", shown);
        params.put("showMeetingPoint", "yes");
        var union = fixtures.organisation(mvc, editor, "PE", false);
        Actor representative = fixtures.person(Role.REPRESENTATIVE);
        assertThat(mvc.post()
                        .uri("/admin/organisations/{id}/representatives", union.id())
                        .with(as(editor))
                        .with(csrf())
                        .param("email", representative.email())
                        .param("displayName", ""))
                .hasStatus3xxRedirection();
        params.put("organisation", union.slug());
        assertThat(post(mvc, "en", day, params).with(as(representative))).hasStatus3xxRedirection();

        assertThat(body(mvc.get().uri("/en/days/{slug}", day.slug()))).contains(shown);
        assertThat(body(mvc.get().uri("/api/v1/days/{slug}", day.slug()))).contains(shown);
    }

    private static String body(MockMvcTester.MockMvcRequestBuilder request) throws Exception {
        var result = request.exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString();
    }
}
