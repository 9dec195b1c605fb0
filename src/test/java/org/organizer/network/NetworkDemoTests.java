package org.organizer.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Role;
import org.organizer.network.calls.DemoCall;
import org.organizer.network.days.DemoDay;
import org.organizer.network.endorsements.DemoEndorsements;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/** The network demo (--demo) shows a newcomer the whole cycle: a decided call, its endorsers, its day. */
@PressTest
class NetworkDemoTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    Accounts accounts;

    @Autowired
    DemoCall calls;

    @Autowired
    DemoEndorsements endorsements;

    @Autowired
    DemoDay days;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Calls publicCalls;

    @Test
    void theDemoShowsADecidedCallItsEndorsersByCountryAndADayWithActionsOnTheMap() throws Exception {
        NetworkDemo demo = new NetworkDemo(directory, accounts, calls, endorsements, days, transaction);
        NetworkDemo.Loaded loaded = transaction.execute(status -> demo.loadInto(newsrooms.person(Role.EDITOR)));
        assertThat(loaded).isNotNull();
        String slug = publicCalls
                .byId(loaded.call())
                .orElseThrow()
                .version("en")
                .orElseThrow()
                .slug();

        assertThat(mvc.get().uri("/en/calls/{slug}", slug))
                .hasStatusOk()
                .bodyText()
                .contains("Safe ports for the workers who run them")
                .contains("datetime=\"" + loaded.day().date() + "\"")
                .contains("id=\"endorsers-IT\"", "id=\"endorsers-BR\"", "id=\"endorsers-ZA\"")
                .contains("id=\"endorsers-KR\"", "id=\"endorsers-FR\"", "id=\"endorsers-PE\"")
                .contains("Harbour Workers' Union (demo)");

        var day = mvc.get().uri("/es/days/{slug}", loaded.day().slug()).exchange();
        assertThat(day)
                .hasStatusOk()
                .bodyText()
                .contains("Jornada de acción por puertos seguros")
                .contains("<svg")
                .contains("Santos", "Durban", "Busan", "Lima", "Marseille", "Rotterdam");
        assertThat(day.getResponse().getContentAsString().split("<circle", -1)).hasSizeGreaterThan(6);

        assertThat(mvc.get().uri("/api/v1/calls")).hasStatusOk().bodyText().contains(slug);
    }
}
