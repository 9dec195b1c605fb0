package org.organizer.distribution.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.organizer.testing.TestMailServer;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Readers going through the public newsletter pages, each post from its own client address. */
final class Readers {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String BASE = "http://localhost:8080";
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final MockMvcTester mvc;

    Readers(MockMvcTester mvc) {
        this.mvc = mvc;
    }

    static String address(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** A fresh client address per request, so the form rate limit never mixes tests up. */
    static RequestPostProcessor client() {
        int n = CLIENTS.incrementAndGet();
        return request -> {
            request.setRemoteAddr("198.51." + (n / 250) % 250 + "." + n % 250);
            return request;
        };
    }

    MvcTestResult subscribe(String lang, String email, String language, String... countries) {
        var request = mvc.post()
                .uri("/{lang}/newsletter", lang)
                .param("email", email)
                .param("language", language)
                .with(csrf())
                .with(client());
        for (String country : countries) {
            request = request.param("countries", country);
        }
        return request.exchange();
    }

    /** Subscribes and confirms through the link in the mail; returns the manage page's path. */
    String confirmed(String email, String language, String... countries) {
        assertThat(subscribe(language, email, language, countries)).hasStatus3xxRedirection();
        String link = path(linkIn(awaitMessages(email, 1).getFirst(), "/newsletter/confirm/"));
        MvcTestResult confirmed =
                mvc.post().uri(link).with(csrf()).with(client()).exchange();
        assertThat(confirmed).hasStatus3xxRedirection();
        return confirmed.getResponse().getRedirectedUrl().replaceAll("\\?.*$", "");
    }

    static List<MimeMessage> awaitMessages(String to, int count) {
        await().atMost(WAIT).until(() -> TestMailServer.messagesTo(to).size() >= count);
        return TestMailServer.messagesTo(to);
    }

    static String linkIn(MimeMessage message, String containing) {
        Matcher m = Pattern.compile("https?://[^\\s\"<>]*" + Pattern.quote(containing) + "[^\\s\"<>]*")
                .matcher(text(message) + "\n" + html(message));
        assertThat(m.find()).as("a link with %s", containing).isTrue();
        return m.group();
    }

    static String path(String url) {
        return url.substring(BASE.length());
    }

    static String text(MimeMessage message) {
        return part(message, "text/plain");
    }

    static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    private static String part(MimeMessage message, String type) {
        try {
            if (message.getContentType().startsWith(type)) {
                return message.getContent().toString();
            }
            if (!message.getContentType().startsWith("multipart/")) {
                return "";
            }
            MimeMultipart parts = new MimeMultipart(message.getDataHandler().getDataSource());
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.getContentType().startsWith(type)) {
                    return part.getContent().toString();
                }
            }
            return "";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
