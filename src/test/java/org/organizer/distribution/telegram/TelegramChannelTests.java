package org.organizer.distribution.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.organizer.press.support.Newsrooms.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.distribution.delivery.BatchKind;
import org.organizer.distribution.delivery.Deliveries;
import org.organizer.distribution.delivery.DeliveryRecord;
import org.organizer.distribution.delivery.DeliveryState;
import org.organizer.distribution.delivery.NewDelivery;
import org.organizer.media.PhotoId;
import org.organizer.press.Article;
import org.organizer.press.ArticleContent;
import org.organizer.press.ArticleKind;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PhotoUploads;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Publishing posts to the Telegram channel through the real client, against a local server that answers
 * like the Bot API: what is sent, once, with the photo; rate limits obeyed without reposting; refusals
 * shown to editors; the settings page.
 */
@PressTest
class TelegramChannelTests {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final FakeBotApi API = FakeBotApi.start();
    static final String TOKEN = "123456789:AAHtestTokenThatIsLongEnough_xyz-9876";

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        registry.add("organizer.telegram.api-base-url", API::baseUrl);
    }

    @AfterAll
    static void stopApi() {
        API.stop();
    }

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    TelegramSettings settings;

    @Autowired
    Deliveries deliveries;

    @Autowired
    TelegramChannel channel;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    private static String uniqueChat() {
        return "@chan_" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The bot token set and this chat as the only channel, for the language. */
    private Actor postingTo(String language, String chat) {
        Actor admin = newsrooms.person(Role.ADMINISTRATOR);
        settings.setToken(admin, TOKEN);
        settings.setChannels(admin, Map.of(language, chat));
        return admin;
    }

    private DeliveryRecord posted(Article article, DeliveryState state) {
        UUID delivery = await().atMost(WAIT)
                .until(
                        () -> jdbc.sql("SELECT delivery_id FROM telegram_posted_article WHERE article_id = ?")
                                .param(article.id().value())
                                .query(UUID.class)
                                .optional(),
                        java.util.Optional::isPresent)
                .orElseThrow();
        await().atMost(WAIT)
                .until(() -> deliveries.delivery(delivery).orElseThrow().state() == state);
        return deliveries.delivery(delivery).orElseThrow();
    }

    private void publicationEventsHandled() {
        await().atMost(WAIT).until(() -> jdbc.sql("""
                                SELECT count(*) FROM event_publication
                                WHERE completion_date IS NULL AND listener_id LIKE '%TelegramPublishing%'
                                """).query(Integer.class).single() == 0);
    }

    @Test
    void publishingAnArticlePostsItOnceWithItsTitleEscapedItsStandfirstAndTheLinkToIt() {
        String chat = uniqueChat();
        Actor editor = postingTo("en", chat);
        Article article = newsrooms.published(editor, "en", Newsrooms.unique("Dockers <b>& friends"));

        DeliveryRecord delivery = posted(article, DeliveryState.SENT);

        assertThat(delivery.channel()).isEqualTo("telegram");
        assertThat(delivery.recipient()).isEqualTo(chat);
        assertThat(deliveries.batch(delivery.batchId()).orElseThrow())
                .satisfies(batch -> assertThat(batch.kind()).isEqualTo(BatchKind.TELEGRAM))
                .satisfies(batch -> assertThat(batch.title()).isEqualTo(article.title()));
        List<FakeBotApi.Request> requests = API.requestsFor(chat);
        assertThat(requests).hasSize(1);
        FakeBotApi.Request request = requests.getFirst();
        assertThat(request.httpMethod()).isEqualTo("POST");
        assertThat(request.token()).isEqualTo(TOKEN);
        assertThat(request.method()).isEqualTo("sendMessage");
        assertThat(request.fields())
                .containsEntry("parse_mode", "HTML")
                .containsEntry("link_preview_options", "{\"is_disabled\":true}")
                .containsEntry(
                        "text",
                        "<b>"
                                + article.title()
                                        .replace("&", "&amp;")
                                        .replace("<", "&lt;")
                                        .replace(">", "&gt;")
                                + "</b>\n\nA standfirst.\n\n<a href=\"http://localhost:8080/en/articles/"
                                + article.slug() + "\">Read the article on the site</a>");
        assertThat(request.text()).startsWith("<b>Dockers &lt;b&gt;&amp; friends ");

        // A correction: unpublished and published again. The channel already has it.
        newsrooms.newsroom().unpublish(editor, article.id());
        newsrooms.newsroom().publish(editor, article.id());
        publicationEventsHandled();
        assertThat(API.requestsFor(chat)).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM delivery WHERE recipient = ?")
                        .param(chat)
                        .query(Integer.class)
                        .single())
                .isOne();
    }

    @Test
    void aCorrespondentsNotePublishedDirectlyGoesToTheChannelWithItsWholeText() {
        String chat = uniqueChat();
        postingTo("en", chat);
        Actor correspondent = newsrooms.person(Role.CORRESPONDENT);
        String title = Newsrooms.unique("Picket at the gate");
        Article note = newsrooms.published(
                correspondent,
                "en",
                ArticleContent.of(
                        title,
                        "",
                        "Forty workers **since dawn** at gate 3 & more coming.\n\nThe management has not answered.",
                        "Correspondent",
                        "IT",
                        LocalDate.of(2026, 11, 29),
                        null,
                        ArticleKind.NOTE,
                        "Genoa",
                        null,
                        null));

        posted(note, DeliveryState.SENT);

        List<FakeBotApi.Request> requests = API.requestsFor(chat);
        assertThat(requests).hasSize(1);
        assertThat(requests.getFirst().method()).isEqualTo("sendMessage");
        assertThat(requests.getFirst().text())
                .startsWith("<b>" + title + "</b>")
                .contains("Forty workers <b>since dawn</b> at gate 3 &amp; more coming.")
                .contains("The management has not answered.")
                .doesNotContain("Read the article on the site");
    }

    @Test
    void anArticleWithALeadPhotoIsPostedAsThePhotoUploadedWithTheTextAsItsCaption() throws IOException {
        String chat = uniqueChat();
        Actor editor = postingTo("es", chat);
        String photo = PhotoUploads.upload(mvc, editor, jpeg(1600, 1000), "es", "Piquete en el puerto", "");
        Article draft = newsrooms.draft(editor, "es", Newsrooms.unique("Huelga en el puerto"));
        newsrooms
                .newsroom()
                .setLeadPhoto(editor, draft.id(), PhotoId.parse(photo).orElseThrow());
        Article article = newsrooms.newsroom().publish(editor, draft.id());

        posted(article, DeliveryState.SENT);

        List<FakeBotApi.Request> requests = API.requestsFor(chat);
        assertThat(requests).extracting(FakeBotApi.Request::method).containsExactly("sendPhoto");
        FakeBotApi.Request request = requests.getFirst();
        assertThat(request.fields())
                .containsEntry("parse_mode", "HTML")
                .containsEntry("photo.contentType", "image/jpeg")
                .containsEntry(
                        "caption",
                        "<b>" + article.title()
                                + "</b>\n\nA standfirst.\n\n<a href=\"http://localhost:8080/es/articles/"
                                + article.slug() + "\">Leer el artículo en el sitio</a>");
        assertThat(request.photo()).isNotNull();
        BufferedImage uploaded = ImageIO.read(new java.io.ByteArrayInputStream(request.photo()));
        assertThat(uploaded.getWidth()).isEqualTo(960);
    }

    @Test
    void aRateLimitedPostWaitsRetryAfterAndGoesOnWithoutRepostingThePartsAlreadySent() {
        String chat = uniqueChat();
        postingTo("ar", chat);
        List<String> parts = List.of("<b>First</b> part", "Second part", "Third part");
        API.succeedNext(chat);
        API.rateLimitNext(chat, 1);

        UUID batch = deliveries.startBatch(BatchKind.TELEGRAM, "Three parts", null);
        UUID id = deliveries
                .enqueue(
                        batch,
                        TelegramChannel.NAME,
                        List.of(new NewDelivery(chat, channel.payload(new TelegramPost("note", null, parts)))),
                        Deliveries.Urgency.NORMAL)
                .getFirst();

        await().atMost(WAIT).until(() -> deliveries.delivery(id).orElseThrow().state() == DeliveryState.SENT);
        assertThat(deliveries.delivery(id).orElseThrow().attempts()).isEqualTo(2);
        List<FakeBotApi.Request> requests = API.requestsFor(chat);
        assertThat(requests)
                .extracting(FakeBotApi.Request::text)
                .containsExactly("<b>First</b> part", "Second part", "Second part", "Third part");
        assertThat(requests).extracting(FakeBotApi.Request::method).containsOnly("sendMessage");
        assertThat(Duration.between(requests.get(1).at(), requests.get(2).at()))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(jdbc.sql("SELECT part FROM telegram_posted_part WHERE delivery_id = ? ORDER BY part")
                        .param(id)
                        .query(Integer.class)
                        .list())
                .containsExactly(0, 1, 2);
    }

    @Test
    void aChatTelegramDoesNotKnowFailsTheDeliveryWithTelegramsDescriptionOnTheDeliveriesPage() {
        String chat = uniqueChat();
        Actor editor = postingTo("en", chat);
        API.refuseNext(chat, 400, "Bad Request: chat not found");
        Article article = newsrooms.published(editor, "en", Newsrooms.unique("Nowhere to go"));

        DeliveryRecord failed = posted(article, DeliveryState.FAILED);

        assertThat(failed.attempts()).isOne();
        assertThat(failed.lastError())
                .isEqualTo("Telegram: Bad Request: chat not found")
                .doesNotContain(TOKEN);
        assertThat(mvc.get().uri("/admin/deliveries/{batch}", failed.batchId()).with(as(newsrooms.person(Role.EDITOR))))
                .hasStatusOk()
                .bodyText()
                .contains(chat, "Telegram: Bad Request: chat not found");
    }

    @Test
    void onlyAdministratorsSeeTheSettingsPageAndTheTokenIsNeverShownBack() {
        postingTo("en", uniqueChat());
        Actor admin = newsrooms.person(Role.ADMINISTRATOR);

        assertThat(mvc.get().uri("/admin/telegram").with(as(newsrooms.person(Role.EDITOR))))
                .hasStatus(403);
        assertThat(mvc.get().uri("/admin/telegram").with(as(newsrooms.person(Role.CORRESPONDENT))))
                .hasStatus(403);
        assertThat(mvc.get().uri("/admin/telegram")).hasStatus3xxRedirection();
        assertThat(mvc.post()
                        .uri("/admin/telegram/token")
                        .param("token", TOKEN)
                        .with(as(newsrooms.person(Role.EDITOR)))
                        .with(csrf()))
                .hasStatus(403);

        String other = "987654321:BBHanotherTokenThatIsLongEnough_abcd";
        assertThat(mvc.post()
                        .uri("/admin/telegram/token")
                        .param("token", other)
                        .with(as(admin))
                        .with(csrf()))
                .hasRedirectedUrl("/admin/telegram?notice=tokenSaved");
        assertThat(mvc.get().uri("/admin/telegram?notice=tokenSaved").with(as(admin)))
                .hasStatusOk()
                .bodyText()
                .contains("The bot token is saved.", "A bot token ending in …abcd is set.", "name=\"channel-en\"")
                .doesNotContain(other, "987654321", "BBHanother");
        assertThat(settings.token()).map(BotToken::value).contains(other);
        settings.setToken(admin, TOKEN);
    }

    @Test
    void anEmptyTokenOrAChannelThatIsNoChatIsRefusedWithAClearMessage() {
        String chat = uniqueChat();
        postingTo("en", chat);
        Actor admin = newsrooms.person(Role.ADMINISTRATOR);

        assertThat(mvc.post()
                        .uri("/admin/telegram/token")
                        .param("token", " ")
                        .with(as(admin))
                        .with(csrf()))
                .hasStatus(400)
                .bodyText()
                .contains("Enter the bot token.");
        assertThat(mvc.post()
                        .uri("/admin/telegram/token")
                        .param("token", "not-a-token")
                        .with(as(admin))
                        .with(csrf()))
                .hasStatus(400)
                .bodyText()
                .contains("This is not a bot token.")
                .doesNotContain("not-a-token");
        assertThat(mvc.post()
                        .uri("/admin/telegram/channels")
                        .param("channel-en", "my channel!")
                        .param("channel-es", "-1001234567890")
                        .with(as(admin))
                        .with(csrf()))
                .hasStatus(400)
                .bodyText()
                .contains("Write a channel as @username", "value=\"my channel!\"");
        assertThat(settings.channel("en")).map(ChatId::value).contains(chat);
        assertThat(settings.channel("es")).isEmpty();

        assertThat(mvc.post()
                        .uri("/admin/telegram/channels")
                        .param("channel-en", chat)
                        .param("channel-es", "-1001234567890")
                        .param("channel-ar", "")
                        .with(as(admin))
                        .with(csrf()))
                .hasRedirectedUrl("/admin/telegram?notice=channelsSaved");
        assertThat(settings.channel("es")).map(ChatId::value).contains("-1001234567890");
    }

    @Test
    void theCheckAsksTelegramWhoTheBotIsAndWhetherItMayPostInEachChannel() {
        String good = uniqueChat();
        String unknown = uniqueChat();
        Actor admin = postingTo("en", good);
        settings.setChannels(admin, Map.of("en", good, "es", unknown));
        API.refuseNext(unknown, 400, "Bad Request: chat not found");

        assertThat(mvc.post().uri("/admin/telegram/check").with(as(admin)).with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "The token works: the bot is @" + FakeBotApi.BOT_USERNAME,
                        good,
                        "The bot may post here.",
                        "Channel " + good,
                        unknown,
                        "Telegram could not find this channel for the bot.",
                        "Bad Request: chat not found")
                .doesNotContain(TOKEN);
        assertThat(API.requestsFor(good))
                .extracting(FakeBotApi.Request::method)
                .containsExactly("getChat", "getChatMember");
        assertThat(API.requestsFor(good).get(1).fields()).containsEntry("user_id", String.valueOf(FakeBotApi.BOT_ID));
    }

    private static byte[] jpeg(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, (x * 7 + y * 3) & 0xFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
