package org.organizer.network.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.network.calls.CallFixtures.unique;
import static org.organizer.press.support.Newsrooms.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.network.Call;
import org.organizer.network.CallDateDecided;
import org.organizer.network.CallId;
import org.organizer.network.CallPublished;
import org.organizer.network.CallStatus;
import org.organizer.network.Calls;
import org.organizer.network.Organisation;
import org.organizer.network.Organisations;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A call from draft to its public pages, driven through the pages the people involved use. */
@PressTest
@RecordApplicationEvents
class CallCycleTests {

    static final LocalDate MAY_DAY = LocalDate.of(2027, 5, 1);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    Organisations organisations;

    @Autowired
    CallService service;

    @Autowired
    Calls calls;

    @Autowired
    CallRepository callRepository;

    CallFixtures fixtures;

    @BeforeEach
    void network() {
        fixtures = new CallFixtures(mvc, newsrooms, organisations, service);
    }

    @Test
    void aCallGoesFromDraftThroughDiscussionAndPollToItsPublicPagesInSpanishAndArabic(ApplicationEvents events) {
        Organisation issuer = fixtures.organisation("Dockers " + unique());
        Organisation b = fixtures.organisation("Teachers " + unique());
        Organisation c = fixtures.organisation("Nurses " + unique());
        Actor ra = fixtures.representativeOf(issuer);
        Actor rb = fixtures.representativeOf(b);
        Actor rc = fixtures.representativeOf(c);
        String title = "Stop the war " + unique();

        MvcTestResult created = mvc.post()
                .uri("/account/calls")
                .with(as(ra))
                .with(csrf())
                .param("issuer." + issuer.id(), "on")
                .param("language", "en")
                .param("originalDate", "2027-01-15")
                .param("title", title)
                .param("body", CallFixtures.BODY)
                .exchange();
        assertThat(created).hasStatus3xxRedirection();
        String workspace = created.getResponse().getRedirectedUrl().replaceAll("\\?.*", "");
        CallId id =
                CallId.parse(workspace.substring("/account/calls/".length())).orElseThrow();
        assertThat(mvc.get().uri(workspace).with(as(rb))).hasStatus(403);

        post(ra, workspace + "/status", "status", "discussion");
        post(
                rb,
                workspace + "/comments",
                "organisation",
                b.id().toString(),
                "commentParagraph",
                "2",
                "comment",
                "Too vague.");
        post(rc, workspace + "/comments", "organisation", c.id().toString(), "comment", "We support it.");
        post(
                rb,
                workspace + "/amendments",
                "organisation",
                b.id().toString(),
                "amendParagraph",
                "2",
                "replacement",
                "The second paragraph, made precise.",
                "reason",
                "Clarity");
        long amendment = callRepository.amendments(id).getFirst().id();
        post(ra, workspace + "/amendments/" + amendment + "/accept");
        assertThat(calls.byId(id).orElseThrow().original().body())
                .contains("The second paragraph, made precise.")
                .doesNotContain("to be amended")
                .contains("A third paragraph");
        assertThat(mvc.get().uri(workspace).with(as(rc)))
                .hasStatusOk()
                .bodyText()
                .contains("Too vague.", "We support it.", "The second paragraph, made precise.", "Clarity");

        post(ra, workspace + "/poll", "dates", "2027-05-15\n2027-05-01");
        post(
                rb,
                workspace + "/poll/answers",
                "organisation",
                b.id().toString(),
                "answer.2027-05-01",
                "yes",
                "answer.2027-05-15",
                "no",
                "note.2027-05-15",
                "Exams that week");
        post(
                rc,
                workspace + "/poll/answers",
                "organisation",
                c.id().toString(),
                "answer.2027-05-01",
                "yes",
                "answer.2027-05-15",
                "if-need-be");
        assertThat(mvc.get().uri(workspace).with(as(rb)))
                .hasStatusOk()
                .bodyText()
                .contains(b.name("en", "en"), c.name("en", "en"), "Exams that week");
        PollTally tally = service.tally(callRepository.poll(id).orElseThrow(), "en");
        assertThat(tally.dates()).extracting(PollTally.DateTally::yes).containsExactly(2, 0);
        assertThat(tally.dates()).extracting(PollTally.DateTally::ifNeedBe).containsExactly(0, 1);
        assertThat(tally.best()).contains(MAY_DAY);

        post(ra, workspace + "/poll/close", "date", "");
        Call decided = calls.byId(id).orElseThrow();
        assertThat(decided.status()).isEqualTo(CallStatus.DATE_DECIDED);
        assertThat(calls.decidedDate(id)).contains(MAY_DAY);
        assertThat(events.stream(CallDateDecided.class)).contains(new CallDateDecided(id, MAY_DAY));
        assertThat(mvc.get().uri(workspace).with(as(ra)).header("Accept-Language", "en"))
                .bodyText()
                .contains("Record of the decision", b.name("en", "en"), c.name("en", "en"));

        post(
                ra,
                workspace + "/versions",
                "language",
                "es",
                "title",
                "Alto a la guerra " + title,
                "body",
                "Llamamos a todos los trabajadores.\n\nSegundo párrafo.");
        post(
                ra,
                workspace + "/versions",
                "language",
                "ar",
                "title",
                "أوقفوا الحرب " + title,
                "body",
                "ندعو جميع العمال.\n\nالفقرة الثانية.");
        for (String language : new String[] {"en", "es", "ar"}) {
            post(ra, workspace + "/versions/" + language + "/publish");
        }
        assertThat(calls.isOpenForEndorsement(id)).isFalse();
        post(ra, workspace + "/status", "status", "open");
        assertThat(calls.isOpenForEndorsement(id)).isTrue();
        assertThat(events.stream(CallPublished.class).filter(e -> e.callId().equals(id)))
                .extracting(CallPublished::language)
                .containsExactlyInAnyOrder("en", "es", "ar");

        Call open = calls.byId(id).orElseThrow();
        String esSlug = open.version("es").orElseThrow().slug();
        String arSlug = open.version("ar").orElseThrow().slug();
        assertThat(calls.bySlug("es", esSlug)).map(Call::id).contains(id);
        assertThat(mvc.get().uri("/es/calls/" + esSlug))
                .hasStatusOk()
                .hasHeader("Cache-Control", "public, max-age=60")
                .bodyText()
                .contains("Alto a la guerra", format(MAY_DAY, "es"), issuer.name("es", "en"), "Jornada de acción");
        assertThat(mvc.get().uri("/ar/calls/{slug}", arSlug))
                .hasStatusOk()
                .bodyText()
                .contains("أوقفوا الحرب", format(MAY_DAY, "ar"), issuer.name("ar", "en"), "يوم التحرك");
        assertThat(mvc.get().uri("/es/calls"))
                .hasStatusOk()
                .hasHeader("Cache-Control", "public, max-age=60")
                .bodyText()
                .contains("Alto a la guerra " + title);
    }

    private static String format(LocalDate date, String language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.of(language))
                .format(date);
    }

    private void post(Actor actor, String uri, String... params) {
        var request = mvc.post().uri(uri).with(as(actor)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        assertThat(request).as(uri).hasStatus3xxRedirection();
    }
}
