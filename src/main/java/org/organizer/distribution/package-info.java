/**
 * Takes published work beyond the site's own pages: RSS and Atom feeds, the sitemap and robots.txt for
 * search engines, and (later) the newsletter and the Telegram channel.
 */
@NullMarked
@ApplicationModule(
        displayName = "Distribution",
        allowedDependencies = {"press", "media", "web", "platform", "accounts"})
package org.organizer.distribution;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
