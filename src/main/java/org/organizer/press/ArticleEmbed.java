package org.organizer.press;

import java.util.Optional;

/**
 * A block another module renders into article bodies, so that press need not know that module: a writer
 * puts a line {@code [[<name>:<argument>]]} in a paragraph of its own (as {@code [[endorsers:general-strike]]})
 * and the article's page shows, in its place, the HTML the bean with that {@link #name()} renders at that time.
 * Implementations are Spring beans; press only finds them by name.
 */
public interface ArticleEmbed {

    /** What the writer types before the colon, in lower case: {@code endorsers}. */
    String name();

    /** Whether the argument names something the block can show; checked when an article is saved. */
    boolean exists(String argument);

    /**
     * The message key that tells the writer the argument names nothing known; the article is then refused
     * like one embedding an unknown photo.
     */
    String unknownMessageKey();

    /**
     * The block as HTML for a page in the language, or empty to show nothing. The HTML goes into the page
     * as it is: the implementation escapes every text it puts in and shows only what is public.
     */
    Optional<String> html(String argument, String language);
}
