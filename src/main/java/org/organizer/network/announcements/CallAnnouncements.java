package org.organizer.network.announcements;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.organizer.distribution.announce.Announcement;
import org.organizer.distribution.announce.AnnouncementKind;
import org.organizer.distribution.announce.Announcements;
import org.organizer.network.Call;
import org.organizer.network.CallDateDecided;
import org.organizer.network.CallPublished;
import org.organizer.network.CallStatus;
import org.organizer.network.Calls;
import org.organizer.network.Organisation;
import org.organizer.network.Organisations;
import org.organizer.web.SiteInfo;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A call's public moments, announced after they are committed: each language version when the call opens for
 * endorsement or the version is published later while it is open (with the decided day of action; a version
 * published after the call closed is not announced, as it asks nobody to endorse), and the decided date itself
 * when the call is already public then. A date decided while the call is still being discussed is not public:
 * readers learn it from the opening's announcement.
 */
@Component
class CallAnnouncements {

    private final Calls calls;
    private final Organisations organisations;
    private final Announcements announcements;
    private final AnnouncementTexts texts;
    private final SiteInfo site;

    CallAnnouncements(
            Calls calls,
            Organisations organisations,
            Announcements announcements,
            AnnouncementTexts texts,
            SiteInfo site) {
        this.calls = calls;
        this.organisations = organisations;
        this.announcements = announcements;
        this.texts = texts;
        this.site = site;
    }

    @ApplicationModuleListener
    void on(CallPublished event) {
        calls.byId(event.callId())
                .filter(call -> call.status() == CallStatus.OPEN)
                .flatMap(call -> call.version(event.language())
                        .filter(Call.Version::published)
                        .map(version -> opened(call, version)))
                .ifPresent(announcements::announce);
    }

    @ApplicationModuleListener
    void on(CallDateDecided event) {
        calls.byId(event.callId()).filter(Call::isPublic).ifPresent(call -> {
            Map<String, Announcement.Version> versions = new LinkedHashMap<>();
            for (Call.Version version : call.versions()) {
                if (version.published()) {
                    String language = version.language();
                    String date = AnnouncementTexts.date(language, event.date());
                    versions.put(
                            language,
                            new Announcement.Version(
                                    texts.t(language, "network.announce.dateDecided.title", date),
                                    texts.t(language, "network.announce.dateDecided.text", version.title(), date),
                                    path(version)));
                }
            }
            if (!versions.isEmpty()) {
                announcements.announce(Announcement.of(
                        "call-date:" + call.id() + ":" + event.date(), AnnouncementKind.CALL_DATE_DECIDED, versions));
            }
        });
    }

    private Announcement opened(Call call, Call.Version version) {
        String language = version.language();
        String issuers = call.issuers().stream()
                .map(organisations::byId)
                .flatMap(java.util.Optional::stream)
                .map((Organisation o) -> o.name(language, site.defaultLanguage()))
                .collect(Collectors.joining(", "));
        String text = call.decidedDate() == null
                ? texts.t(language, "network.announce.callOpened.text", issuers)
                : texts.t(
                        language,
                        "network.announce.callOpened.textWithDate",
                        issuers,
                        AnnouncementTexts.date(language, call.decidedDate()));
        return Announcement.of(
                "call-opened:" + call.id() + ":" + language,
                AnnouncementKind.CALL_OPENED,
                Map.of(
                        language,
                        new Announcement.Version(
                                texts.t(language, "network.announce.callOpened.title", version.title()),
                                text,
                                path(version))));
    }

    static String path(Call.Version version) {
        return "/" + version.language() + "/calls/" + version.slug();
    }
}
