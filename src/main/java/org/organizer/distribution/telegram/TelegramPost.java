package org.organizer.distribution.telegram;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One post as queued: the payload of its delivery. Rendered when the article is published, so a retry posts
 * exactly the parts that were split at first, and the progress kept per part stays meaningful.
 *
 * @param photo the library photo to upload first, with {@code parts[0]} as its caption; null for text only
 * @param parts Telegram HTML, each within its limit, in posting order
 */
record TelegramPost(String article, @Nullable String photo, List<String> parts) {

    boolean startsWithPhoto(int part) {
        return part == 0 && photo != null;
    }
}
