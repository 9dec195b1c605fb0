package org.organizer.web;

import java.util.List;

/**
 * What the layout needs to know about the site. The press module, which owns the publication, provides
 * it; before setup a neutral default is used.
 */
public interface SiteInfo {

    String title();

    String defaultLanguage();

    /** The languages content is published in, the default first. */
    List<String> languages();

    default boolean publishesIn(String language) {
        return languages().contains(language);
    }
}
