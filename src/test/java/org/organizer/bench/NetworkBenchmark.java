package org.organizer.bench;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.zip.GZIPOutputStream;
import org.organizer.Organizer;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.maps.Gazetteer;
import org.organizer.maps.Place;
import org.organizer.network.Call;
import org.organizer.network.CallId;
import org.organizer.network.Calls;
import org.organizer.network.DayOfAction;
import org.organizer.network.DaysOfAction;
import org.organizer.network.days.DemoDay;
import org.organizer.web.PageCache;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Network benchmark, in three parts on one fresh data directory loaded with the demo (--organizer.demo=true):
 * (a) the demo call gets N public endorsers from C countries (inserted in bulk) and wrk measures its Spanish
 * page, warm, with latency percentiles; (b) endorsements are posted to the API at a fixed rate for a period
 * and the stored unconfirmed endorsements are counted against the 202 answers; (c) the demo day of action
 * gets A actions in gazetteer cities and the size of its map SVG is measured raw and gzip-compressed.
 * Confirmation mails go to {@link SmtpSink} in its own JVM. The load generator of (b) runs in this JVM, next to
 * the server. See bench/network.sh and docs/benchmarks.md.
 */
public final class NetworkBenchmark {

    private static final String[] KINDS = {"trade-union", "association", "committee", "network", "party"};
    private static final String[] ACTIONS = {"strike", "picket", "march", "rally", "assembly", "vigil", "meeting"};

