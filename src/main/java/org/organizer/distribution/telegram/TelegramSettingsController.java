package org.organizer.distribution.telegram;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/telegram}: administrators set the bot token (shown back only by its last characters), the
 * channel of each publication language, and check with Telegram that the bot may post there.
 */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
@RequestMapping("/admin/telegram")
class TelegramSettingsController {

    private static final Set<String> NOTICES = Set.of("tokenSaved", "tokenRemoved", "channelsSaved");
    private static final String CHANNEL_FIELD = "channel-";

    private final TelegramSettings settings;
    private final Accounts accounts;

    TelegramSettingsController(TelegramSettings settings, Accounts accounts) {
        this.settings = settings;
        this.accounts = accounts;
    }

    @GetMapping
    String page(@RequestParam(required = false) @Nullable String notice, Model model) {
        String key = notice != null && NOTICES.contains(notice) ? "distribution.telegram.notice." + notice : null;
        return page(model, settings.channels(), List.of(), null, key);
    }

    @PostMapping("/token")
    String setToken(
            @RequestParam(defaultValue = "") String token,
            Authentication authentication,
            Model model,
            HttpServletResponse response) {
        try {
            settings.setToken(actor(authentication), token);
        } catch (InvalidTelegramSettings e) {
            response.setStatus(e.status().value());
            return page(model, settings.channels(), e.errors(), null, null);
        }
        return "redirect:/admin/telegram?notice=tokenSaved";
    }

    @PostMapping("/token/remove")
    String removeToken(Authentication authentication) {
        settings.removeToken(actor(authentication));
        return "redirect:/admin/telegram?notice=tokenRemoved";
    }

    @PostMapping("/channels")
    String setChannels(
            @RequestParam Map<String, String> form,
            Authentication authentication,
            Model model,
            HttpServletResponse response) {
        Map<String, String> chats = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith(CHANNEL_FIELD)) {
                chats.put(name.substring(CHANNEL_FIELD.length()), value);
            }
        });
        try {
            settings.setChannels(actor(authentication), chats);
        } catch (InvalidTelegramSettings e) {
            response.setStatus(e.status().value());
            Map<String, @Nullable String> typed = new LinkedHashMap<>(settings.channels());
            typed.replaceAll((language, saved) -> chats.getOrDefault(language, saved));
            return page(model, typed, e.errors(), null, null);
        }
        return "redirect:/admin/telegram?notice=channelsSaved";
    }

    @PostMapping("/check")
    String check(Authentication authentication, Model model) throws InterruptedException {
        TelegramCheck check = settings.check(actor(authentication));
        return page(model, settings.channels(), List.of(), check, null);
    }

    private String page(
            Model model,
            Map<String, @Nullable String> channels,
            List<String> errors,
            @Nullable TelegramCheck check,
            @Nullable String notice) {
        String hint = settings.token().map(BotToken::hint).orElse(null);
        model.addAttribute("page", new TelegramPage(hint, channels, errors, check, notice));
        return "distribution/telegram/settings";
    }

    private Actor actor(Authentication authentication) {
        return accounts.actor(authentication).orElseThrow(() -> new AccessDeniedException("No account"));
    }
}
