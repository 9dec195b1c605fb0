package org.organizer.cases;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.organizer.Organizer;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.press.support.Newsrooms;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case list benchmark (docs/benchmarks.md, "Cases"): starts Organizer on a fresh embedded PostgreSQL, writes N
 * generated cases with M events in bulk (case-team values sealed by the application's cipher, as the pages
 * write them; public values in plain text, some behind consents), then times the filtered lists over HTTP,
 * uncached: the administrators' list (signed in), the public list (with a session cookie, which the page cache
 * never answers) and the public API.
 *
 * <p>{@code bench/cases.sh [--cases N] [--events M] [--requests R] [--warmup W] [--seed S]}
 */
public final class CasesBenchmark {

    static final List<String> COUNTRIES = List.of(
            "PE", "CO", "BO", "CL", "AR", "BR", "MX", "GT", "HN", "EC", "VE", "PY", "TR", "IR", "EG", "MA", "TN", "DZ",
            "IQ", "SY", "PK", "BD", "IN", "LK", "PH", "ID", "MM", "KH", "NG", "KE", "ZA", "ZW", "CM", "SN", "BY", "RU",
            "KZ", "AZ", "GE", "RS");
    static final CaseStatus[] STATUSES = CaseStatus.values();
    static final EventKind[] KINDS = EventKind.values();
    static final String PASSWORD = "bench-password-" + UUID.randomUUID();

    private CasesBenchmark() {}

    public static void main(String[] args) throws Exception {
        int cases = option(args, "--cases", 50_000);
        int events = option(args, "--events", 500_000);
        int requests = option(args, "--requests", 2_000);
        int warmup = option(args, "--warmup", 300);
        long seed = option(args, "--seed", 42);
        Path dataDir = Files.createTempDirectory("organizer-cases-bench");
        try (ConfigurableApplicationContext app = SpringApplication.run(
                Organizer.class, "--organizer.data-dir=" + dataDir, "--server.port=0", "--logging.level.root=warn")) {
            run(app, cases, events, requests, warmup, new Random(seed));
        }
    }

    private static void run(
            ConfigurableApplicationContext app, int cases, int events, int requests, int warmup, Random random)
            throws Exception {
        Newsrooms newsrooms = app.getBean(Newsrooms.class);
        newsrooms.ensurePublication();
        Accounts accounts = app.getBean(Accounts.class);
        String email = "bench-admin-" + UUID.randomUUID() + "@example.org";
        Actor admin = accounts.create(email, "Bench Administrator", Role.ADMINISTRATOR, PASSWORD);
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        System.out.printf(
                "cases %,d, events %,d, measured requests %,d per list (after %,d warm-up), cores %d%n",
                cases, events, requests, warmup, Runtime.getRuntime().availableProcessors());

        long start = System.nanoTime();
        generate(app, admin.id().value(), cases, events, random);
        System.out.printf("generated in %.1f s%n", (System.nanoTime() - start) / 1e9);
        app.getBean(JdbcClient.class).sql("ANALYZE").update();

        HttpClient signedIn = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        signIn(signedIn, port, email);
        HttpClient anonymous =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        measure(
                "baseline    /actuator/health",
                anonymous,
                port,
                "/actuator/health",
                List.of(),
                requests,
                warmup,
                random);
        measure("admin list  /admin/cases", signedIn, port, "/admin/cases", List.of(), requests, warmup, random);
        measure(
                "public list /en/cases",
                anonymous,
                port,
                "/en/cases",
                List.of("Cookie", "SESSION=bypasses-the-page-cache"),
                requests,
                warmup,
                random);
        // Whole public cases (every public value of up to 200): for information, a tenth of the requests.
        measure(
                "public API  /api/v1/cases",
                anonymous,
                port,
                "/api/v1/cases",
                List.of(),
                Math.max(20, requests / 10),
                Math.max(5, warmup / 10),
                random);
    }

