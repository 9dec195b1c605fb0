/**
 * Search over published articles: an embedded Lucene index in the data directory with one analyzer per
 * language, kept in step with the newsroom by its events, rebuilt from the database when missing, and
 * the public search page and API.
 */
@NullMarked
@ApplicationModule(
        displayName = "Search",
        allowedDependencies = {"press", "web", "platform"})
package org.organizer.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
