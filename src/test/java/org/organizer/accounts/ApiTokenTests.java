package org.organizer.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import picocli.CommandLine;

@SpringBootTest
@AutoConfigureMockMvc
class ApiTokenTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountsTestSupport support;

    @Autowired
    ApiTokenCommand command;

    @Autowired
    UserAdministration administration;

    @Autowired
    JdbcClient jdbc;

    record Run(int exitCode, String out, String err) {}

    Run token(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(command);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    String created(Actor owner, String role) {
        Run run = token("create", "--email", owner.email(), "--role", role, "--name", "test client");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String[] lines = run.out().strip().split("\\R");
        return lines[lines.length - 1].strip();
    }

    @Test
    void theTokenCommandPrintsATokenOnceAndStoresOnlyItsHash() {
        Actor editor = support.person(Role.EDITOR);
        String token = created(editor, "editor");
        assertThat(token).startsWith("org_").hasSizeGreaterThan(40);
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash = ? OR name = ?")
                        .params(token, token)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(token("list", "--email", editor.email()).out()).contains("test client", "editor");
    }

    @Test
    void aTokenCannotHaveMoreRightsThanItsOwnerNorBelongToAnUnknownPerson() {
        Actor correspondent = support.person(Role.CORRESPONDENT);
        Run tooHigh = token("create", "--email", correspondent.email(), "--role", "editor");
        assertThat(tooHigh.exitCode()).isEqualTo(1);
        assertThat(tooHigh.err()).contains("Refused");
        assertThat(tooHigh.out()).doesNotContain("org_");

        assertThat(token("create", "--email", "nobody@example.org", "--role", "correspondent")
                        .exitCode())
                .isEqualTo(1);
        assertThat(token("create", "--email", correspondent.email(), "--role", "emperor")
                        .exitCode())
                .isEqualTo(2);
        assertThat(token("create", "--role", "editor").exitCode()).isEqualTo(2);
    }

    @Test
    void aBearerTokenActsWithItsOwnRoleNotItsOwnersRole() {
        Actor admin = support.person(Role.ADMINISTRATOR);
        String correspondentToken = created(admin, "correspondent");
        String editorToken = created(admin, "editor");

        assertThat(mvc.get().uri("/api/v1/test-probe/actor").header("Authorization", "Bearer " + correspondentToken))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.role")
                .isEqualTo("CORRESPONDENT");
        assertThat(mvc.post()
                        .uri("/api/v1/test-probe/editorial")
                        .header("Authorization", "Bearer " + correspondentToken))
                .hasStatus(HttpStatus.FORBIDDEN)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.post().uri("/api/v1/test-probe/editorial").header("Authorization", "Bearer " + editorToken))
                .hasStatusOk();
    }

    @Test
    void aTokenNeverActsAboveItsOwnersCurrentRoleAndStopsWorkingWhenTheOwnerIsDisabled() {
        Actor admin = support.person(Role.ADMINISTRATOR);
        Actor editor = support.person(Role.EDITOR);
        String token = created(editor, "editor");

        administration.changeRole(admin, editor.id(), Role.CORRESPONDENT);
        assertThat(mvc.get().uri("/api/v1/test-probe/actor").header("Authorization", "Bearer " + token))
                .bodyJson()
                .extractingPath("$.role")
                .isEqualTo("CORRESPONDENT");
        assertThat(mvc.post().uri("/api/v1/test-probe/editorial").header("Authorization", "Bearer " + token))
                .hasStatus(HttpStatus.FORBIDDEN);

        administration.setEnabled(admin, editor.id(), false);
        assertThat(mvc.get().uri("/api/v1/test-probe/actor").header("Authorization", "Bearer " + token))
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void unknownAndRevokedTokensAreAnsweredWith401ProblemDetails() {
        Actor editor = support.person(Role.EDITOR);
        String token = created(editor, "editor");
        String id =
                token("list", "--email", editor.email()).out().split("\t")[0].strip();

        assertThat(mvc.get().uri("/api/v1/test-probe/actor").header("Authorization", "Bearer org_made-up"))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .hasHeader("WWW-Authenticate", "Bearer");

        assertThat(token("revoke", "--id", id).exitCode()).isZero();
        assertThat(token("revoke", "--id", id).exitCode()).isEqualTo(1);
        assertThat(mvc.post().uri("/api/v1/test-probe/editorial").header("Authorization", "Bearer " + token))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo(401);
        assertThat(mvc.post().uri("/api/v1/test-probe/editorial")).hasStatus(HttpStatus.UNAUTHORIZED);
    }
}
