package org.organizer.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A newcomer's first hour, in real Chromium: set the site up, sign in, write an article in Arabic,
 * publish it, and read it as a visitor on a right-to-left page.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "organizer.test.database=browser-journey")
class ArabicPublishingJourneyTests {

    private static final String TITLE = "عمال الموانئ في Genova يحددون يوم الإضراب";
    private static final String PASSWORD = "a long passphrase for tests";

    private static ChromeDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

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
    void anEditorPublishesAnArabicArticleThatVisitorsReadRightToLeft() {
        open("/");
        assertThat(browser.getCurrentUrl()).endsWith("/setup");
        type("email", "editor@example.org");
        type("displayName", "Amina Haddad");
        type("password", PASSWORD);
        type("confirmation", PASSWORD);
        type("title", "The Workers' Courier");
        replace("defaultLanguage", "en");
        replace("languages", "en,es,ar");
        submit();

        waitForPath("/login");
        type("username", "editor@example.org");
        type("password", PASSWORD);
        submit();

        waitForPath("/admin");
        assertThat(sessionsOf("editor@example.org"))
                .as("sessions live in PostgreSQL")
                .isEqualTo(1);
        open("/admin/articles/new");
        new Select(browser.findElement(By.name("language"))).selectByValue("ar");
        type("title", TITLE);
        type("standfirst", "اجتماع عبر الإنترنت لنقابات من ستة بلدان");
        type("body", "## القرار\n\nقررت النقابات يومًا مشتركًا للعمل في **21 كانون الثاني**.\n\n- جنوة\n- مرسيليا");
        type("byline", "هيئة التحرير");
        new Select(browser.findElement(By.name("country"))).selectByValue("IT");
        browser.executeScript("arguments[0].value = '2026-11-20'", browser.findElement(By.name("dateline")));
        submit();

        clickButtonOfForm("/publish");
        WebElement view = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href^='/ar/articles/']")));
        String articlePath = view.getDomAttribute("href");

        clickButtonOfForm("/logout");
        waitForPath("/en/");
        assertThat(sessionsOf("editor@example.org")).isZero();
        browser.manage().deleteAllCookies();

        open("/ar/");
        browser.findElement(By.cssSelector("a[href='" + articlePath + "']")).click();
        assertThat(browser.getCurrentUrl()).endsWith(articlePath);

        WebElement html = browser.findElement(By.tagName("html"));
        assertThat(html.getDomAttribute("lang")).isEqualTo("ar");
        assertThat(html.getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(script("return getComputedStyle(document.body).direction")).isEqualTo("rtl");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(TITLE);
        assertThat(browser.findElement(By.cssSelector(".article-body h2")).getText())
                .isEqualTo("القرار");

        // Mirrored layout: the masthead title sits at the right edge, and list bullets are on the right.
        long viewport = ((Number) script("return document.documentElement.clientWidth")).longValue();
        long titleRight = ((Number)
                        script("return document.querySelector('.site-title').getBoundingClientRect().right"))
                .longValue();
        assertThat(viewport - titleRight).isLessThan(60);
        WebElement item = browser.findElement(By.cssSelector(".article-body li"));
        WebElement body = browser.findElement(By.cssSelector(".article-body"));
        assertThat(item.getRect().getX() + item.getRect().getWidth())
                .isLessThan(body.getRect().getX() + body.getRect().getWidth());
        assertThat(browser.getPageSource()).doesNotContain("_csrf");
    }

    private long sessionsOf(String email) {
        return jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?")
                .param(email)
                .query(Long.class)
                .single();
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void type(String name, String text) {
        browser.findElement(By.name(name)).sendKeys(text);
    }

    private void replace(String name, String text) {
        WebElement field = browser.findElement(By.name(name));
        field.clear();
        field.sendKeys(text);
    }

    private void submit() {
        WebElement form = browser.findElement(By.cssSelector("main form:not(.inline)"));
        form.findElement(By.cssSelector("button[type=submit]")).click();
    }

    /** Waits for the button, since the page with it may still be loading after the previous submit. */
    private void clickButtonOfForm(String actionEnding) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("form[action$='" + actionEnding + "'] button")))
                .click();
    }

    private void waitForPath(String path) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().replaceFirst("https?://[^/]+", "").startsWith(path));
    }

    private Object script(String js) {
        return ((JavascriptExecutor) browser).executeScript(js);
    }
}
