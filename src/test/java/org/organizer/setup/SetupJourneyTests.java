package org.organizer.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import picocli.CommandLine;

/**
 * One installation, set up once: its own context (and so its own empty database), whose steps run in
 * order and leave it set up.
 */
@SpringBootTest(properties = "organizer.test.database=empty-for-setup")
@AutoConfigureMockMvc
@TestMethodOrder(OrderAnnotation.class)
class SetupJourneyTests {

    static final String PASSWORD = "a long setup passphrase";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    SetupCommand command;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path tmp;

    @Test
    @Order(1)
    void beforeSetupEveryPageLeadsToTheSetupPage() {
        for (String page : List.of("/", "/en/", "/login", "/admin", "/admin/users")) {
            assertThat(mvc.get().uri(page)).as(page).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/setup");
        }
        assertThat(mvc.get().uri("/css/site.css")).hasStatusOk();
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk();
        assertThat(mvc.get()
                        .uri("/api/v1/nothing-here")
                        .exchange()
                        .getResponse()
                        .getRedirectedUrl())
                .isNull();
    }

    @Test
    @Order(2)
    void theSetupPageAsksForTheAdministratorAndThePublication() {
        assertThat(mvc.get().uri("/setup"))
                .hasStatusOk()
                .bodyText()
                .contains("Set up Organizer", "name=\"_csrf\"", "name=\"password\"", "value=\"en,es,ar\"");
    }

    @Test
    @Order(3)
    void invalidSetupShowsTranslatedErrorsAndKeepsWhatWasTypedExceptPasswords() {
        MvcTestResult result = mvc.post()
                .uri("/setup")
                .with(csrf())
                .header("Accept-Language", "es")
                .param("email", "ana@example.org")
                .param("displayName", "Ana")
                .param("password", "shortsecret")
                .param("confirmation", "shortsecret")
                .param("title", "Tribuna Obrera")
                .param("defaultLanguage", "es")
                .param("languages", "es,klingon")
                .exchange();
        assertThat(result)
                .hasStatusOk()
                .bodyText()
                .contains("La contraseña es demasiado corta.")
                .contains("value=\"ana@example.org\"", "value=\"Tribuna Obrera\"", "value=\"es,klingon\"")
                .doesNotContain("shortsecret");
        assertThat(mvc.post().uri("/setup").with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Enter a valid e-mail address", "The publication needs a title");
        assertThat(jdbc.sql("SELECT count(*) FROM publication")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    @Order(4)
    void theSetupCommandRejectsBadInputWithExitCode2() throws Exception {
        Path shortPassword = Files.writeString(tmp.resolve("short"), "short\n");
        assertThat(setupCommand(
                        "--email", "cli@example.org", "--password-file", shortPassword.toString(), "--title", "T"))
                .isEqualTo(2);
        assertThat(setupCommand(
                        "--email",
                        "cli@example.org",
                        "--password-file",
                        tmp.resolve("missing").toString(),
                        "--title",
                        "T"))
                .isEqualTo(2);
        assertThat(setupCommand("--email", "cli@example.org")).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM publication")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    @Order(5)
    void twoSimultaneousSetupsCannotBothSucceed() throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Integer>> results = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            for (String who : List.of("first", "second")) {
                results.add(threads.submit(() -> {
                    start.await();
                    MvcTestResult result = mvc.post()
                            .uri("/setup")
                            .with(csrf())
                            .param("email", who + "@example.org")
                            .param("displayName", who)
                            .param("password", PASSWORD)
                            .param("confirmation", PASSWORD)
                            .param("title", "The " + who + " paper")
                            .param("defaultLanguage", "en")
                            .param("languages", "en,es,ar")
                            .exchange();
                    return result.getResponse().getStatus();
                }));
            }
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        assertThat(statuses).containsExactlyInAnyOrder(302, 404);
        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE role = 'ADMINISTRATOR'")
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(jdbc.sql("SELECT languages FROM publication")
                        .query(String.class)
                        .single())
                .isEqualTo("{en,es,ar}");
    }

    @Test
    @Order(6)
    void afterSetupTheSetupPageIsGoneAndTheAdministratorSignsIn() {
        assertThat(mvc.get().uri("/setup")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post().uri("/setup").with(csrf()).param("email", "late@example.org"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/login").param("setup", ""))
                .hasStatusOk()
                .bodyText()
                .contains("Organizer is set up.");
        String admin = jdbc.sql("SELECT email FROM app_user WHERE role = 'ADMINISTRATOR'")
                .query(String.class)
                .single();
        assertThat(mvc.perform(formLogin().user(admin).password(PASSWORD))).hasRedirectedUrl("/admin");
    }

    @Test
    @Order(7)
    void theSetupCommandIsRefusedOnceSetUp() throws Exception {
        Path password = Files.writeString(tmp.resolve("password"), PASSWORD + "\n");
        StringWriter err = new StringWriter();
        int exitCode = setupCommand(
                err, "--email", "cli@example.org", "--password-file", password.toString(), "--title", "Another");
        assertThat(exitCode).isEqualTo(1);
        assertThat(err.toString()).contains("already set up");
    }

    private int setupCommand(String... args) {
        return setupCommand(new StringWriter(), args);
    }

    private int setupCommand(StringWriter err, String... args) {
        CommandLine commandLine = new CommandLine(command);
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
