package org.organizer.distribution.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.organizer.press.support.Newsrooms.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Role;
import org.organizer.distribution.mail.Mailer;
import org.organizer.distribution.mail.OutgoingMail;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.organizer.testing.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

/** Durable deliveries through a real SMTP server: sending, permanent failures, retries, several nodes. */
@PressTest
class DeliveriesTests {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    Mailer mailer;

    @Autowired
    Deliveries deliveries;

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    OneTimeTask<Void> deliveryTask;

    @Autowired
    JsonMapper json;

    static String address(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    DeliveryRecord delivered(UUID id, DeliveryState state) {
        await().atMost(WAIT).until(() -> deliveries.delivery(id).orElseThrow().state() == state);
        return deliveries.delivery(id).orElseThrow();
    }

    @Test
    void aQueuedMailArrivesWithBothPartsAndAMessageIdNamingTheDelivery() throws Exception {
        String to = address("reader");
        UUID id = mailer.send(
                "Test notices",
                new OutgoingMail(
                        to,
                        "Confirm your subscription",
                        "Open this link: https://example.org/confirm",
                        "<p>Open <a href=\"https://example.org/confirm\">this link</a></p>",
                        Map.of("List-Unsubscribe", "<https://example.org/u>")));

        DeliveryRecord record = delivered(id, DeliveryState.SENT);
        assertThat(record.attempts()).isEqualTo(1);
        assertThat(record.sentAt()).isNotNull();
        List<MimeMessage> received = TestMailServer.messagesTo(to);
        assertThat(received).hasSize(1);
        MimeMessage message = received.getFirst();
        assertThat(message.getSubject()).isEqualTo("Confirm your subscription");
        assertThat(message.getMessageID()).isEqualTo("<" + id + "@localhost>");
        assertThat(message.getHeader("List-Unsubscribe")).containsExactly("<https://example.org/u>");
        assertThat(message.getFrom()[0].toString()).isEqualTo("noreply@localhost");
        assertThat(message.getContentType()).startsWith("multipart/alternative");
        MimeMultipart alternatives = new MimeMultipart(message.getDataHandler().getDataSource());
        assertThat(alternatives.getCount()).isEqualTo(2);
        assertThat(alternatives.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(alternatives.getBodyPart(0).getContent().toString()).contains("https://example.org/confirm");
        assertThat(alternatives.getBodyPart(1).getContentType()).startsWith("text/html");
    }

    @Test
    void anImpossibleAddressFailsAtOnceWithItsReasonAndCanBeRetriedFromTheDeliveriesPage() {
        UUID id = mailer.send("Test notices", OutgoingMail.plain("not an address", "Hello", "Text"));

        DeliveryRecord failed = delivered(id, DeliveryState.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).contains("Not a valid e-mail address");

        var editor = newsrooms.person(Role.EDITOR);
        assertThat(mvc.get().uri("/admin/deliveries/{batch}", failed.batchId()).with(as(editor)))
                .hasStatusOk()
                .bodyText()
                .contains("not an address", "Not a valid e-mail address", "name=\"delivery\"");
        assertThat(mvc.post()
                        .uri("/admin/deliveries/{batch}/retry", failed.batchId())
                        .param("delivery", id.toString())
                        .with(as(editor))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/admin/deliveries/" + failed.batchId() + "?notice=retried");

        await().atMost(WAIT).until(() -> deliveries.delivery(id).orElseThrow().attempts() == 2);
        assertThat(delivered(id, DeliveryState.FAILED).attempts()).isEqualTo(2);
    }

    @Test
    void theDeliveriesPageShowsProgressPerBatchToEditorsOnly() {
        UUID batch = deliveries.startBatch(BatchKind.NEWSLETTER, "Edition No. 7", null);
        String to = address("progress");
        UUID id = deliveries
                .enqueue(batch, "mail", List.of(mail(to)), Deliveries.Urgency.NORMAL)
                .getFirst();
        delivered(id, DeliveryState.SENT);

        assertThat(mvc.get().uri("/admin/deliveries").with(as(newsrooms.person(Role.EDITOR))))
                .hasStatusOk()
                .bodyText()
                .contains("Newsletter", "Edition No. 7", "<progress max=\"100\" value=\"100\"");
        assertThat(mvc.get().uri("/admin/deliveries").with(as(newsrooms.person(Role.ADMINISTRATOR))))
                .hasStatusOk();
        assertThat(mvc.get().uri("/admin/deliveries").with(as(newsrooms.person(Role.CORRESPONDENT))))
                .hasStatus(403);
        assertThat(mvc.get().uri("/admin/deliveries")).hasStatus3xxRedirection();
        assertThat(mvc.post()
                        .uri("/admin/deliveries/{batch}/retry", batch)
                        .with(as(newsrooms.person(Role.CORRESPONDENT)))
                        .with(csrf()))
                .hasStatus(403);
        assertThat(mvc.post().uri("/admin/deliveries/{batch}/retry", batch).with(as(newsrooms.person(Role.EDITOR))))
                .hasStatus(403);
        assertThat(mvc.get().uri("/admin/deliveries/not-a-batch").with(as(newsrooms.person(Role.EDITOR))))
                .hasStatus(404)
                .bodyText()
                .contains("There is no such delivery batch.");
    }

    @Test
    void twoNodesWorkingTheSameQueueSendEachMessageOnce() {
        // A second node: its own scheduler on the same database, running the same delivery job.
        Scheduler otherNode = Scheduler.create(dataSource, List.of(deliveryTask))
                .threads(8)
                .pollUsingLockAndFetch(0.5, 1.0)
                .pollingInterval(Duration.ofMillis(100))
                .build();
        otherNode.start();
        try {
            UUID batch = deliveries.startBatch(BatchKind.NEWSLETTER, "Two nodes", null);
            List<String> recipients =
                    IntStream.range(0, 300).mapToObj(i -> address("node" + i)).toList();
            List<UUID> ids = deliveries.enqueue(
                    batch, "mail", recipients.stream().map(this::mail).toList(), Deliveries.Urgency.NORMAL);

            await().atMost(WAIT)
                    .until(() -> deliveries.batch(batch).orElseThrow().sent() == ids.size());
            assertThat(recipients)
                    .allSatisfy(to -> assertThat(TestMailServer.messagesTo(to)).hasSize(1));
            assertThat(jdbc.sql("SELECT count(*) FROM delivery WHERE batch_id = ? AND attempts <> 1")
                            .param(batch)
                            .query(Integer.class)
                            .single())
                    .isZero();
        } finally {
            otherNode.stop();
        }
    }

    private NewDelivery mail(String to) {
        return new NewDelivery(to, json.writeValueAsString(OutgoingMail.plain(to, "News", "Text")));
    }
}
