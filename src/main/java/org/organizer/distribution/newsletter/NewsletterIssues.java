package org.organizer.distribution.newsletter;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.distribution.delivery.BatchKind;
import org.organizer.distribution.delivery.Deliveries;
import org.organizer.distribution.delivery.NewDelivery;
import org.organizer.distribution.mail.Mailer;
import org.organizer.distribution.mail.OutgoingMail;
import org.organizer.press.ArticleId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors' side of the newsletter: an issue is composed and rendered once per language when it is
 * created, previewed and tried out as it will be sent, and sent once.
 */
@Service
public class NewsletterIssues {

    static final String CHANNEL = "newsletter";
    static final String TESTS = "Newsletter tests";

    private final IssueComposer composer;
    private final IssueRenderer renderer;
    private final IssueRepository issues;
    private final Deliveries deliveries;
    private final Mailer mailer;
    private final NewsletterLinks links;

    NewsletterIssues(
            IssueComposer composer,
            IssueRenderer renderer,
            IssueRepository issues,
            Deliveries deliveries,
            Mailer mailer,
            NewsletterLinks links) {
        this.composer = composer;
        this.renderer = renderer;
        this.issues = issues;
        this.deliveries = deliveries;
        this.mailer = mailer;
        this.links = links;
    }

    /** A published edition, each reader getting the translations in their language where they exist. */
    public Issue edition(Actor actor, String language, int number) {
        requireEditor(actor);
        IssueComposer.Composed composed = composer.edition(language, number);
        return save(actor, composed, language, number);
    }

    public Issue articles(Actor actor, List<ArticleId> articles) {
        requireEditor(actor);
        return save(actor, composer.articles(articles), null, null);
    }

    public Issue issue(UUID id) {
        return issues.byId(id).orElseThrow(IssueNotFound::new);
    }

    public List<Issue> recent(int limit) {
        return issues.recent(limit);
    }

    RenderedVersion version(UUID issue, String language) {
        return issues.version(issue, language)
                .filter(v -> v.language().equals(language))
                .orElseThrow(IssueNotFound::new);
    }

    public int recipients(UUID issue) {
        return issues.countRecipients(issue);
    }

    /** The language's version, exactly as readers get it, to the editor's own address. */
    public void sendTest(Actor actor, UUID issue, String language) {
        requireEditor(actor);
        RenderedVersion version = version(issue(issue).id(), language);
        String page = links.subscribe(language);
        mailer.send(
                TESTS, personalise(version, actor.email(), page, page, Map.of("List-Unsubscribe", "<" + page + ">")));
    }

    /**
     * Queues one delivery per reader in one transaction. The issue row is locked first, so a second click
     * (or a second editor) finds it sent and gets the same batch back instead of sending it again.
     *
     * @return the delivery batch
     */
    @Transactional
    public UUID send(Actor actor, UUID id) {
        requireEditor(actor);
        Issue issue = issues.lock(id).orElseThrow(IssueNotFound::new);
        if (issue.batchId() != null) {
            return issue.batchId();
        }
        UUID batch = deliveries.startBatch(BatchKind.NEWSLETTER, issue.title(), actor.id());
        issues.markSent(id, batch);
        List<NewDelivery> recipients = issues.recipients(id);
        deliveries.enqueue(batch, CHANNEL, recipients, Deliveries.Urgency.NORMAL);
        return batch;
    }

    /** Fills in one reader's links. */
    static OutgoingMail personalise(
            RenderedVersion version, String to, String manage, String unsubscribe, Map<String, String> headers) {
        return new OutgoingMail(
                to,
                version.subject(),
                fill(version.text(), manage, unsubscribe),
                fill(version.html(), manage, unsubscribe),
                headers);
    }

    private static String fill(String rendered, String manage, String unsubscribe) {
        return rendered.replace(NewsletterLinks.MANAGE, manage).replace(NewsletterLinks.UNSUBSCRIBE, unsubscribe);
    }

    private Issue save(
            Actor actor,
            IssueComposer.Composed composed,
            @Nullable String editionLanguage,
            @Nullable Integer editionNumber) {
        List<RenderedVersion> versions =
                composed.pages().values().stream().map(renderer::render).toList();
        Issue issue = new Issue(
                UUID.randomUUID(),
                composed.title(),
                editionLanguage,
                editionNumber,
                composed.chosen().stream().map(a -> a.id().value()).toList(),
                List.copyOf(composed.countries()),
                versions.getFirst().language(),
                versions.stream().map(RenderedVersion::language).toList(),
                java.time.Instant.now(),
                null,
                null);
        issues.insert(issue, actor.id().value(), versions);
        return issue;
    }

    private static void requireEditor(Actor actor) {
        if (!actor.can(Role.EDITOR)) {
            throw new AccessDeniedException("Only editors send newsletters");
        }
    }
}