    /** Bulk writes: structure and plain values by SQL, sealed values sealed here like the application does. */
    private static void generate(ConfigurableApplicationContext app, UUID by, int n, int events, Random random) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        FieldCipher cipher = app.getBean(FieldCipher.class);
        TransactionTemplate transactions = app.getBean(TransactionTemplate.class);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Timestamp at = Timestamp.from(now);
        int batch = 2_000;
        for (int from = 0; from < n; from += batch) {
            int to = Math.min(n, from + batch);
            List<Object[]> files = new ArrayList<>();
            List<Object[]> sealed = new ArrayList<>();
            List<Object[]> plain = new ArrayList<>();
            List<Object[]> persons = new ArrayList<>();
            List<Object[]> roles = new ArrayList<>();
            List<Object[]> consents = new ArrayList<>();
            for (int i = from; i < to; i++) {
                UUID id = UUID.randomUUID();
                UUID person = UUID.randomUUID();
                String country = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
                files.add(new Object[] {
                    id,
                    "case-" + id.toString().substring(0, 8) + "-" + Integer.toString(i, 36),
                    country,
                    STATUSES[random.nextInt(STATUSES.length)].name(),
                    by,
                    Timestamp.from(now.minus(n - i, ChronoUnit.MINUTES))
                });
                sealed.add(
                        sealedRow(cipher, OwnerKind.CASE, id, "summary", "en", "Fictional case summary " + i, by, at));
                persons.add(new Object[] {person, by, at});
                roles.add(new Object[] {UUID.randomUUID(), id, person, "VICTIM"});
                boolean publicName = random.nextInt(5) == 0;
                if (publicName) {
                    plain.add(plainRow(OwnerKind.PERSON, person, "name", "Fictional Person " + i, by, at));
                    consents.add(new Object[] {
                        UUID.randomUUID(), person, "NAME", "FAMILY", Date.valueOf(LocalDate.of(2024, 1, 1)), by, at
                    });
                } else {
                    sealed.add(
                            sealedRow(cipher, OwnerKind.PERSON, person, "name", "", "Fictional Person " + i, by, at));
                }
                if (random.nextInt(10) < 3) {
                    plain.add(plainRow(OwnerKind.CASE, id, "court", "Fictional court " + (i % 97), by, at));
                }
            }
            transactions.executeWithoutResult(status -> {
                jdbc.batchUpdate(
                        "INSERT INTO case_file (id, slug, country, status, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                        files);
                jdbc.batchUpdate("INSERT INTO case_person (id, created_by, created_at) VALUES (?, ?, ?)", persons);
                jdbc.batchUpdate(
                        "INSERT INTO case_person_role (id, case_id, person_id, role) VALUES (?, ?, ?, ?)", roles);
                jdbc.batchUpdate("""
                        INSERT INTO case_field (owner_kind, owner_id, name, language, visibility, plain, sealed,
                                                changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", sealed);
                jdbc.batchUpdate("""
                        INSERT INTO case_field (owner_kind, owner_id, name, language, visibility, plain, sealed,
                                                changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", plain);
                jdbc.batchUpdate("""
                        INSERT INTO case_consent (id, person_id, scope, given_by, given_on, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""", consents);
            });
        }
        // Events: spread over the cases, dated 2000-2025, in the case's country; a quarter with a public city.
        String kinds = String.join(
                ",", Arrays.stream(KINDS).map(k -> "'" + k.name() + "'").toList());
        transactions.executeWithoutResult(status -> {
            jdbc.update("""
                    WITH numbered AS (SELECT id, country, row_number() OVER (ORDER BY id) - 1 AS n FROM case_file),
                         total AS (SELECT count(*) AS cases FROM case_file)
                    INSERT INTO case_event (id, case_id, kind, occurred_on, country)
                    SELECT gen_random_uuid(), c.id, (ARRAY[%s])[1 + (g %% %d)],
                           DATE '2000-01-01' + ((g::bigint * 7919) %% 9496)::int, c.country
                    FROM generate_series(0, ? - 1) AS g
                    JOIN total ON true
                    JOIN numbered c ON c.n = g %% total.cases""".formatted(kinds, KINDS.length), events);
            jdbc.update("""
                    INSERT INTO case_field (owner_kind, owner_id, name, language, visibility, plain, changed_by,
                                            changed_at)
                    SELECT 'EVENT', e.id, 'city', '', 'PUBLIC', 'Fictional city ' || (abs(hashtext(e.id::text)) %% 500),
                           ?, ?
                    FROM case_event e WHERE abs(hashtext(e.id::text)) %% 4 = 0""".replace("%%", "%"), by, at);
        });
    }

    private static Object[] sealedRow(
            FieldCipher cipher,
            OwnerKind kind,
            UUID owner,
            String name,
            String language,
            String value,
            UUID by,
            Timestamp at) {
        String sealed = cipher.seal(value, Cases.place(kind, owner, name, language));
        return new Object[] {kind.name(), owner, name, language, "CASE_TEAM", null, sealed, by, at};
    }

    private static Object[] plainRow(OwnerKind kind, UUID owner, String name, String value, UUID by, Timestamp at) {
        return new Object[] {kind.name(), owner, name, "", "PUBLIC", value, null, by, at};
    }

    private static void signIn(HttpClient client, int port, String email) throws Exception {
        HttpResponse<String> form = client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on /login");
        }
        String body = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token.group(1);
        HttpResponse<String> signed = client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (signed.statusCode() != 302
                || signed.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in failed: " + signed.statusCode());
        }
    }

    private static void measure(
            String label,
            HttpClient client,
            int port,
            String path,
            List<String> headers,
            int requests,
            int warmup,
            Random random)
            throws Exception {
        long[] nanos = new long[requests];
        long bytes = 0;
        for (int i = -warmup; i < requests; i++) {
            String query = filter(i, random);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path + query));
            for (int h = 0; h < headers.size(); h += 2) {
                request.header(headers.get(h), headers.get(h + 1));
            }
            long t = System.nanoTime();
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            long elapsed = System.nanoTime() - t;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(label + path + query + " answered " + response.statusCode());
            }
            if (response.headers().firstValue("ETag").isPresent()) {
                throw new IllegalStateException(label + ": answered from the page cache; the figure would be wrong");
            }
            if (i >= 0) {
                nanos[i] = elapsed;
                bytes += response.body().length;
            }
        }
        Arrays.sort(nanos);
        System.out.printf(
                "%-28s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  max %6.2f ms  (%,d bytes on average)%n",
                label,
                nanos[requests / 2] / 1e6,
                nanos[(int) Math.ceil(requests * 0.95) - 1] / 1e6,
                nanos[(int) Math.ceil(requests * 0.99) - 1] / 1e6,
                nanos[requests - 1] / 1e6,
                bytes / requests);
    }

    /** No filter, a country, a country and a status, a status: in turn, with random values. */
    private static String filter(int i, Random random) {
        String country = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
        String status = STATUSES[random.nextInt(STATUSES.length)].name();
        return switch (Math.floorMod(i, 4)) {
            case 0 -> "";
            case 1 -> "?country=" + country;
            case 2 -> "?country=" + country + "&status=" + status;
            default -> "?status=" + status;
        };
    }

    private static int option(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1].replace("_", "").replace(",", ""));
            }
        }
        return fallback;
    }
}
