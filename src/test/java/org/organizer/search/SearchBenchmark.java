package org.organizer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.organizer.platform.PlatformProperties;
import org.organizer.press.Article;

/**
 * The search benchmark of docs/benchmarks.md; a plain program, not a test (run it with bench/search.sh).
 *
 * <p>Indexes {@code --articles} generated articles ({@link CorpusGenerator}) into a fresh index in a temporary
 * data directory through {@link ArticleIndex#replaceAll}, the path of a full rebuild (documents made by
 * {@link ArticleDocuments}, one commit at the end), and reports articles per second. Articles are generated
 * on other threads ({@code --generators}) and handed over through a queue, so the figure is the index's.
 * Then it runs {@code --warmup} queries and times {@code --queries} more, on {@code --threads} threads, each
 * exactly what the public search page runs: {@link ArticleSearch#search} with the page's language as
 * filter, sorted by relevance, first page of 10 with highlighted snippets and the total count.
 *
 * <p>Options: {@code --articles N} (1,000,000), {@code --queries Q} (2,000), {@code --warmup W} (1,000),
 * {@code --threads T} (1), {@code --generators G} (1), {@code --seed S} (1), {@code --data-dir D} (keeps the
 * index there; if it already holds one, indexing is skipped), {@code --page-size P} (10).
 */
final class SearchBenchmark {

    private static final Article END = new CorpusGenerator(0).article(0);

