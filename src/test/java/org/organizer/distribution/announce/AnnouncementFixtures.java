package org.organizer.distribution.announce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.organizer.press.support.Newsrooms.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.distribution.delivery.Deliveries;
import org.organizer.distribution.telegram.FakeBotApi;
import org.organizer.press.support.Newsrooms;
import org.organizer.testing.TestBotApi;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * What announcement tests need around them, set up as editors and administrators do it: kinds switched on on
 * {@code /admin/announcements}, a bot and channels on {@code /admin/telegram}, confirmed newsletter readers.
 * These settings are shared by every test of the context, so {@link #reset()} puts the defaults back.
 */
public final class AnnouncementFixtures {

    public static final Duration WAIT = Duration.ofSeconds(30);
    public static final String TOKEN = "123456789:AAHannouncementsTokenLongEnough-42";

    private final MockMvcTester mvc;
    private final JdbcClient jdbc;
    private final Newsrooms newsrooms;
    private final Deliveries deliveries;

    public AnnouncementFixtures(MockMvcTester mvc, JdbcClient jdbc, Newsrooms newsrooms, Deliveries deliveries) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.newsrooms = newsrooms;
        this.deliveries = deliveries;
    }

    /** An announcement as recorded, with the batches it started. */
    public record Recorded(
            UUID id,
            String kind,
            List<String> channels,
            @Nullable UUID newsletterBatch,
            @Nullable UUID telegramBatch) {}

    public static FakeBotApi api() {
        return TestBotApi.api();
    }

    public static String uniqueChat() {
        return "@ann_" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String address(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** Ticks the given boxes ({@code KIND.CHANNEL}) on the editors' page; every other box is switched off. */
    public void switchOn(String... boxes) {
        Actor editor = newsrooms.person(Role.EDITOR);
        var request = mvc.post().uri("/admin/announcements").with(as(editor)).with(csrf());
        for (String box : boxes) {
            request = request.param("on", box);
        }
        assertThat(request).hasStatus3xxRedirection();
    }

    /** Every kind to the readers and to the channel. */
    public void everythingEverywhere() {
        List<String> boxes = new java.util.ArrayList<>();
        for (AnnouncementKind kind : AnnouncementKind.values()) {
            for (AnnouncementChannel channel : AnnouncementChannel.values()) {
                boxes.add(kind.name() + "." + channel.name());
            }
        }
        switchOn(boxes.toArray(String[]::new));
    }

    /** A bot and a channel for each language given, as an administrator sets them. */
    public void channels(Map<String, String> chats) {
        Actor admin = newsrooms.person(Role.ADMINISTRATOR);
        assertThat(mvc.post()
                        .uri("/admin/telegram/token")
                        .with(as(admin))
                        .with(csrf())
                        .param("token", TOKEN))
                .hasStatus3xxRedirection();
        var request = mvc.post().uri("/admin/telegram/channels").with(as(admin)).with(csrf());
        for (var chat : chats.entrySet()) {
            request = request.param("channel-" + chat.getKey(), chat.getValue());
        }
        assertThat(request).hasStatus3xxRedirection();
    }

    /** A reader who subscribed in the language and confirmed, as the subscription pages leave them. */
    public String reader(String language) {
        String email = address("reader-" + language);
        jdbc.sql("""
                        INSERT INTO newsletter_subscriber (id, email, language, state, manage_token, confirmed_at)
                        VALUES (?, ?, ?, 'confirmed', ?, now())
                        """)
                .params(UUID.randomUUID(), email, language, UUID.randomUUID().toString())
                .update();
        return email;
    }

    /** The announcement of this key, once a listener recorded it. */
    public Recorded announced(String key) {
        return await().atMost(WAIT).until(() -> find(key), Optional::isPresent).orElseThrow();
    }

    public Optional<Recorded> find(String key) {
        return jdbc.sql("""
                        SELECT id, kind, channels, newsletter_batch_id, telegram_batch_id FROM announcement
                        WHERE key = ?
                        """)
                .param(key)
                .query((rs, row) -> new Recorded(
                        rs.getObject("id", UUID.class),
                        rs.getString("kind"),
                        List.of((String[]) rs.getArray("channels").getArray()),
                        rs.getObject("newsletter_batch_id", UUID.class),
                        rs.getObject("telegram_batch_id", UUID.class)))
                .optional();
    }

    /** The texts of every language version, for looking for what must not be there. */
    public List<String> versionTexts(UUID announcement) {
        return jdbc.sql(
                        "SELECT title || ' ' || text || ' ' || path FROM announcement_version WHERE announcement_id = ?")
                .param(announcement)
                .query(String.class)
                .list();
    }

    /** Waits until nothing of the batch is queued or being sent. */
    public void done(@Nullable UUID batch) {
        assertThat(batch).as("a delivery batch").isNotNull();
        await().atMost(WAIT).until(() -> !deliveries.batch(batch).orElseThrow().inProgress());
    }

    /** The posts to the chat that carry this text. */
    public static List<FakeBotApi.Request> posts(String chat, String containing) {
        return api().requestsFor(chat).stream()
                .filter(r -> r.text().contains(containing))
                .toList();
    }

    /**
     * The e-mails to the address whose subject carries this text: other tests' announcements may reach every
     * reader while the newsletter is switched on.
     */
    public static List<jakarta.mail.internet.MimeMessage> mails(String address, String about) {
        return org.organizer.testing.TestMailServer.messagesTo(address).stream()
                .filter(m -> {
                    try {
                        return m.getSubject() != null && m.getSubject().contains(about);
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }

    /** Back to the defaults for the next test: no bot, no channel, editors' choices forgotten. */
    public void reset() {
        jdbc.sql("DELETE FROM announcement_setting").update();
        jdbc.sql("DELETE FROM telegram_channel").update();
        jdbc.sql("DELETE FROM telegram_bot").update();
    }
}
