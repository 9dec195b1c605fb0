package org.organizer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class FormRateLimitFilterTests {

    private final FormRateLimitFilter filter =
            new FormRateLimitFilter(new FormRateLimitProperties(3, List.of("/login", "/account/activate/*")));

    @Test
    void anAddressThatPostsTooOftenGets429WithRetryAfter() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(post("/login", "192.0.2.1").getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = post("/login", "192.0.2.1");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
    }

    @Test
    void eachAddressHasItsOwnAllowance() throws Exception {
        for (int i = 0; i < 3; i++) {
            post("/account/activate/abc", "192.0.2.2");
        }
        assertThat(post("/account/activate/abc", "192.0.2.2").getStatus()).isEqualTo(429);
        assertThat(post("/account/activate/abc", "192.0.2.3").getStatus()).isEqualTo(200);
    }

    @Test
    void otherFormsAndReadingAreNotLimited() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(post("/admin/articles/new", "192.0.2.4").getStatus()).isEqualTo(200);
            MockHttpServletRequest read = new MockHttpServletRequest("GET", "/login");
            read.setRemoteAddr("192.0.2.4");
            MockHttpServletResponse response = new MockHttpServletResponse();
            filter.doFilter(read, response, new MockFilterChain());
            assertThat(response.getStatus()).isEqualTo(200);
        }
    }

    private MockHttpServletResponse post(String path, String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