    private NetworkBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path dataDir = Path.of(options.getOrDefault("--data-dir", ""));
        if (dataDir.toString().isEmpty()) {
            throw new IllegalArgumentException("--data-dir DIR is required (a fresh, empty directory)");
        }
        try (SmtpSink.Running sink = SmtpSink.startInOwnJvm();
                ConfigurableApplicationContext app = SpringApplication.run(
                        Organizer.class,
                        "--organizer.data-dir=" + dataDir,
                        "--organizer.demo=true",
                        "--server.port=0",
                        "--logging.level.root=warn",
                        // Every submission of part (b) comes from 127.0.0.1: the per-address limit must not count.
                        "--organizer.rate-limit.per-minute=100000000",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + sink.port())) {
            new Run(app, options).all();
        }
    }

    private static final class Run {

        private final ConfigurableApplicationContext app;
        private final Map<String, String> options;
        private final JdbcClient jdbc;
        private final String base;

        Run(ConfigurableApplicationContext app, Map<String, String> options) {
            this.app = app;
            this.options = options;
            this.jdbc = app.getBean(JdbcClient.class);
            this.base = "http://127.0.0.1:"
                    + ((WebServerApplicationContext) app).getWebServer().getPort();
        }

        void all() throws Exception {
            int endorsers = number("--endorsers", 20_000);
            int countries = number("--countries", 120);
            int actions = number("--actions", 3_000);
            int rate = number("--rate", 500);
            int loadSeconds = number("--load-seconds", 30);
            String duration = options.getOrDefault("--duration", "30s");
            String warmup = options.getOrDefault("--warmup", "10s");
            String connections = options.getOrDefault("--connections", "64");
            String threads = options.getOrDefault("--threads", "2");
            String parts = options.getOrDefault("--parts", "abc");

            Calls calls = app.getBean(Calls.class);
            UUID callId = jdbc.sql("SELECT id FROM call ORDER BY created_at LIMIT 1")
                    .query(UUID.class)
                    .single();
            Call call = calls.byId(new CallId(callId)).orElseThrow();
            String page = "/es/calls/" + call.version("es").orElseThrow().slug();

            if (parts.contains("a")) {
                page(callId, page, endorsers, countries, duration, warmup, connections, threads);
            }
            if (parts.contains("b")) {
                int warmupSeconds = number("--load-warmup", 60);
                if (warmupSeconds > 0) {
                    // Part (a) measures a warm server; so does (b): for its first minute under this load a
                    // fresh JVM spends a large share of the CPU compiling (JFR shows C2 compilations of 0.2 to
                    // 1 s each until then). The warm-up's confirmation mails go out before the measured run.
                    load(callId, rate, warmupSeconds, "warm-up");
                    awaitDeliveries("warm-up");
                }
                load(callId, rate, loadSeconds, "measured");
                awaitDeliveries("measured");
            }
            if (parts.contains("c")) {
                map(callId, actions);
            }
        }

        private void page(
                UUID callId,
                String page,
                int endorsers,
                int countries,
                String duration,
                String warmup,
                String connections,
                String threads)
                throws Exception {
            long seeded = System.nanoTime();
            endorsers(callId, endorsers, countries);
            app.getBean(PageCache.class).invalidateAll();
            System.out.printf(
                    "(a) %,d public endorsers from %d countries inserted in %.1f s; page %s%n",
                    count(callId, "PUBLIC"), countries, seconds(seeded), page);
            String html = get(page);
            System.out.printf("(a) Spanish call page: %,d bytes%n", html.getBytes(StandardCharsets.UTF_8).length);
            wrk(base + page, warmup, threads, connections, null);
            String measured = wrk(base + page, duration, threads, connections, "--latency");
            System.out.println(measured);
            System.out.printf(
                    "(a) Spanish call page: %s requests/s, p99 %s (wrk -t%s -c%s -d%s, after %s warm-up)%n",
                    line(measured, "Requests/sec:"),
                    percentile(measured, "99%"),
                    threads,
                    connections,
                    duration,
                    warmup);
        }

        private void map(UUID callId, int actions) throws Exception {
            DayOfAction day = app.getBean(DaysOfAction.class).ofCall(callId).getFirst();
            long placed = System.nanoTime();
            actions(day, actions);
            System.out.printf(
                    "(c) %,d public actions on the day, added in %.1f s%n",
                    app.getBean(DaysOfAction.class).publishedActions(day.id()), seconds(placed));
            String dayPage = get("/es/days/" + day.slug());
            int start = dayPage.indexOf("<svg");
            int end = dayPage.indexOf("</svg>", start) + "</svg>".length();
            byte[] svg = dayPage.substring(start, end).getBytes(StandardCharsets.UTF_8);
            System.out.printf(
                    "(c) map SVG: %,d bytes raw, %,d bytes gzip; whole day page: %,d bytes raw, %,d bytes gzip%n",
                    svg.length,
                    gzip(svg),
                    dayPage.getBytes(StandardCharsets.UTF_8).length,
                    gzip(dayPage.getBytes(StandardCharsets.UTF_8)));
        }

        /** N public endorsements spread over the first C countries, in one statement. */
        private void endorsers(UUID call, int n, int countries) {
            String codes = String.join(",", Arrays.copyOf(Locale.getISOCountries(), countries));
            jdbc.sql("""
                            INSERT INTO call_endorsement (id, call_id, name, name_key, kind, country, website,
                                website_host, signer_name, publish_signer, email, email_domain, state, confirmed_at)
                            SELECT gen_random_uuid(), :call, 'Bench Workers Organisation ' || i, 'benchworkersorganisation' || i,
                                   (string_to_array(:kinds, ','))[1 + i % 5],
                                   (string_to_array(:countries, ','))[1 + i % :count],
                                   'https://org' || i || '.bench.example.net/', 'org' || i || '.bench.example.net',
                                   'Signer ' || i, i % 2 = 0, 'contact' || i || '@bench.example.net',
                                   'bench.example.net', 'PUBLIC', now() - make_interval(secs => i)
                            FROM generate_series(1, :n) AS i
                            """)
                    .param("call", call)
                    .param("kinds", String.join(",", KINDS))
                    .param("countries", codes)
                    .param("count", countries)
                    .param("n", n)
                    .update();
        }

        /** Posts endorsements at a fixed rate, then compares the 202 answers with what was stored. */
        /**
         * Posts {@code rate × seconds} endorsements on a fixed schedule from {@code connections} clients, as wrk2
         * does: each client takes the next due slot, waits for its time and posts; latency counts from the
         * slot's due time, so a server that falls behind shows it in the latency instead of slowing the
         * schedule (no coordinated omission). Bounded clients keep the generator from opening thousands of
         * connections, which made the JDK client itself fail under load.
         */
        private void load(UUID call, int rate, int seconds, String phase) throws Exception {
            String run = UUID.randomUUID().toString().substring(0, 8);
            int clients = Integer.parseInt(options.getOrDefault("--connections", "64"));
            HttpClient client = HttpClient.newBuilder()
                    .executor(Executors.newVirtualThreadPerTaskExecutor())
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            URI uri = URI.create(base + "/api/v1/calls/" + call + "/endorsements");
            int total = rate * seconds;
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
            ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
            AtomicInteger next = new AtomicInteger();
            AtomicLong lateByMax = new AtomicLong();
            long start = System.nanoTime();
            List<Thread> workers = new ArrayList<>(clients);
            for (int c = 0; c < clients; c++) {
                workers.add(Thread.ofVirtual().start(() -> {
                    for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        long due = start + (long) (i * 1e9 / rate);
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            LockSupport.parkNanos(wait);
                        } else {
                            lateByMax.accumulateAndGet(-wait, Math::max);
                        }
                        String body = """
                                {"name": "Load %s organisation %d", "kind": "%s", "country": "%s", "website": "",
                                 "signerName": "Signer %d", "publishSigner": true, "email": "load%d@%s.load.example.net",
                                 "language": "es"}
                                """.formatted(
                                        run, i, KINDS[i % KINDS.length], Locale.getISOCountries()[i % 120], i, i, run);
                        int status;
                        try {
                            status = client.send(
                                            HttpRequest.newBuilder(uri)
                                                    .header("Content-Type", "application/json")
                                                    .header("Accept-Language", "es")
                                                    .timeout(Duration.ofSeconds(60))
                                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                                    .build(),
                                            HttpResponse.BodyHandlers.discarding())
                                    .statusCode();
                        } catch (Exception failure) {
                            status = -1;
                            failures.computeIfAbsent(failure.getClass().getSimpleName(), f -> new AtomicInteger())
                                    .incrementAndGet();
                        }
                        statuses.computeIfAbsent(status, x -> new AtomicInteger())
                                .incrementAndGet();
                        latencies.add(System.nanoTime() - due);
                    }
                }));
            }
            for (Thread worker : workers) {
                worker.join();
            }
            long lateBy = lateByMax.get();
            double sending = seconds(start);
            int accepted = statuses.getOrDefault(202, new AtomicInteger()).get();
            long stored = jdbc.sql("SELECT count(*) FROM call_endorsement WHERE call_id = ? AND email LIKE ?")
                    .param(call)
                    .param("%@" + run + ".load.example.net")
                    .query(Long.class)
                    .single();
            long[] sorted =
                    latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(
                    "(b) %s: %,d submissions at %d/s from %d clients over %.1f s (a slot was sent late by at most %.1f ms);"
                            + " answers %s; latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    phase,
                    total,
                    rate,
                    clients,
                    sending,
                    lateBy / 1e6,
                    statuses,
                    sorted[sorted.length / 2] / 1e6,
                    sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] / 1e6,
                    sorted[sorted.length - 1] / 1e6);
            if (!failures.isEmpty()) {
                System.out.printf("(b) submissions without an answer (-1), by cause: %s%n", failures);
            }
            System.out.printf(
                    "(b) %s: accepted (202): %,d; stored unconfirmed: %,d; lost: %,d%n",
                    phase, accepted, stored, accepted - stored);
        }

        /** Waits until no delivery is queued or being sent, so the next phase starts on an idle server. */
        private void awaitDeliveries(String phase) throws InterruptedException {
            long since = System.nanoTime();
            while (jdbc.sql("SELECT count(*) FROM delivery WHERE state IN ('queued', 'sending')")
                            .query(Long.class)
                            .single()
                    > 0) {
                Thread.sleep(500);
            }
            System.out.printf(
                    "(b) %s: every confirmation mail sent %.1f s after the last answer%n", phase, seconds(since));
        }

        private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

        /** A actions in gazetteer cities (cycled when asked for more cities than the search returns). */
        private void actions(DayOfAction day, int n) {
            Gazetteer gazetteer = app.getBean(Gazetteer.class);
            Map<String, Place> cities = new LinkedHashMap<>();
            for (char c = 'a'; c <= 'z' && cities.size() < n; c++) {
                for (Place p : gazetteer.search(String.valueOf(c), null, 400)) {
                    if (!ISO_COUNTRIES.contains(p.country())) {
                        continue; // the registration form takes ISO 3166 codes only (the gazetteer also has XK)
                    }
                    cities.putIfAbsent(p.name() + "|" + p.country(), p);
                }
            }
            List<Place> places = new ArrayList<>(cities.values());
            Actor editor = app.getBean(Accounts.class)
                    .create("bench-" + UUID.randomUUID() + "@example.org", "Bench Editor", Role.EDITOR, null);
            DemoDay days = app.getBean(DemoDay.class);
            for (int i = 0; i < n; i++) {
                Place place = places.get(i % places.size());
                days.publishAction(
                        editor,
                        day,
                        Map.of(
                                "kind",
                                ACTIONS[i % ACTIONS.length],
                                "city",
                                place.name(),
                                "country",
                                place.country(),
                                "time",
                                LocalTime.of(6 + i % 14, (i % 4) * 15).toString(),
                                "zone",
                                "UTC",
                                "organisation",
                                "",
                                "organiser",
                                "Bench group " + i,
                                "description",
                                ""));
            }
        }

        private long count(UUID call, String state) {
            return jdbc.sql("SELECT count(*) FROM call_endorsement WHERE call_id = ? AND state = ?")
                    .param(call)
                    .param(state)
                    .query(Long.class)
                    .single();
        }

        private String get(String path) throws Exception {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(base + path)).build(),
                            HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            return response.body();
        }

        private int number(String name, int fallback) {
            String value = options.get(name);
            return value == null
                    ? fallback
                    : Integer.parseInt(value.replace("_", "").replace(",", ""));
        }
    }

    private static String wrk(String url, String duration, String threads, String connections, String latency)
            throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + duration));
        if (latency != null) {
            command.add(latency);
        }
        command.add(url);
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + out);
        }
        return out;
    }

    private static String line(String out, String label) {
        return out.lines()
                .map(String::strip)
                .filter(l -> l.startsWith(label))
                .map(l -> l.substring(label.length()).strip())
                .findFirst()
                .orElse("?");
    }

    private static String percentile(String out, String label) {
        return out.lines()
                .map(String::strip)
                .filter(l -> l.startsWith(label + " ") || l.startsWith(label + "\t"))
                .map(l -> l.substring(label.length()).strip())
                .findFirst()
                .orElse("?");
    }

    private static long gzip(byte[] data) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.size();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
            }
            options.put(args[i], args[i + 1]);
        }
        return options;
    }
}
