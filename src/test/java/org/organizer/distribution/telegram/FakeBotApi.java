package org.organizer.distribution.telegram;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local stand-in for the Telegram Bot API: it records every request (the token and method from the path,
 * the fields from the JSON or multipart body) and answers like the real one. By default every call succeeds;
 * a test scripts refusals and rate limits for its own chat, answered in order to that chat's next requests.
 */
public final class FakeBotApi {

    static final long BOT_ID = 4242;
    static final String BOT_USERNAME = "courier_test_bot";

    /** One request as the fake received it. */
    public record Request(
            java.time.Instant at,
            String httpMethod,
            String token,
            String method,
            Map<String, String> fields,
            byte @Nullable [] photo) {
        public String chat() {
            return fields.getOrDefault("chat_id", "");
        }

        /** The text a message or a caption carries. */
        public String text() {
            return fields.getOrDefault("text", fields.getOrDefault("caption", ""));
        }
    }

    private record Answer(int status, String body) {}

    private static final Pattern PATH = Pattern.compile("/bot([^/]+)/([A-Za-z]+)");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Answer>> scripts = new ConcurrentHashMap<>();
    private final AtomicLong messageIds = new AtomicLong(1000);

    private FakeBotApi(HttpServer server) {
        this.server = server;
    }

    public static FakeBotApi start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FakeBotApi api = new FakeBotApi(server);
            server.createContext("/", api::handle);
            server.start();
            return api;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void stop() {
        server.stop(0);
    }

    /** Every request about this chat, in the order received. */
    public List<Request> requestsFor(String chat) {
        return requests.stream().filter(r -> r.chat().equals(chat)).toList();
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    void rateLimitNext(String chat, int retryAfterSeconds) {
        script(chat, new Answer(429, """
                {"ok":false,"error_code":429,"description":"Too Many Requests: retry after %d",\
                "parameters":{"retry_after":%d}}""".formatted(retryAfterSeconds, retryAfterSeconds)));
    }

    void refuseNext(String chat, int code, String description) {
        script(
                chat,
                new Answer(
                        code,
                        JSON.writeValueAsString(Map.of("ok", false, "error_code", code, "description", description))));
    }

    void succeedNext(String chat) {
        script(chat, null);
    }

    private void script(String chat, @Nullable Answer answer) {
        scripts.computeIfAbsent(chat, c -> new ArrayDeque<>()).add(answer == null ? new Answer(0, "") : answer);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
            if (!path.matches()) {
                send(exchange, new Answer(404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}"));
                return;
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            Map<String, String> fields = new LinkedHashMap<>();
            byte[] photo = contentType != null && contentType.startsWith("multipart/form-data")
                    ? multipart(body, contentType, fields)
                    : json(body, fields);
            Request request = new Request(
                    java.time.Instant.now(), exchange.getRequestMethod(), path.group(1), path.group(2), fields, photo);
            requests.add(request);
            send(exchange, answer(request));
        }
    }

    private Answer answer(Request request) {
        Deque<Answer> script = scripts.get(request.chat());
        Answer scripted = script == null ? null : script.poll();
        if (scripted != null && scripted.status() != 0) {
            return scripted;
        }
        Object result = switch (request.method()) {
            case "getMe" -> Map.of("id", BOT_ID, "is_bot", true, "first_name", "Courier", "username", BOT_USERNAME);
            case "getChat" -> Map.of("id", -1001234567890L, "type", "channel", "title", "Channel " + request.chat());
            case "getChatMember" ->
                Map.of(
                        "status",
                        "administrator",
                        "can_post_messages",
                        true,
                        "user",
                        Map.of("id", BOT_ID, "is_bot", true));
            case "sendMessage", "sendPhoto" ->
                Map.of(
                        "message_id",
                        messageIds.incrementAndGet(),
                        "chat",
                        Map.of("id", -1001234567890L, "type", "channel"));
            default -> null;
        };
        if (result == null) {
            return new Answer(404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found: method not found\"}");
        }
        return new Answer(200, JSON.writeValueAsString(Map.of("ok", true, "result", result)));
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static byte @Nullable [] json(byte[] body, Map<String, String> fields) {
        if (body.length == 0) {
            return null;
        }
        JsonNode node = JSON.readTree(new String(body, StandardCharsets.UTF_8));
        node.properties()
                .forEach(e -> fields.put(
                        e.getKey(),
                        e.getValue().isValueNode()
                                ? e.getValue().asString()
                                : e.getValue().toString()));
        return null;
    }

    /** Text fields go to {@code fields}; the file part is returned. */
    private static byte @Nullable [] multipart(byte[] body, String contentType, Map<String, String> fields) {
        String boundary = "--" + contentType.substring(contentType.indexOf("boundary=") + "boundary=".length());
        // ISO-8859-1 maps bytes one to one, so the file's bytes survive the round trip.
        String raw = new String(body, StandardCharsets.ISO_8859_1);
        byte[] file = null;
        for (String part : raw.split(Pattern.quote(boundary))) {
            int headersEnd = part.indexOf("\r\n\r\n");
            if (headersEnd < 0) {
                continue;
            }
            String headers = part.substring(0, headersEnd);
            String content = part.substring(headersEnd + 4, part.length() - 2);
            Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(headers);
            if (!name.find()) {
                continue;
            }
            if (headers.contains("filename=")) {
                file = content.getBytes(StandardCharsets.ISO_8859_1);
                fields.put(
                        name.group(1) + ".contentType", headers.replaceAll("(?s).*Content-Type: ([^\\r\\n]+).*", "$1"));
            } else {
                fields.put(
                        name.group(1),
                        new String(content.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
            }
        }
        return file;
    }
}
