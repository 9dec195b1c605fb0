package org.organizer.web.cache;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class PageKeyTests {

    @Test
    void publicPagesOfAnonymousReadersHaveAKey() {
        assertThat(PageKey.of(get("/"))).isNotNull();
        assertThat(PageKey.of(get("/es/articles/huelga"))).isEqualTo(new PageKey("/es/articles/huelga", "", "es"));
        assertThat(PageKey.of(get("/ast/"))).isNotNull();
        MockHttpServletRequest head = get("/en/");
        head.setMethod("HEAD");
        assertThat(PageKey.of(head)).isEqualTo(PageKey.of(get("/en/")));
    }

    @Test
    void everythingElseBypassesTheCache() {
        for (String path : new String[] {
            "/api/v1/articles",
            "/css/site.css",
            "/admin/",
            "/login",
            "/setup",
            "/actuator/health",
            "/english/",
            "/en",
            "/EN/x"
        }) {
            assertThat(PageKey.of(get(path))).as(path).isNull();
        }
        MockHttpServletRequest post = get("/en/");
        post.setMethod("POST");
        assertThat(PageKey.of(post)).isNull();
        MockHttpServletRequest signedIn = get("/en/");
        signedIn.setCookies(new Cookie("SESSION", "x"));
        assertThat(PageKey.of(signedIn)).isNull();
        MockHttpServletRequest token = get("/en/");
        token.addHeader("Authorization", "Bearer x");
        assertThat(PageKey.of(token)).isNull();
    }

    @Test
    void homePageIsKeyedByWhatChoosesItsLanguage() {
        MockHttpServletRequest spanish = get("/");
        spanish.addHeader("Accept-Language", "es");
        MockHttpServletRequest arabic = get("/");
        arabic.setCookies(new Cookie("lang", "ar"));
        assertThat(PageKey.of(spanish)).isNotEqualTo(PageKey.of(arabic)).isNotEqualTo(PageKey.of(get("/")));
    }

    @Test
    void gzipAndConditionalHeadersAreParsed() {
        assertThat(PageCacheFilter.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(PageCacheFilter.acceptsGzip("br;q=1.0, gzip;q=0.5")).isTrue();
        assertThat(PageCacheFilter.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(PageCacheFilter.acceptsGzip("identity")).isFalse();
        assertThat(PageCacheFilter.acceptsGzip(null)).isFalse();
        assertThat(PageCacheFilter.matches("\"a\", W/\"b\"", "\"b\"")).isTrue();
        assertThat(PageCacheFilter.matches("*", "\"b\"")).isTrue();
        assertThat(PageCacheFilter.matches("\"a\"", "\"b\"")).isFalse();
    }

    private static MockHttpServletRequest get(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setServletPath(path);
        return request;
    }
}
