package org.organizer.web;

/**
 * The in-process cache of rendered public pages. A controller marks a page as cacheable by setting a
 * {@code Cache-Control: public} header on a successful GET; modules whose public content changed call
 * {@link #invalidateAll()}.
 */
public interface PageCache {

    void invalidateAll();
}
