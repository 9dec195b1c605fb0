package org.organizer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.press.Publication;
import org.organizer.press.Publications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Over real HTTP, because error pages are a servlet-container dispatch that MockMvc does not perform. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperationsAndErrorsTests {

    @LocalServerPort
    int port;

    @Autowired
    Publications publications;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void publication() {
        if (publications.current().isEmpty()) {
            publications.create(Publication.of("The Test Courier", "en,es,ar"));
        }
    }

    @Test
    void healthAndPrometheusMetricsAreServed() throws Exception {
        HttpResponse<String> health = get("/actuator/health", "application/json");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");

        get("/en/", "text/html");
        HttpResponse<String> metrics = get("/actuator/prometheus", "text/plain");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("cache_gets_total{cache=\"pages\"");
    }

    @Test
    void theOpenApiDescriptionListsTheArticlesApi() throws Exception {
        HttpResponse<String> description = get("/api/v1/openapi.json", "application/json");
        assertThat(description.statusCode()).isEqualTo(200);
        assertThat(description.body()).contains("\"openapi\"").contains("/api/v1/articles/{id}/publish");
    }

    @Test
    void anUnknownPageIsAFriendlyNotFoundPageInTheReadersLanguage() throws Exception {
        HttpResponse<String> arabic = get("/ar/no-such-page", "text/html");
        assertThat(arabic.statusCode()).isEqualTo(404);
        assertThat(arabic.body())
                .contains("<html lang=\"ar\" dir=\"rtl\">")
                .contains("الصفحة غير موجودة")
                .doesNotContain("Exception");

        HttpResponse<String> spanish = get("/es/no-such-page", "text/html");
        assertThat(spanish.statusCode()).isEqualTo(404);
        assertThat(spanish.body()).contains("Página no encontrada");
    }

    @Test
    void anUnknownApiAddressIsAProblemDetail() throws Exception {
        HttpResponse<String> response = get("/api/v1/no-such-thing", "application/json");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":404").doesNotContain("Exception");
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
