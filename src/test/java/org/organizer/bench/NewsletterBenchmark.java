package org.organizer.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.organizer.Organizer;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.distribution.delivery.BatchSummary;
import org.organizer.distribution.delivery.Deliveries;
import org.organizer.distribution.newsletter.Issue;
import org.organizer.distribution.newsletter.NewsletterIssues;
import org.organizer.press.Article;
import org.organizer.press.support.Newsrooms;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Newsletter benchmark: N confirmed readers in three languages, one newsletter queued through the same
 * service the admin page uses, delivered by this node to a local SMTP server ({@link SmtpSink}, another JVM).
 * Prints the time to queue, the delivery rate, and this JVM's old generation after each collection and
 * resident memory while it runs (flat memory means those stay level). See bench/newsletter.sh.
 */
public final class NewsletterBenchmark {

    private NewsletterBenchmark() {}

    public static void main(String[] args) throws Exception {
        int readers = intArg(args, "--readers", 100_000);
        int threads = intArg(args, "--threads", 16);
        Path dataDir = Files.createTempDirectory("organizer-newsletter-bench");
        try (SmtpSink.Running sink = SmtpSink.startInOwnJvm();
                ConfigurableApplicationContext app = SpringApplication.run(
                        Organizer.class,
                        "--organizer.data-dir=" + dataDir,
                        "--server.port=0",
                        "--logging.level.root=warn",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + sink.port(),
                        "--organizer.jobs.threads=" + threads)) {
            run(app, readers, threads);
        }
    }

    private static void run(ConfigurableApplicationContext app, int readers, int threads) throws Exception {
        Newsrooms newsrooms = app.getBean(Newsrooms.class);
        NewsletterIssues newsletters = app.getBean(NewsletterIssues.class);
        Deliveries deliveries = app.getBean(Deliveries.class);
        JdbcClient jdbc = app.getBean(JdbcClient.class);

        newsrooms.ensurePublication();
        Actor editor = newsrooms.person(Role.EDITOR);
        Article article = newsrooms.published(editor, "en", "Dockworkers vote to continue the strike");
        jdbc.sql("""
                        INSERT INTO newsletter_subscriber (id, email, language, state, manage_token, confirmed_at)
                        SELECT gen_random_uuid(), 'reader' || i || '@bench.example.org',
                               (ARRAY['en', 'es', 'ar'])[1 + i % 3], 'confirmed', md5(random()::text || i), now()
                        FROM generate_series(1, ?) AS i
                        """).param(readers).update();
        Issue issue = newsletters.articles(editor, List.of(article.id()));
        System.out.printf("readers %,d, delivery threads %d, cores %d%n", readers, threads, cores());

        long queueStart = System.nanoTime();
        UUID batch = newsletters.send(editor, issue.id());
        double queueSeconds = (System.nanoTime() - queueStart) / 1e9;
        System.out.printf("queued %,d deliveries in %.2f s%n", readers, queueSeconds);

        long sendStart = System.nanoTime();
        List<Long> oldGen = new ArrayList<>();
        List<Long> resident = new ArrayList<>();
        BatchSummary summary;
        do {
            Thread.sleep(1000);
            summary = deliveries.batch(batch).orElseThrow();
            oldGen.add(oldGenAfterCollection());
            resident.add(residentBytes());
            double elapsed = (System.nanoTime() - sendStart) / 1e9;
            if (oldGen.size() % 5 == 0) {
                System.out.printf(
                        "%5.0f s: sent %,7d  failed %,d  old gen after GC %4d MB  resident %4d MB%n",
                        elapsed, summary.sent(), summary.failed(), oldGen.getLast() >> 20, resident.getLast() >> 20);
            }
        } while (summary.inProgress());
        double sendSeconds = (System.nanoTime() - sendStart) / 1e9;
        System.out.printf(
                "delivered %,d (failed %,d) in %.1f s: %.0f messages/s%n",
                summary.sent(), summary.failed(), sendSeconds, summary.sent() / sendSeconds);
        System.out.printf(
                "old gen after GC: min %d MB, max %d MB; resident: min %d MB, max %d MB%n",
                oldGen.stream().mapToLong(Long::longValue).min().orElse(0) >> 20,
                oldGen.stream().mapToLong(Long::longValue).max().orElse(0) >> 20,
                resident.stream().mapToLong(Long::longValue).min().orElse(0) >> 20,
                resident.stream().mapToLong(Long::longValue).max().orElse(0) >> 20);
    }

    private static long oldGenAfterCollection() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP
                    && pool.getName().contains("Old")
                    && pool.getCollectionUsage() != null) {
                used += pool.getCollectionUsage().getUsed();
            }
        }
        return used;
    }

    private static long residentBytes() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        return 0;
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1].replace("_", "").replace(",", ""));
            }
        }
        return fallback;
    }
}
