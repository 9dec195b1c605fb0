package org.organizer.distribution.telegram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.web.SiteInfo;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The bot and the channel of each publication language, as administrators set them. */
@Service
class TelegramSettings {

    private final TelegramRepository repository;
    private final TelegramClient client;
    private final SiteInfo site;

    TelegramSettings(TelegramRepository repository, TelegramClient client, SiteInfo site) {
        this.repository = repository;
        this.client = client;
        this.site = site;
    }

    Optional<BotToken> token() {
        return repository.token().map(BotToken::new);
    }

    Optional<ChatId> channel(String language) {
        return Optional.ofNullable(repository.channels().get(language)).map(ChatId::new);
    }

    /** The channel of every publication language, null where there is none; for the settings page. */
    Map<String, @Nullable String> channels() {
        Map<String, String> saved = repository.channels();
        Map<String, @Nullable String> channels = new LinkedHashMap<>();
        site.languages().forEach(language -> channels.put(language, saved.get(language)));
        return channels;
    }

    @Transactional
    void setToken(Actor actor, String token) {
        requireAdministrator(actor);
        BotToken parsed = BotToken.parse(token)
                .orElseThrow(() -> new InvalidTelegramSettings(List.of(
                        token.isBlank()
                                ? "distribution.telegram.error.tokenMissing"
                                : "distribution.telegram.error.token")));
        repository.saveToken(parsed.value(), actor.id().value());
    }

    @Transactional
    void removeToken(Actor actor) {
        requireAdministrator(actor);
        repository.deleteToken();
    }

    /** Sets the channel of each publication language given; a blank one stops posting in that language. */
    @Transactional
    void setChannels(Actor actor, Map<String, String> chats) {
        requireAdministrator(actor);
        List<String> errors = new ArrayList<>();
        Map<String, ChatId> parsed = new LinkedHashMap<>();
        for (String language : site.languages()) {
            String chat = chats.getOrDefault(language, "").strip();
            if (chat.isEmpty()) {
                continue;
            }
            ChatId.parse(chat).ifPresentOrElse(id -> parsed.put(language, id), () -> {
                if (!errors.contains("distribution.telegram.error.chat")) {
                    errors.add("distribution.telegram.error.chat");
                }
            });
        }
        if (!errors.isEmpty()) {
            throw new InvalidTelegramSettings(errors);
        }
        for (String language : site.languages()) {
            ChatId chat = parsed.get(language);
            if (chat == null) {
                repository.deleteChannel(language);
            } else {
                repository.saveChannel(language, chat.value());
            }
        }
    }

    /** Asks Telegram who the bot is and whether it may post in each channel. */
    TelegramCheck check(Actor actor) throws InterruptedException {
        requireAdministrator(actor);
        Optional<BotToken> token = token();
        if (token.isEmpty()) {
            return TelegramCheck.failed("distribution.telegram.check.noToken", null);
        }
        TelegramClient.Bot bot;
        try {
            bot = client.getMe(token.get());
        } catch (TelegramFailure e) {
            return TelegramCheck.failed("distribution.telegram.check.botFailed", detail(e));
        }
        List<TelegramCheck.Channel> channels = new ArrayList<>();
        for (var entry : repository.channels().entrySet()) {
            channels.add(checkChannel(token.get(), bot, entry.getKey(), new ChatId(entry.getValue())));
        }
        return new TelegramCheck("@" + bot.username(), null, null, channels);
    }

    private TelegramCheck.Channel checkChannel(BotToken token, TelegramClient.Bot bot, String language, ChatId chat)
            throws InterruptedException {
        try {
            TelegramClient.Chat found = client.getChat(token, chat);
            boolean canPost = client.canPost(token, chat, bot.id());
            return new TelegramCheck.Channel(
                    language,
                    chat.value(),
                    canPost,
                    canPost ? "distribution.telegram.check.canPost" : "distribution.telegram.check.notAdmin",
                    found.title());
        } catch (TelegramFailure e) {
            return new TelegramCheck.Channel(
                    language, chat.value(), false, "distribution.telegram.check.channelFailed", detail(e));
        }
    }

    /** Telegram's own description of a refusal; our short text otherwise. Never holds the token. */
    private static String detail(TelegramFailure e) {
        return e instanceof TelegramFailure.Refused refused ? refused.description() : e.getMessage();
    }

    private static void requireAdministrator(Actor actor) {
        if (!actor.can(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("Only administrators set up the Telegram channel");
        }
    }
}
