package org.organizer.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.organizer.press.support.Newsrooms.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.mail.Multipart;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.network.Call;
import org.organizer.network.CallId;
import org.organizer.network.Calls;
import org.organizer.network.OrganisationId;
import org.organizer.press.support.Newsrooms;
import org.organizer.testing.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A call's way from the date poll to its endorsers, in real Chromium: a representative votes in the poll, the
 * issuers decide the day and open the call, a Moroccan organisation endorses the Arabic version through the
 * public form and confirms by the mailed link, an editor approves it, and a visitor of the Spanish page sees it.
 * The editors' set-up (organisations, the call, its versions) goes through their pages without a browser: it
 * is not the point here.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "organizer.test.database=endorsement-journey")
@AutoConfigureMockMvc
class EndorsementJourneyTests {

    private static final String PASSWORD = "a long passphrase for tests";
    private static final Pattern LINK = Pattern.compile("https?://[^\\s]+(/endorsements/confirm/[A-Za-z0-9_-]+)");
    private static final LocalDate MAY_DAY = LocalDate.of(2027, 5, 1);

    private static ChromeDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    Accounts accounts;

    @Autowired
    Calls calls;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aVoteDecidesTheDayAndAnOrganisationEndorsingInArabicAppearsOnTheSpanishPageOnceConfirmedAndApproved()
            throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        newsrooms.ensurePublication();
        Actor editor = accounts.create("editor-" + tag + "@example.org", "Elena Editor", Role.EDITOR, PASSWORD);
        Actor representative =
                accounts.create("rep-" + tag + "@example.org", "Rui Representative", Role.REPRESENTATIVE, PASSWORD);
        String issuer = organisation(editor, "Port Workers " + tag);
        String member = organisation(editor, "Rail Workers " + tag);
        post(
                editor,
                "/admin/organisations/" + member + "/representatives",
                "email",
                representative.email(),
                "displayName",
                "");
        MvcTestResult created = mvc.post()
                .uri("/account/calls")
                .with(as(editor))
                .with(csrf())
                .param("issuer." + issuer, "on")
                .param("language", "en")
                .param("originalDate", "2027-01-15")
                .param("title", "Ports and rails together " + tag)
                .param("body", "We call on every worker to stand together.")
                .exchange();
        assertThat(created).hasStatus3xxRedirection();
        String workspace = created.getResponse().getRedirectedUrl().replaceAll("\\?.*", "");
        CallId call =
                CallId.parse(workspace.substring("/account/calls/".length())).orElseThrow();
        post(editor, workspace + "/status", "status", "discussion");
        post(editor, workspace + "/poll", "dates", "2027-05-15\n2027-05-01");

        // The representative votes: yes for May Day, no for the other date.
        open(workspace);
        waitForPath("/login");
        type("username", representative.email());
        type("password", PASSWORD);
        submit();
        waitForPath(workspace);
        browser.findElement(By.cssSelector("input[name='answer.2027-05-01'][value='yes']"))
                .click();
        browser.findElement(By.cssSelector("input[name='answer.2027-05-15'][value='no']"))
                .click();
        clickButtonOfForm("/poll/answers");
        waitForPath(workspace);
        signOut();

        // The issuers close the poll on its best date, add the translations and open the call.
        post(editor, workspace + "/poll/close", "date", "");
        assertThat(calls.decidedDate(call)).contains(MAY_DAY);
        post(
                editor,
                workspace + "/versions",
                "language",
                "es",
                "title",
                "Puertos y ferrocarriles " + tag,
                "body",
                "Llamamos a todos.");
        post(
                editor,
                workspace + "/versions",
                "language",
                "ar",
                "title",
                "الموانئ والسكك " + tag,
                "body",
                "ندعو جميع العمال.");
        for (String language : new String[] {"en", "es", "ar"}) {
            post(editor, workspace + "/versions/" + language + "/publish");
        }
        post(editor, workspace + "/status", "status", "open");

