package org.organizer.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A case worker records a killing through the case pages, with the family's consent to publish one name, and
 * publishes a memorial in Spanish and Arabic; a visitor reads it in both languages, in real Chromium. The lawyer's
 * name, a case-team value, never reaches a page the visitor sees.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "organizer.test.database=memorial-journey")
class MemorialJourneyTests {

    private static final String PASSWORD = "a long passphrase for tests";
    private static final String VICTIM = "Rosa Fictional Quispe";
    private static final String HIDDEN_VICTIM = "Unpublished Fictional Mamani";
    private static final String LAWYER = "Lawyer Fictional Condori";
    private static final String TITLE_ES = "Las personas asesinadas en Juliaca el 9 de enero";
    private static final String TITLE_AR = "الأشخاص الذين قُتلوا في خولياكا في 9 كانون الثاني";

    private static ChromeDriver browser;

    @LocalServerPort
    int port;

    private final List<String> visitorPages = new ArrayList<>();

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
    void aCaseWorkerPublishesAMemorialInSpanishAndArabicWithoutLeakingTheLawyer() {
        setUpAndSignIn();

        open("/admin/cases");
        WebElement opening = form("form[method='post'][action='/admin/cases']");
        opening.findElement(By.name("country")).sendKeys("PE");
        new Select(opening.findElement(By.name("status"))).selectByValue("KILLED");
        new Select(opening.findElement(By.name("language"))).selectByValue("es");
        opening.findElement(By.name("summary")).sendKeys("Resumen ficticio del caso");
        submit(opening);
        waitForPath("/admin/cases/");
        String caseSlug = browser.findElement(By.tagName("h1")).getText();

        addVictim(VICTIM, "19");
        addVictim(HIDDEN_VICTIM, "23");
        WebElement lawyer = form("form[action$='/fields']:has(input[name='ownerKind'][value='CASE'])");
        new Select(lawyer.findElement(By.name("name"))).selectByValue("lawyer");
        lawyer.findElement(By.name("value")).sendKeys(LAWYER);
        submit(lawyer);

        String named = "form[action$='/visibility']:has(input[name='name'][value='name'])";
        makePublic(named, VICTIM);
        makePublic("form[action$='/visibility']:has(input[name='name'][value='ageAtEvent'])", "19");

        WebElement consent = form("form[action$='/consents']");
        String person = browser.findElements(By.cssSelector("section article")).stream()
                .filter(article -> article.getText().contains(VICTIM))
                .map(article -> article.findElement(By.tagName("code")).getText())
                .findFirst()
                .orElseThrow();
        new Select(consent.findElement(By.name("person"))).selectByValue(person);
        new Select(consent.findElement(By.name("scope"))).selectByValue("NAME");
        new Select(consent.findElement(By.name("givenBy"))).selectByValue("FAMILY");
        submit(consent);
        assertThat(browser.getPageSource()).as("the team sees the lawyer").contains(LAWYER);

        open("/admin/memorials");
        WebElement memorial = form("form[method='post'][action='/admin/memorials']");
        memorial.findElement(By.name("slug")).sendKeys("juliaca-2023");
        date(memorial.findElement(By.name("date")), "2023-01-09");
        memorial.findElement(By.name("country")).sendKeys("PE");
        new Select(memorial.findElement(By.name("language"))).selectByValue("es");
        memorial.findElement(By.name("title")).sendKeys(TITLE_ES);
        memorial.findElement(By.name("place")).sendKeys("Juliaca");
        memorial.findElement(By.name("body")).sendKeys("Recordamos a cada una de ellas.");
        submit(memorial);
        waitForPath("/admin/memorials/");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains(VICTIM)
                .doesNotContain(HIDDEN_VICTIM);

        submit(form("form[action$='/publish'][data-language='es']"));
        WebElement arabic = form("form[action$='/texts'][data-language='ar']");
        arabic.findElement(By.name("title")).sendKeys(TITLE_AR);
        arabic.findElement(By.name("place")).sendKeys("خولياكا");
        arabic.findElement(By.name("body")).sendKeys("نتذكر كل واحد منهم.");
        submit(arabic);
        submit(form("form[action$='/publish'][data-language='ar']"));
        assertThat(browser.findElements(By.cssSelector("form[action$='/unpublish']")))
                .hasSize(2);

        submit(form("form[action$='/logout']"));
        browser.manage().deleteAllCookies();

        visit("/es/memorials");
        browser.findElement(By.linkText(TITLE_ES)).click();
        waitForPath("/es/memorials/juliaca-2023");
        visitorPages.add(browser.getPageSource());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(TITLE_ES);
        String people = browser.findElement(By.cssSelector(".memorial-people")).getText();
        assertThat(people).contains(VICTIM + ", 19 años");
        assertThat(browser.findElement(By.cssSelector(".memorial-unnamed")).getText())
                .isEqualTo("Personas cuyos nombres no se publican: 1");

        browser.findElement(By.cssSelector("a[hreflang='ar'][href='/ar/memorials/juliaca-2023']"))
                .click();
        waitForPath("/ar/memorials/juliaca-2023");
        visitorPages.add(browser.getPageSource());
        WebElement html = browser.findElement(By.tagName("html"));
        assertThat(html.getDomAttribute("lang")).isEqualTo("ar");
        assertThat(html.getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(TITLE_AR);
        assertThat(browser.findElement(By.cssSelector(".memorial-people")).getText())
                .contains(VICTIM);

        visit("/ar/memorials");
        visit("/es/cases");
        visit("/es/cases/" + caseSlug);
        visit("/es/cases/" + caseSlug + "/campaign");
        visit("/api/v1/memorials/juliaca-2023?language=ar");
        visit("/api/v1/cases");
        assertThat(visitorPages)
                .hasSize(9)
                .allSatisfy(page -> assertThat(page).doesNotContain(LAWYER).doesNotContain(HIDDEN_VICTIM));
    }

    private void setUpAndSignIn() {
        open("/");
        type("email", "worker@example.org");
        type("displayName", "Case Worker");
        type("password", PASSWORD);
        type("confirmation", PASSWORD);
        type("title", "The Workers' Courier");
        replace("defaultLanguage", "es");
        replace("languages", "es,ar,en");
        submit(form("main form"));
        waitForPath("/login");
        type("username", "worker@example.org");
        type("password", PASSWORD);
        submit(form("main form"));
        waitForPath("/admin");
    }

    private void addVictim(String name, String age) {
        WebElement person = form("form[action$='/persons']");
        new Select(person.findElement(By.name("role"))).selectByValue("VICTIM");
        person.findElement(By.name("name")).sendKeys(name);
        person.findElement(By.name("ageAtEvent")).sendKeys(age);
        submit(person);
    }

    /** Makes public the value shown next to the form whose definition holds the given text. */
    private void makePublic(String formSelector, String value) {
        WebElement form = browser.findElements(By.cssSelector("dd")).stream()
                .filter(dd -> dd.getText().contains(value))
                .map(dd -> dd.findElement(By.cssSelector(formSelector)))
                .findFirst()
                .orElseThrow();
        new Select(form.findElement(By.name("visibility"))).selectByValue("PUBLIC");
        submit(form);
    }

    private void visit(String path) {
        open(path);
        visitorPages.add(browser.getPageSource());
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private String path() {
        return browser.getCurrentUrl().replaceFirst("https?://[^/]+", "");
    }

    private WebElement form(String selector) {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(selector)));
    }

    private void type(String name, String text) {
        form("[name='" + name + "']").sendKeys(text);
    }

    private void replace(String name, String text) {
        WebElement field = form("[name='" + name + "']");
        field.clear();
        field.sendKeys(text);
    }

    private void date(WebElement input, String value) {
        browser.executeScript("arguments[0].value = arguments[1]", input, value);
        assertThat(LocalDate.parse(value)).isNotNull();
    }

    /** Submits the form and waits for the next page, so no element of the old one is used by mistake. */
    private void submit(WebElement form) {
        Browser.submitAndWaitForNextPage(browser, form);
        assertThat(browser.findElements(By.cssSelector(".errors")))
                .as("no form was refused on " + path())
                .isEmpty();
    }

    private void waitForPath(String path) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> path().startsWith(path));
    }
}
