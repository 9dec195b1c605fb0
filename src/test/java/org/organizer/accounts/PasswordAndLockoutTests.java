package org.organizer.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.accounts.UsersAdministrationTests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
class PasswordAndLockoutTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountsTestSupport support;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theLoginPageHasACsrfProtectedForm() {
        support.ensureSetUp();
        assertThat(mvc.get().uri("/login")).hasStatusOk().bodyText().contains("name=\"_csrf\"", "Sign in");
    }

    @Test
    void peopleChangeTheirPasswordOnlyWithTheCurrentOneAndALongEnoughNewOne() {
        Actor editor = support.person(Role.EDITOR);
        assertThat(mvc.get().uri("/account/password")).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/account/password").with(as(editor))).hasStatusOk();

        assertThat(changePassword(editor, "wrong current one", "a brand new passphrase"))
                .hasStatusOk()
                .bodyText()
                .contains("The current password is wrong.");
        assertThat(changePassword(editor, AccountsTestSupport.PASSWORD, "short"))
                .hasStatusOk()
                .bodyText()
                .contains("The password is too short.");
        assertThat(mvc.post()
                        .uri("/account/password")
                        .with(as(editor))
                        .with(csrf())
                        .param("currentPassword", AccountsTestSupport.PASSWORD)
                        .param("newPassword", "a brand new passphrase")
                        .param("confirmation", "a different passphrase"))
                .hasStatusOk()
                .bodyText()
                .contains("The two passwords are not the same.");

        assertThat(changePassword(editor, AccountsTestSupport.PASSWORD, "a brand new passphrase"))
                .hasRedirectedUrl("/account/password?changed");
        assertThat(login(editor.email(), AccountsTestSupport.PASSWORD))
                .redirectedUrl()
                .contains("error");
        assertThat(login(editor.email(), "a brand new passphrase")).hasRedirectedUrl("/admin");
    }

    @Test
    void fiveWrongPasswordsInARowLockTheAccountEvenAgainstTheRightPassword() {
        Actor editor = support.person(Role.EDITOR);
        for (int i = 0; i < 5; i++) {
            assertThat(login(editor.email(), "guess number " + i))
                    .redirectedUrl()
                    .contains("/login?error");
        }
        assertThat(login(editor.email(), AccountsTestSupport.PASSWORD))
                .redirectedUrl()
                .contains("/login?error");
        assertThat(jdbc.sql("SELECT locked_until > now() + interval '14 minutes' FROM app_user WHERE id = ?")
                        .param(editor.id().value())
                        .query(Boolean.class)
                        .single())
                .as("locked for 15 minutes")
                .isTrue();

        jdbc.sql("UPDATE app_user SET locked_until = now() - interval '1 second' WHERE id = ?")
                .param(editor.id().value())
                .update();
        assertThat(login(editor.email(), AccountsTestSupport.PASSWORD)).hasRedirectedUrl("/admin");
    }

    @Test
    void aSuccessfulSignInResetsTheCountOfWrongPasswords() {
        Actor editor = support.person(Role.EDITOR);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                login(editor.email(), "guess " + i);
            }
            assertThat(login(editor.email(), AccountsTestSupport.PASSWORD)).hasRedirectedUrl("/admin");
        }
    }

    private MvcTestResult changePassword(Actor actor, String current, String next) {
        return mvc.post()
                .uri("/account/password")
                .with(as(actor))
                .with(csrf())
                .param("currentPassword", current)
                .param("newPassword", next)
                .param("confirmation", next)
                .exchange();
    }

    private MvcTestResult login(String email, String password) {
        return mvc.perform(formLogin().user(email).password(password));
    }
}
