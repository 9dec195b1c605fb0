package org.organizer.distribution.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.organizer.distribution.mail.Mailer;
import org.organizer.distribution.mail.OutgoingMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * When the SMTP server is away, deliveries wait and are retried with growing pauses until it is back; with
 * no server at all they give up after the configured number of attempts and say why.
 */
@SpringBootTest(properties = {"organizer.deliveries.first-retry-after=300ms", "organizer.deliveries.max-attempts=4"})
class DeliveryRetriesTests {

    private static final int PORT = freePort();
    private static final GreenMail LATE_SERVER =
            new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> PORT);
    }

    @AfterAll
    static void stopServer() {
        LATE_SERVER.stop();
    }

    @Autowired
    Mailer mailer;

    @Autowired
    Deliveries deliveries;

    @Test
    void aMailWaitsForTheServerWithGrowingPausesAndGoesOutWhenItIsBack() throws Exception {
        String to = "late-" + UUID.randomUUID() + "@example.org";
        UUID id = mailer.send("Retry test", OutgoingMail.plain(to, "Late", "Text"));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> deliveries.delivery(id).orElseThrow().attempts() >= 2);
        DeliveryRecord waiting = deliveries.delivery(id).orElseThrow();
        assertThat(waiting.state()).isIn(DeliveryState.QUEUED, DeliveryState.SENDING);
        assertThat(waiting.lastError()).isNotBlank();

        LATE_SERVER.start();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> deliveries.delivery(id).orElseThrow().state() == DeliveryState.SENT);
        assertThat(LATE_SERVER.getReceivedMessages()).hasSize(1);
        assertThat(LATE_SERVER.getReceivedMessages()[0].getSubject()).isEqualTo("Late");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
