package org.organizer.distribution.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.organizer.Organizer;
import org.organizer.distribution.mail.OutgoingMail;
import org.organizer.platform.EmbeddedPostgresServer;
import org.organizer.testing.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * A node killed with kill -9 in the middle of a large send: once a node runs again, every delivery ends
 * recorded as sent exactly once, and each recipient received one message (a message that was accepted by
 * the SMTP server just before the kill may arrive twice, but with the same Message-ID, so it is one message).
 */
@SpringBootTest(properties = "organizer.jobs.enabled=false")
class DeliveryCrashTests {

    private static final int MESSAGES = 1_500;

    private static EmbeddedPostgresServer database;

    @DynamicPropertySource
    static void sharedDatabase(DynamicPropertyRegistry registry) throws Exception {
        // The database outlives the nodes, as a real PostgreSQL would; this JVM only queues the newsletter.
        database = EmbeddedPostgresServer.startOrAttach(Files.createTempDirectory("organizer-crash-db"));
        registry.add("organizer.database.url", database::jdbcUrl);
        registry.add("organizer.database.username", database::username);
        registry.add("organizer.database.password", database::password);
    }

    @AfterAll
    static void stopDatabase() {
        database.close();
    }

    @Autowired
    Deliveries deliveries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void aNodeKilledMidSendLeavesNothingUnsentAndNothingSentTwice() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> recipients = IntStream.range(0, MESSAGES)
                .mapToObj(i -> "crash-" + run + "-" + i + "@example.org")
                .toList();
        UUID batch = deliveries.startBatch(BatchKind.NEWSLETTER, "Crash test " + run, null);
        deliveries.enqueue(
                batch,
                "mail",
                recipients.stream()
                        .map(to -> new NewDelivery(
                                to, json.writeValueAsString(OutgoingMail.plain(to, "Crash test", "Text"))))
                        .toList(),
                Deliveries.Urgency.NORMAL);
        Set<String> ours = Set.copyOf(recipients);

        Process first = startNode("first");
        try {
            await().atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> received(ours).size() >= MESSAGES / 5);
        } finally {
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook runs
        }
        assertThat(sent(batch))
                .as("the first node was killed before it finished")
                .isLessThan(MESSAGES);

        Process second = startNode("second");
        try {
            await().atMost(Duration.ofSeconds(120)).until(() -> sent(batch) == MESSAGES);
        } finally {
            second.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        assertThat(jdbc.sql("SELECT count(*) FROM delivery WHERE batch_id = ? AND state <> 'sent'")
                        .param(batch)
                        .query(Integer.class)
                        .single())
                .isZero();
        Map<String, Set<String>> messageIds = received(ours).stream()
                .collect(Collectors.groupingBy(
                        DeliveryCrashTests::recipient, Collectors.mapping(DeliveryCrashTests::id, Collectors.toSet())));
        assertThat(messageIds).hasSize(MESSAGES);
        assertThat(messageIds.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
    }

    private int sent(UUID batch) {
        return deliveries.batch(batch).orElseThrow().sent();
    }

    private static List<MimeMessage> received(Set<String> recipients) {
        return Arrays.stream(TestMailServer.server().getReceivedMessages())
                .filter(m -> recipients.contains(recipient(m)))
                .toList();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String id(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A whole Organizer in its own JVM, on the shared database, running delivery jobs. */
    private static Process startNode(String name) throws Exception {
        Path dataDir = Files.createTempDirectory("organizer-crash-node");
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElseThrow(),
                "-cp",
                System.getProperty("java.class.path"),
                Organizer.class.getName(),
                "--organizer.data-dir=" + dataDir,
                "--organizer.database.url=" + database.jdbcUrl(),
                "--organizer.database.username=" + database.username(),
                "--organizer.database.password=" + database.password(),
                "--server.port=0",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + TestMailServer.port(),
                "--organizer.jobs.polling-interval=200ms",
                "--organizer.jobs.heartbeat-interval=1s",
                "--organizer.jobs.missed-heartbeats=4"));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve(name + ".log").toFile())
                .start();
    }
}