    public static void main(String[] args) throws Exception {
        long articles = 1_000_000;
        int queries = 2_000;
        int warmup = 1_000;
        int threads = 1;
        int generators = 1;
        long seed = 1;
        int pageSize = 10;
        Path dataDir = null;
        for (int a = 0; a < args.length; a += 2) {
            if (a + 1 >= args.length) {
                throw new IllegalArgumentException("option " + args[a] + " needs a value");
            }
            String value = args[a + 1].replace("_", "");
            switch (args[a]) {
                case "--articles" -> articles = Long.parseLong(value);
                case "--queries" -> queries = Integer.parseInt(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--threads" -> threads = Integer.parseInt(value);
                case "--generators" -> generators = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--page-size" -> pageSize = Integer.parseInt(value);
                case "--data-dir" -> dataDir = Path.of(args[a + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[a]);
            }
        }
        boolean temporary = dataDir == null;
        Path dir = temporary ? Files.createTempDirectory("organizer-search-bench") : dataDir;
        System.out.printf(
                Locale.ROOT,
                "search benchmark: java %s, %d processors, max heap %d MiB, data dir %s%n",
                Runtime.version(),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                dir);
        ArticleIndex index = new ArticleIndex(new PlatformProperties(
                dir, URI.create("http://localhost:8080"), new PlatformProperties.Database("", "", "")));
        try {
            CorpusGenerator corpus = new CorpusGenerator(seed);
            int existing = index.size();
            if (existing > 0 && !index.outdated()) {
                System.out.printf(Locale.ROOT, "index: reusing %,d articles in %s%n", existing, index.directory());
            } else {
                indexAll(index, corpus, articles, generators);
            }
            ArticleSearch search = new ArticleSearch(index);
            run(search, corpus, new SplittableRandom(seed ^ 0xBEEF), warmup, threads, pageSize, "warm-up");
            run(search, corpus, new SplittableRandom(seed ^ 0xCAFE), queries, threads, pageSize, "measured");
        } finally {
            index.destroy();
            if (temporary) {
                delete(dir);
            }
        }
    }

    private static void indexAll(ArticleIndex index, CorpusGenerator corpus, long articles, int generators)
            throws InterruptedException {
        BlockingQueue<Article> queue = new ArrayBlockingQueue<>(4_096);
        AtomicLong next = new AtomicLong();
        List<Thread> producers = new ArrayList<>();
        for (int g = 0; g < generators; g++) {
            producers.add(Thread.ofPlatform().name("generator-" + g).start(() -> {
                try {
                    for (long i = next.getAndIncrement(); i < articles; i = next.getAndIncrement()) {
                        queue.put(corpus.article(i));
                    }
                    queue.put(END);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        long start = System.nanoTime();
        long[] done = {0};
        long[] lastReport = {start};
        index.replaceAll(sink -> {
            int ended = 0;
            try {
                while (ended < generators) {
                    Article article = queue.take();
                    if (article == END) {
                        ended++;
                        continue;
                    }
                    sink.accept(article);
                    done[0]++;
                    long now = System.nanoTime();
                    if (now - lastReport[0] > 30_000_000_000L) {
                        lastReport[0] = now;
                        System.out.printf(
                                Locale.ROOT,
                                "  indexed %,d articles, %,.0f articles/s so far%n",
                                done[0],
                                done[0] / ((now - start) / 1e9));
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        for (Thread producer : producers) {
            producer.join();
        }
        System.out.printf(
                Locale.ROOT,
                "index: %,d articles in %.1f s (including the final commit) = %,.0f articles/s; %,d documents, %,.0f MiB on disk%n",
                done[0],
                seconds,
                done[0] / seconds,
                index.size(),
                size(index.directory()) / 1048576.0);
    }

    private static void run(
            ArticleSearch search,
            CorpusGenerator corpus,
            SplittableRandom random,
            int count,
            int threads,
            int pageSize,
            String label)
            throws InterruptedException {
        if (count == 0) {
            return;
        }
        List<CorpusGenerator.Query> queries = new ArrayList<>(count);
        for (int q = 0; q < count; q++) {
            queries.add(corpus.query(random));
        }
        long[] nanos = new long[count];
        long[] totals = new long[count];
        boolean[] atLeast = new boolean[count];
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(Thread.ofPlatform().name("searcher-" + t).start(() -> {
                for (int q = next.getAndIncrement(); q < count; q = next.getAndIncrement()) {
                    CorpusGenerator.Query query = queries.get(q);
                    long t0 = System.nanoTime();
                    SearchRequest request =
                            SearchRequest.of(query.text(), query.language(), null, null, null, null, 0, pageSize);
                    SearchResults results = search.search(request);
                    nanos[q] = System.nanoTime() - t0;
                    totals[q] = results.total();
                    atLeast[q] = !results.exact();
                }
            }));
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long empty = Arrays.stream(totals).filter(t -> t == 0).count();
        double meanHits = Arrays.stream(totals).average().orElse(0);
        long capped = java.util.stream.IntStream.range(0, count)
                .filter(q -> atLeast[q])
                .count();
        System.out.printf(
                Locale.ROOT,
                "%s: %,d queries on %d thread(s) in %.1f s = %,.0f queries/s; mean matches %,.0f (%,d counted only as"
                        + " %,d or more), %d without a match%n",
                label,
                count,
                threads,
                seconds,
                count / seconds,
                meanHits,
                capped,
                SearchResults.COUNTED,
                empty);
        System.out.println("  all      " + percentiles(nanos));
        for (int words = 1; words <= 3; words++) {
            int w = words;
            long[] subset = java.util.stream.IntStream.range(0, count)
                    .filter(q -> queries.get(q).text().split(" ").length == w)
                    .mapToLong(q -> nanos[q])
                    .toArray();
            System.out.printf(Locale.ROOT, "  %d word%s  %s%n", words, words == 1 ? " " : "s", percentiles(subset));
        }
    }

    private static String percentiles(long[] nanos) {
        if (nanos.length == 0) {
            return "n=0";
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(
                Locale.ROOT,
                "n=%d  p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms  mean %.2f ms",
                sorted.length,
                ms(at(sorted, 0.50)),
                ms(at(sorted, 0.95)),
                ms(at(sorted, 0.99)),
                ms(sorted[sorted.length - 1]),
                ms((long) Arrays.stream(sorted).average().orElse(0)));
    }

    /** The nearest-rank percentile. */
    private static long at(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static long size(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
