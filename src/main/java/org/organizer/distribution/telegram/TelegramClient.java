package org.organizer.distribution.telegram;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The few Bot API methods Organizer needs, over HTTPS with the JDK's client. Every answer is read as the
 * Bot API's envelope ({@code ok}, {@code result} or {@code error_code}, {@code description},
 * {@code parameters.retry_after}) and failures become a {@link TelegramFailure} of the right kind. The token
 * is part of every request address, so no address ever reaches a message or a log.
 */
@Component
class TelegramClient {

    /** Telegram's limits, counted here on the HTML we send (never shorter than what Telegram counts). */
    static final int MESSAGE_LIMIT = 4096;

    static final int CAPTION_LIMIT = 1024;

    private final HttpClient http;
    private final JsonMapper json;
    private final TelegramProperties properties;

    TelegramClient(JsonMapper json, TelegramProperties properties) {
        this.json = json;
        this.properties = properties;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    record Bot(long id, String username) {}

    record Chat(long id, String title, String type) {}

    Bot getMe(BotToken token) throws TelegramFailure, InterruptedException {
        JsonNode result = call(token, "getMe", Map.of());
        return new Bot(result.path("id").asLong(0), result.path("username").asString(""));
    }

    Chat getChat(BotToken token, ChatId chat) throws TelegramFailure, InterruptedException {
        JsonNode result = call(token, "getChat", Map.of("chat_id", chat.value()));
        return new Chat(
                result.path("id").asLong(0),
                result.path("title").asString(result.path("username").asString("")),
                result.path("type").asString(""));
    }

    /** Whether the bot may post in the chat: an administrator allowed to post (channels) or the creator. */
    boolean canPost(BotToken token, ChatId chat, long botId) throws TelegramFailure, InterruptedException {
        JsonNode member = call(token, "getChatMember", Map.of("chat_id", chat.value(), "user_id", botId));
        String status = member.path("status").asString("");
        return "creator".equals(status)
                || ("administrator".equals(status)
                        && member.path("can_post_messages").asBoolean(true));
    }

    /** @return the id Telegram gave the new message */
    long sendMessage(BotToken token, ChatId chat, String html) throws TelegramFailure, InterruptedException {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("chat_id", chat.value());
        fields.put("text", html);
        fields.put("parse_mode", "HTML");
        // No previews: the photo goes out on its own, and a note's links would otherwise pull in other sites' cards.
        fields.put("link_preview_options", Map.of("is_disabled", true));
        return call(token, "sendMessage", fields).path("message_id").asLong(0);
    }

    /** Uploads the photo file itself, so Telegram need not reach the site (which may be on a private host). */
    long sendPhoto(BotToken token, ChatId chat, Path photo, String captionHtml)
            throws TelegramFailure, InterruptedException {
        Multipart body = new Multipart();
        body.field("chat_id", chat.value());
        if (!captionHtml.isBlank()) {
            body.field("caption", captionHtml);
            body.field("parse_mode", "HTML");
        }
        try {
            body.file("photo", photo.getFileName().toString(), contentType(photo), Files.readAllBytes(photo));
        } catch (IOException e) {
            throw new TelegramFailure.Unavailable(
                    "The photo file cannot be read: " + e.getClass().getSimpleName());
        }
        HttpRequest request = HttpRequest.newBuilder(address(token, "sendPhoto"))
                .timeout(properties.timeout())
                .header("Content-Type", "multipart/form-data; boundary=" + body.boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
                .build();
        return answer(token, request).path("message_id").asLong(0);
    }

    private JsonNode call(BotToken token, String method, Map<String, ?> fields)
            throws TelegramFailure, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(address(token, method))
                .timeout(properties.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(fields), StandardCharsets.UTF_8))
                .build();
        return answer(token, request);
    }

    private JsonNode answer(BotToken token, HttpRequest request) throws TelegramFailure, InterruptedException {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // Messages of network errors may name the address, which holds the token.
            throw new TelegramFailure.Unavailable("Telegram could not be reached: "
                    + token.redact(e.getClass().getSimpleName() + " " + String.valueOf(e.getMessage())));
        }
        JsonNode envelope;
        try {
            envelope = json.readTree(response.body());
        } catch (JacksonException e) {
            throw new TelegramFailure.Unavailable("Telegram answered HTTP " + response.statusCode() + " without JSON");
        }
        if (response.statusCode() == 200 && envelope.path("ok").asBoolean(false)) {
            return envelope.path("result");
        }
        int code = envelope.path("error_code").asInt(response.statusCode());
        String description = token.redact(envelope.path("description").asString("HTTP " + response.statusCode()));
        if (code == 429) {
            long seconds = envelope.path("parameters").path("retry_after").asLong(5);
            throw new TelegramFailure.RateLimited(Duration.ofSeconds(Math.max(1, seconds)));
        }
        if (code >= 500 || code < 400) {
            throw new TelegramFailure.Unavailable("Telegram failed (" + code + "): " + description);
        }
        throw new TelegramFailure.Refused(code, description);
    }

    private URI address(BotToken token, String method) {
        String base = properties.apiBaseUrl().toString().replaceAll("/+$", "");
        return URI.create(base + "/bot" + token.value() + "/" + method);
    }

    private static String contentType(Path file) {
        return file.getFileName().toString().endsWith(".png") ? "image/png" : "image/jpeg";
    }

    /** A multipart/form-data body: text fields and one file. */
    private static final class Multipart {
        private final String boundary = "organizer-" + UUID.randomUUID();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        void field(String name, String value) {
            text("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n");
        }

        void file(String name, String filename, String contentType, byte[] data) {
            text("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
                    + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
            out.writeBytes(data);
            text("\r\n");
        }

        byte[] bytes() {
            text("--" + boundary + "--\r\n");
            return out.toByteArray();
        }

        private void text(String s) {
            out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        }
    }
}
