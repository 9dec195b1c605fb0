package org.organizer.distribution.announce;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Accounts;
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
 * {@code /admin/announcements}: editors choose, per kind, whether announcements go to the newsletter's readers
 * and to the Telegram channel, and see the latest ones with links to their deliveries.
 */
@Controller
@PreAuthorize("hasRole('EDITOR')")
@RequestMapping("/admin/announcements")
class AnnouncementsController {

    private static final int SHOWN = 50;

    private final AnnouncementSettings settings;
    private final Accounts accounts;

    AnnouncementsController(AnnouncementSettings settings, Accounts accounts) {
        this.settings = settings;
        this.accounts = accounts;
    }

    @GetMapping
    String page(@RequestParam(required = false) @Nullable String notice, Model model) {
        String key = "saved".equals(notice) ? "distribution.announce.saved" : null;
        model.addAttribute("page", new AnnouncementsPage(settings.all(), settings.recent(SHOWN), key));
        return "distribution/announce/admin";
    }

    /** Checked boxes are named {@code KIND.CHANNEL}; every box not sent is switched off. */
    @PostMapping
    String save(@RequestParam(name = "on", required = false) @Nullable List<String> on, Authentication authentication) {
        Map<AnnouncementKind, Set<AnnouncementChannel>> enabled = new EnumMap<>(AnnouncementKind.class);
        for (AnnouncementKind kind : AnnouncementKind.values()) {
            Set<AnnouncementChannel> channels = EnumSet.noneOf(AnnouncementChannel.class);
            for (AnnouncementChannel channel : AnnouncementChannel.values()) {
                if (on != null && on.contains(AnnouncementsPage.field(kind, channel))) {
                    channels.add(channel);
                }
            }
            enabled.put(kind, channels);
        }
        settings.save(
                accounts.actor(authentication).orElseThrow(() -> new AccessDeniedException("No account")), enabled);
        return "redirect:/admin/announcements?notice=saved";
    }
}
