package org.organizer.distribution.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.organizer.media.PhotoId;
import org.organizer.media.PhotoView;
import org.organizer.platform.PlatformProperties;
import org.organizer.press.Article;
import org.organizer.press.BodyPart;
import org.organizer.press.Newsroom;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns a published article into a channel post. An article becomes its title, standfirst and a link to the
 * site; a correspondent's note is posted whole (title and full text), since it has nothing else to read on
 * the site. Either way the lead photo (for a note, else its first photo in the text) goes first, with as
 * much of the text as fits in its caption.
 */
@Component
class PostFormatter {

    private final Newsroom newsroom;

    private final PlatformProperties platform;
    private final MessageSource messages;

    PostFormatter(Newsroom newsroom, PlatformProperties platform, MessageSource messages) {
        this.newsroom = newsroom;
        this.platform = platform;
        this.messages = messages;
    }

    TelegramPost post(Article article) {
        boolean note = article.isNote();
        List<BodyPart> body = note ? newsroom.body(article) : List.of();
        Optional<PhotoId> photo = newsroom.leadPhoto(article).map(PhotoView::id);
        if (photo.isEmpty()) {
            photo = body.stream()
                    .filter(BodyPart::isPhoto)
                    .map(part -> java.util.Objects.requireNonNull(part.photo()).id())
                    .findFirst();
        }
        String id = article.id().toString();
        return note
                ? note(id, article.title(), body, photo.orElse(null))
                : article(
                        id,
                        article.title(),
                        article.content().standfirst(),
                        readMore(article.language()),
                        url(article),
                        photo.orElse(null));
    }

    /** Title, standfirst and a link to the site. */
    static TelegramPost article(
            String id, String title, String standfirst, String readMore, String url, @Nullable PhotoId photo) {
        List<List<Run>> paragraphs = new ArrayList<>();
        paragraphs.add(List.of(Run.bold(title)));
        if (!standfirst.isBlank()) {
            paragraphs.add(List.of(Run.plain(standfirst)));
        }
        paragraphs.add(List.of(Run.link(readMore, url)));
        return post(id, paragraphs, photo);
    }

    /** The title and the whole text, with its formatting and links; photos in the text are left out. */
    static TelegramPost note(String id, String title, List<BodyPart> body, @Nullable PhotoId photo) {
        List<List<Run>> paragraphs = new ArrayList<>();
        paragraphs.add(List.of(Run.bold(title)));
        for (BodyPart part : body) {
            if (part.html() != null) {
                paragraphs.addAll(HtmlParagraphs.of(part.html()));
            }
        }
        return post(id, paragraphs, photo);
    }

    private static TelegramPost post(String id, List<List<Run>> paragraphs, @Nullable PhotoId photo) {
        List<String> parts = PostSplitter.split(
                paragraphs,
                photo != null ? TelegramClient.CAPTION_LIMIT : TelegramClient.MESSAGE_LIMIT,
                TelegramClient.MESSAGE_LIMIT);
        return new TelegramPost(id, photo == null ? null : photo.toString(), parts);
    }

    String url(Article article) {
        return platform.baseUrl().toString().replaceAll("/+$", "") + article.path();
    }

    /** In the article's language when the interface speaks it, else in the interface's first language. */
    private String readMore(String language) {
        return messages.getMessage("distribution.telegram.post.readMore", null, Locale.forLanguageTag(language));
    }
}
