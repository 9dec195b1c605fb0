package org.organizer.network;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.network.web.EditPage;
import org.organizer.network.web.OrganisationForm;
import org.organizer.web.SiteInfo;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Builds the organisation form pages that editors and representatives share. */
@Component
class EditPages {

    static final Map<String, String> NOTICES = Map.of(
            "created", "network.notice.created",
            "saved", "network.notice.saved",
            "added", "network.notice.representativeAdded",
            "invited", "network.notice.representativeInvited",
            "already", "network.notice.representativeAlready",
            "vouched", "network.notice.vouched",
            "sent", "network.notice.linkSent");

    private final OrganisationDirectory directory;
    private final Accounts accounts;
    private final SiteInfo site;

    EditPages(OrganisationDirectory directory, Accounts accounts, SiteInfo site) {
        this.directory = directory;
        this.accounts = accounts;
        this.site = site;
    }

    /** The form for a new organisation (editors only). */
    String blank(Model model, OrganisationForm form, List<String> errors) {
        model.addAttribute(
                "page",
                new EditPage(
                        null,
                        null,
                        "",
                        false,
                        null,
                        form,
                        languages(Set.of()),
                        Views.KINDS,
                        countries(),
                        true,
                        errors,
                        null,
                        List.of(),
                        List.of()));
        return "network/edit";
    }

    /**
     * @param typed what was typed, shown again with errors; null shows the saved organisation
     * @param editor true for the editors' page (contacts, representatives), false for representatives
     */
    String page(
            Model model,
            Actor actor,
            OrganisationId id,
            boolean editor,
            @Nullable OrganisationForm typed,
            List<String> errors,
            @Nullable String notice) {
        Organisation organisation = directory.get(id);
        OrganisationContacts contacts = editor ? directory.contacts(actor, id) : OrganisationContacts.none();
        OrganisationForm form = typed != null ? typed : formOf(organisation, contacts);
        List<EditPage.Person> people = editor
                ? directory.representatives(actor, id).stream()
                        .map(r -> accounts.byId(r.user())
                                .map(a -> new EditPage.Person(a.displayName(), a.email(), r.since()))
                                .orElse(new EditPage.Person("", "", r.since())))
                        .toList()
                : List.of();
        List<EditPage.VerificationView> verifications = directory.verifications(actor, id).stream()
                .map(v -> new EditPage.VerificationView(
                        v.method(),
                        v.by() == null
                                ? ""
                                : accounts.byId(v.by()).map(Actor::displayName).orElse(""),
                        v.at(),
                        v.detail()))
                .toList();
        String language = LocaleContextHolder.getLocale().getLanguage();
        model.addAttribute(
                "page",
                new EditPage(
                        id.toString(),
                        organisation.slug(),
                        organisation.name(language, site.defaultLanguage()),
                        organisation.verified(),
                        organisation.website(),
                        form,
                        languages(organisation.names().keySet()),
                        Views.KINDS,
                        countries(),
                        editor,
                        errors,
                        notice == null ? null : NOTICES.get(notice),
                        people,
                        verifications));
        return editor ? "network/edit" : "network/account/edit";
    }

    static OrganisationForm formOf(Organisation o, OrganisationContacts c) {
        return new OrganisationForm(
                o.kind().code(),
                o.country(),
                o.city(),
                o.website() == null ? "" : o.website(),
                String.join(", ", o.languages()),
                o.names(),
                o.descriptions(),
                c.email(),
                c.phone(),
                c.postalAddress(),
                c.notes());
    }

    /** The site's languages first, then any other language the organisation has a name in. */
    List<String> languages(Set<String> named) {
        Set<String> all = new LinkedHashSet<>(site.languages());
        named.stream().sorted().forEach(all::add);
        return List.copyOf(all);
    }

    List<String> formLanguages(Map<String, String> params) {
        Set<String> all = new LinkedHashSet<>(site.languages());
        params.keySet().stream()
                .filter(k -> k.startsWith("name."))
                .map(k -> k.substring(5))
                .filter(org.organizer.web.Languages::isValidCode)
                .sorted()
                .forEach(all::add);
        return List.copyOf(all);
    }

    private static List<String> countries() {
        return Views.countries(OrganisationRules.COUNTRIES, LocaleContextHolder.getLocale());
    }

    static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