        // A Moroccan organisation endorses the Arabic version.
        String name = "اتحاد عمال الدار البيضاء " + tag;
        String email = "casablanca-" + tag + "@example.org";
        open("/ar/calls/" + slug(call, "ar"));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir"))
                .isEqualTo("rtl");
        browser.findElement(By.cssSelector("a[href$='/endorse']")).click();
        type("name", name);
        new Select(browser.findElement(By.name("kind"))).selectByValue("trade-union");
        new Select(browser.findElement(By.name("country"))).selectByValue("MA");
        type("signerName", "Youssef Amrani");
        browser.findElement(By.name("publishSigner")).click();
        type("email", email);
        submit();
        waitForPath("/ar/calls/" + slug(call, "ar") + "/endorse?sent");

        open(confirmationPath(email));
        clickButtonOfForm("/endorsements/confirm/");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.invisibilityOfElementLocated(
                        By.cssSelector("form[action^='/endorsements/confirm/'] button")));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(name);

        // Not yet on the Spanish page, which is not opened before the approval: the browser would keep it for
        // the minute its Cache-Control allows.
        assertThat(mvc.get().uri("/es/calls/{slug}", slug(call, "es")))
                .bodyText()
                .doesNotContain(name);

        // An editor approves it: the organisation is not a verified one.
        browser.manage().deleteAllCookies();
        open("/account/calls/" + call + "/endorsements");
        waitForPath("/login");
        type("username", editor.email());
        type("password", PASSWORD);
        submit();
        waitForPath("/account/calls/" + call + "/endorsements");
        clickButtonOfForm("/approve");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.invisibilityOfElementLocated(
                        By.cssSelector("form[action$='/approve'] button")));
        signOut();

        // A visitor reads the Spanish page.
        open("/es/calls/" + slug(call, "es"));
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains(name, "Marruecos: 1", "Firmado por Youssef Amrani");
        assertThat(browser.getPageSource()).doesNotContain(email);
    }

    private String organisation(Actor editor, String name) {
        MvcTestResult result = mvc.post()
                .uri("/admin/organisations")
                .with(as(editor))
                .with(csrf())
                .param("kind", "trade-union")
                .param("country", "IT")
                .param("city", "Genova")
                .param("languages", "it, en")
                .param("name.en", name)
                .exchange();
        assertThat(result).hasStatus3xxRedirection();
        String location = result.getResponse().getRedirectedUrl();
        String id = location.substring("/admin/organisations/".length(), location.indexOf('?'));
        return OrganisationId.parse(id).orElseThrow().toString();
    }

    private void post(Actor actor, String uri, String... params) {
        var request = mvc.post().uri(uri).with(as(actor)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        assertThat(request).hasStatus3xxRedirection();
    }

    private String slug(CallId id, String language) {
        return calls.byId(id)
                .flatMap(c -> c.version(language))
                .map(Call.Version::slug)
                .orElseThrow();
    }

    /** The path of the link GreenMail received for the address (the mail is in Arabic, so base64-encoded). */
    private static String confirmationPath(String address) throws Exception {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !TestMailServer.messagesTo(address).isEmpty());
        String body = text(TestMailServer.messagesTo(address).getLast().getContent());
        Matcher m = LINK.matcher(body);
        assertThat(m.find()).as("a link in %s", body).isTrue();
        return m.group(1);
    }

    private static String text(Object content) throws Exception {
        if (content instanceof Multipart parts) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                text.append(text(parts.getBodyPart(i).getContent()));
            }
            return text.toString();
        }
        return content.toString();
    }

    private void signOut() {
        clickButtonOfForm("/logout");
        browser.manage().deleteAllCookies();
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void type(String name, String text) {
        browser.findElement(By.name(name)).sendKeys(text);
    }

    private void submit() {
        WebElement form = browser.findElement(By.cssSelector("main form:not(.inline)"));
        form.findElement(By.cssSelector("button[type=submit]")).click();
    }

    private void clickButtonOfForm(String actionPart) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("form[action*='" + actionPart + "'] button")))
                .click();
    }

    private void waitForPath(String path) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .withMessage(() -> "at " + browser.getCurrentUrl() + " showing "
                        + browser.findElement(By.tagName("body")).getText())
                .until(d -> URLDecoder.decode(d.getCurrentUrl(), StandardCharsets.UTF_8)
                        .replaceFirst("https?://[^/]+", "")
                        .startsWith(path));
    }
}
