package org.organizer.web.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.press.Publication;
import org.organizer.press.Publications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PageCacheFilterTests.ProbeConfiguration.class)
class PageCacheFilterTests {

    @LocalServerPort
    int port;

    @Autowired
    CaffeinePageCache cache;

    @Autowired
    Probe probe;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    Publications publications;

    @BeforeEach
    void emptyCache() {
        // Until a publication exists every page redirects to setup.
        if (publications.current().isEmpty()) {
            publications.create(Publication.of("The Test Courier", "en"));
        }
        cache.invalidateAll();
        probe.renders.set(0);
    }

    @Test
    void secondRequestIsServedFromTheCacheWithAStrongEtagAndTheSecurityHeaders() throws Exception {
        HttpResponse<String> first = get("/xx/cache-probe");
        HttpResponse<String> second = get("/xx/cache-probe");

        assertThat(probe.renders).hasValue(1);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body()).contains("render 1");
        String etag = second.headers().firstValue("ETag").orElseThrow();
        assertThat(etag)
                .matches("\"[A-Za-z0-9_-]+\"")
                .isEqualTo(first.headers().firstValue("ETag").orElseThrow());
        assertThat(second.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(second.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(cc -> assertThat(cc).contains("public"));
        assertThat(second.headers().firstValue("Vary"))
                .hasValueSatisfying(vary -> assertThat(vary).contains("Accept-Encoding"));
        assertThat(second.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));
        assertThat(second.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(second.headers().firstValue("X-Frame-Options")).isPresent();
        assertThat(second.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(second.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(meters.get("cache.gets")
                        .tag("cache", "pages")
                        .tag("result", "hit")
                        .functionCounter()
                        .count())
                .isPositive();
    }

    @Test
    void matchingIfNoneMatchIsAnsweredWithNotModifiedFromTheCacheAndFromAFreshRender() throws Exception {
        String etag = get("/xx/cache-probe").headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> fromCache = get("/xx/cache-probe", "If-None-Match", etag);
        assertThat(fromCache.statusCode()).isEqualTo(304);
        assertThat(fromCache.body()).isEmpty();
        assertThat(fromCache.headers().firstValue("ETag")).hasValue(etag);
        assertThat(probe.renders).hasValue(1);

        cache.invalidateAll();
        probe.renders.set(0); // the page renders the same again
        HttpResponse<String> rendered = get("/xx/cache-probe", "If-None-Match", "\"other\", " + etag);
        assertThat(rendered.statusCode()).isEqualTo(304);
        assertThat(probe.renders).hasValue(1);

        assertThat(get("/xx/cache-probe", "If-None-Match", "\"other\"").statusCode())
                .isEqualTo(200);
    }

    @Test
    void gzipVariantIsServedToClientsThatAcceptItWithItsOwnEtag() throws Exception {
        HttpResponse<String> raw = get("/xx/cache-probe");
        for (int i = 0; i < 2; i++) { // a hit, then a fresh render, answer alike
            HttpResponse<byte[]> gzipped = http.send(
                    request("/xx/cache-probe")
                            .header("Accept-Encoding", "br;q=1.0, gzip;q=0.8")
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
            assertThat(gunzip(gzipped.body())).isEqualTo(raw.body());
            assertThat(gzipped.body().length).isLessThan(raw.body().length());
            String etag = gzipped.headers().firstValue("ETag").orElseThrow();
            assertThat(etag)
                    .endsWith("-gz\"")
                    .isNotEqualTo(raw.headers().firstValue("ETag").orElseThrow());
            cache.clearThisNode();
            probe.renders.set(0); // renders the same page again
        }
        HttpResponse<String> refused = get("/xx/cache-probe", "Accept-Encoding", "gzip;q=0");
        assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
    }

    @Test
    void headIsAnsweredFromTheCacheWithoutABody() throws Exception {
        String body = get("/xx/cache-probe").body();
        HttpResponse<String> head = http.send(
                request("/xx/cache-probe")
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValueAsLong("Content-Length"))
                .hasValue(body.getBytes(StandardCharsets.UTF_8).length);
        assertThat(probe.renders).hasValue(1);
    }

    @Test
    void requestsWithASessionCookieOrCredentialsBypassTheCache() throws Exception {
        get("/xx/cache-probe");
        get("/xx/cache-probe", "Cookie", "SESSION=4f1c2b7e-0000-0000-0000-000000000000");
        get("/xx/cache-probe", "Authorization", "Bearer nothing");
        assertThat(probe.renders).hasValue(3);
    }

    @Test
    void pagesThatAreNotPublicOrSetACookieAreNeverStored() throws Exception {
        get("/xx/private-probe");
        HttpResponse<String> second = get("/xx/private-probe");
        get("/xx/cookie-probe");
        get("/xx/cookie-probe");

        assertThat(probe.renders).hasValue(4);
        assertThat(second.headers().firstValue("ETag")).isEmpty();
        assertThat(second.body()).contains("render 2");
        assertThat(cache.size()).isZero();
    }

    @Test
    void queryStringIsPartOfTheKey() throws Exception {
        get("/xx/cache-probe?page=1");
        get("/xx/cache-probe?page=2");
        get("/xx/cache-probe?page=1");
        assertThat(probe.renders).hasValue(2);
    }

    @Test
    void invalidateAllEmptiesTheCache() throws Exception {
        get("/xx/cache-probe");
        assertThat(cache.size()).isOne();

        cache.invalidateAll();

        assertThat(cache.size()).isZero();
        assertThat(get("/xx/cache-probe").body()).contains("render 2");
    }

    @Test
    void anotherNodesNotificationEmptiesTheCache() throws Exception {
        get("/xx/cache-probe");
        assertThat(cache.size()).isOne();

        jdbc.sql("SELECT pg_notify('organizer_page_cache', 'another-node')")
                .query()
                .singleRow();

        await().atMost(Duration.ofSeconds(10)).until(() -> cache.size() == 0);
    }

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20));
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class ProbeConfiguration {
        @org.springframework.context.annotation.Bean
        Probe probe() {
            return new Probe();
        }
    }

    /** Pages of a made-up language "xx" that count how often they are rendered. */
    @RestController
    static class Probe {

        final AtomicInteger renders = new AtomicInteger();

        @GetMapping("/xx/cache-probe")
        ResponseEntity<String> publicPage() {
            return ResponseEntity.ok()
                    .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                    .contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
                    .body(page());
        }

        @GetMapping("/xx/private-probe")
        ResponseEntity<String> privatePage() {
            return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(page());
        }

        @GetMapping("/xx/cookie-probe")
        ResponseEntity<String> pageSettingACookie(HttpServletResponse response) {
            response.addCookie(new jakarta.servlet.http.Cookie("seen", "yes"));
            return publicPage();
        }

        private String page() {
            return "<!doctype html><p>render " + renders.incrementAndGet() + "</p>"
                    + "<p>Workers of all countries, unite! العمال</p>".repeat(50);
        }
    }
}
