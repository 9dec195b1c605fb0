package org.organizer.funds.announcements;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.organizer.distribution.announce.Announcement;
import org.organizer.distribution.announce.AnnouncementKind;
import org.organizer.distribution.announce.Announcements;
import org.organizer.funds.DisbursementApproved;
import org.organizer.funds.FundChanged;
import org.organizer.funds.FundId;
import org.organizer.funds.FundNotFound;
import org.organizer.funds.FundOpened;
import org.organizer.funds.PublicAccount;
import org.organizer.funds.PublicFunds;
import org.organizer.web.SiteInfo;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A fund's public moments, announced after they are committed, in each publication language the fund has a
 * text in. Everything said comes from the fund's public account: never a pledger's address, a bank
 * reference, a treasurer's name or a disbursement still waiting for approval.
 */
@Component
class FundAnnouncements {

    private final PublicFunds funds;
    private final Announcements announcements;
    private final SiteInfo site;
    private final MessageSource messages;

    FundAnnouncements(PublicFunds funds, Announcements announcements, SiteInfo site, MessageSource messages) {
        this.funds = funds;
        this.announcements = announcements;
        this.site = site;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(FundOpened event) {
        announce(
                "fund-opened:" + event.fund(),
                AnnouncementKind.FUND_OPENED,
                event.fund(),
                account -> Optional.of(new Announcement.Version(
                        t(account.language(), "funds.announce.opened.title", account.title()),
                        account.target() == null
                                ? t(account.language(), "funds.announce.opened.text")
                                : t(
                                        account.language(),
                                        "funds.announce.opened.textWithTarget",
                                        account.target().toString()),
                        path(account))));
    }

    @ApplicationModuleListener
    void on(DisbursementApproved event) {
        announce(
                "fund-disbursement:" + event.entry().value(),
                AnnouncementKind.DISBURSEMENT_APPROVED,
                event.fund(),
                account -> account.disbursements().stream()
                        .filter(d -> d.id().equals(event.entry().value()))
                        .findFirst()
                        .map(d -> new Announcement.Version(
                                t(account.language(), "funds.announce.disbursed.title", account.title()),
                                t(
                                        account.language(),
                                        "funds.announce.disbursed.text",
                                        d.money().toString(),
                                        date(account.language(), d.date()),
                                        d.purpose(),
                                        d.recipient()),
                                path(account))));
    }

    /** Every change may complete the target; it is announced the first time, never again. */
    @ApplicationModuleListener
    void on(FundChanged event) {
        PublicAccount account;
        try {
            account = funds.account(event.fund(), site.defaultLanguage());
        } catch (FundNotFound e) {
            return;
        }
        if (account.target() == null
                || account.raised() == null
                || account.raised().compareTo(account.target()) < 0) {
            return;
        }
        announce(
                "fund-target:" + event.fund(),
                AnnouncementKind.FUND_TARGET_REACHED,
                event.fund(),
                a -> Optional.of(new Announcement.Version(
                        t(a.language(), "funds.announce.target.title", a.title()),
                        t(
                                a.language(),
                                "funds.announce.target.text",
                                String.valueOf(a.raised()),
                                String.valueOf(a.target())),
                        path(a))));
    }

    /** One version per publication language the fund has its own text in. */
    private void announce(
            String key,
            AnnouncementKind kind,
            FundId fund,
            Function<PublicAccount, Optional<Announcement.Version>> version) {
        Map<String, Announcement.Version> versions = new LinkedHashMap<>();
        for (String language : site.languages()) {
            PublicAccount account;
            try {
                account = funds.account(fund, language);
            } catch (FundNotFound e) {
                return;
            }
            if (account.language().equals(language)) {
                version.apply(account).ifPresent(v -> versions.put(language, v));
            }
        }
        if (!versions.isEmpty()) {
            announcements.announce(Announcement.of(key, kind, versions));
        }
    }

    private static String path(PublicAccount account) {
        return "/" + account.language() + "/funds/" + account.slug();
    }

    private String t(String language, String key, Object... args) {
        return messages.getMessage(key, args, Locale.of(language));
    }

    private static String date(String language, LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.of(language))
                .format(date);
    }
}
