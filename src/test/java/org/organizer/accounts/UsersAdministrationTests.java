package org.organizer.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
class UsersAdministrationTests {

    private static final Pattern LINK = Pattern.compile("/account/activate/([A-Za-z0-9_-]{20,})");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountsTestSupport support;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    Actor admin;

    @BeforeEach
    void setUp() {
        admin = support.person(Role.ADMINISTRATOR);
    }

    @Test
    void anonymousVisitorsOfTheUsersPageAreSentToSignIn() {
        assertThat(mvc.get().uri("/admin/users"))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .endsWith("/login");
    }

    @Test
    void correspondentsAndEditorsMayNotManageUsers() {
        for (Role role : new Role[] {Role.CORRESPONDENT, Role.EDITOR}) {
            Actor person = support.person(role);
            assertThat(mvc.get().uri("/admin/users").with(as(person))).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.post()
                            .uri("/admin/users")
                            .with(as(person))
                            .with(csrf())
                            .param("email", "sneaky@example.org")
                            .param("displayName", "Sneaky")
                            .param("role", "ADMINISTRATOR"))
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(accounts.byEmail("sneaky@example.org")).isEmpty();
    }

    @Test
    void administratorsSeeEveryUserWithRoleAndStatus() {
        Actor editor = support.person(Role.EDITOR);
        assertThat(mvc.get().uri("/admin/users").with(as(admin)))
                .hasStatusOk()
                .bodyText()
                .contains(editor.email(), "Editor", "Active", "name=\"_csrf\"");
    }

    @Test
    void aNewUserSetsTheirPasswordWithTheOneTimeLinkAndThenSignsIn() throws Exception {
        String email = "new-" + System.nanoTime() + "@example.org";
        MvcTestResult created = mvc.post()
                .uri("/admin/users")
                .with(as(admin))
                .with(csrf())
                .param("email", email)
                .param("displayName", "Nadia Correspondent")
                .param("role", "correspondent")
                .exchange();
        assertThat(created).hasStatusOk().bodyText().contains("Nadia Correspondent", "shown only now");
        String token = token(created);
        assertThat(accounts.byEmail(email)).get().extracting(Actor::role).isEqualTo(Role.CORRESPONDENT);
        assertThat(jdbc.sql("SELECT count(*) FROM account_activation WHERE token_hash = ?")
                        .param(token)
                        .query(Long.class)
                        .single())
                .as("only a hash of the token is stored")
                .isZero();
        assertThat(login(email, "")).redirectedUrl().contains("/login?error");

        assertThat(mvc.get().uri("/account/activate/" + token))
                .hasStatusOk()
                .bodyText()
                .contains("Choose your password");
        assertThat(mvc.post()
                        .uri("/account/activate/" + token)
                        .with(csrf())
                        .param("password", "too short")
                        .param("confirmation", "too short"))
                .hasStatusOk()
                .bodyText()
                .contains("The password is too short.");
        assertThat(mvc.post()
                        .uri("/account/activate/" + token)
                        .with(csrf())
                        .param("password", "a long enough secret")
                        .param("confirmation", "a long enough secret"))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/login?activated");

        assertThat(login(email, "a long enough secret")).hasRedirectedUrl("/admin");
        assertThat(mvc.get().uri("/account/activate/" + token))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyText()
                .contains("This link is not valid");
    }

    @Test
    void creatingAUserWithBadInputShowsTranslatedErrorsAndKeepsWhatWasTyped() {
        Actor existing = support.person(Role.EDITOR);
        assertThat(mvc.post()
                        .uri("/admin/users")
                        .with(as(admin))
                        .with(csrf())
                        .header("Accept-Language", "es")
                        .param("email", "not-an-address")
                        .param("displayName", "Rosa")
                        .param("role", "EDITOR"))
                .hasStatusOk()
                .bodyText()
                .contains("Escriba una dirección de correo válida", "value=\"Rosa\"", "value=\"not-an-address\"");
        assertThat(mvc.post()
                        .uri("/admin/users")
                        .with(as(admin))
                        .with(csrf())
                        .param("email", existing.email().toUpperCase())
                        .param("displayName", "Copy")
                        .param("role", "king"))
                .hasStatusOk()
                .bodyText()
                .contains("Choose one of the listed roles.");
        assertThat(mvc.post()
                        .uri("/admin/users")
                        .with(as(admin))
                        .with(csrf())
                        .param("email", existing.email().toUpperCase())
                        .param("displayName", "Copy")
                        .param("role", "EDITOR"))
                .hasStatusOk()
                .bodyText()
                .contains("Another account already uses this e-mail address.");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRejected() {
        assertThat(mvc.post()
                        .uri("/admin/users")
                        .with(as(admin))
                        .param("email", "x@example.org")
                        .param("displayName", "X")
                        .param("role", "EDITOR"))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void administratorsChangeRolesAndDisabledPeopleCannotSignIn() {
        Actor editor = support.person(Role.EDITOR);
        assertThat(mvc.post()
                        .uri("/admin/users/" + editor.id() + "/role")
                        .with(as(admin))
                        .with(csrf())
                        .param("role", "CORRESPONDENT"))
                .hasRedirectedUrl("/admin/users");
        assertThat(accounts.byId(editor.id())).get().extracting(Actor::role).isEqualTo(Role.CORRESPONDENT);

        assertThat(mvc.post()
                        .uri("/admin/users/" + editor.id() + "/enabled")
                        .with(as(admin))
                        .with(csrf())
                        .param("enabled", "false"))
                .hasRedirectedUrl("/admin/users");
        assertThat(login(editor.email(), AccountsTestSupport.PASSWORD))
                .redirectedUrl()
                .contains("/login?error");

        mvc.post()
                .uri("/admin/users/" + editor.id() + "/enabled")
                .with(as(admin))
                .with(csrf())
                .param("enabled", "true")
                .exchange();
        assertThat(login(editor.email(), AccountsTestSupport.PASSWORD)).hasRedirectedUrl("/admin");
    }

    @Test
    void administratorsCannotDemoteOrDisableThemselves() {
        assertThat(mvc.post()
                        .uri("/admin/users/" + admin.id() + "/role")
                        .with(as(admin))
                        .with(csrf())
                        .param("role", "EDITOR"))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyText()
                .contains("You cannot change the role of your own account");
        assertThat(mvc.post()
                        .uri("/admin/users/" + admin.id() + "/enabled")
                        .with(as(admin))
                        .with(csrf())
                        .param("enabled", "false"))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(accounts.byId(admin.id())).get().extracting(Actor::role).isEqualTo(Role.ADMINISTRATOR);
    }

    @Test
    void unknownUsersAndMalformedIdsGiveFriendlyErrors() {
        assertThat(mvc.post()
                        .uri("/admin/users/" + UserId.random() + "/role")
                        .with(as(admin))
                        .with(csrf())
                        .param("role", "EDITOR"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyText()
                .contains("There is no such user.")
                .doesNotContain("Exception");
        assertThat(mvc.post()
                        .uri("/admin/users/not-a-uuid/role")
                        .with(as(admin))
                        .with(csrf())
                        .param("role", "EDITOR"))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    private MvcTestResult login(String email, String password) {
        return mvc.perform(formLogin().user(email).password(password));
    }

    private static String token(MvcTestResult result) throws Exception {
        Matcher matcher = LINK.matcher(result.getResponse().getContentAsString());
        assertThat(matcher.find()).as("the page shows the set-password link").isTrue();
        return matcher.group(1);
    }

    static UserRequestPostProcessor as(Actor actor) {
        return user(actor.email()).roles(actor.role().name());
    }
}
