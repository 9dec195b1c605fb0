package org.organizer.distribution.newsletter;

import java.util.List;
import org.organizer.press.ArticleSummary;

/**
 * The editors' newsletter page: choose an edition or articles, and the issues made so far.
 *
 * @param language the language whose recent published articles are listed to choose from
 */
public record NewsletterAdminPage(
        List<String> languages, String language, List<ArticleSummary> articles, List<Issue> issues) {

    public NewsletterAdminPage {
        languages = List.copyOf(languages);
        articles = List.copyOf(articles);
        issues = List.copyOf(issues);
    }
}
