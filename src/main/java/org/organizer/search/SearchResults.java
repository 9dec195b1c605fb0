package org.organizer.search;

import java.util.List;

/**
 * One page of results; {@code page} counts from 0.
 *
 * @param total the number of matches when {@code exact}, else a lower bound: matches are counted exactly up
 *     to {@link #COUNTED} (or the end of the page asked for, if further), and beyond only "or more"
 */
public record SearchResults(List<SearchHit> hits, long total, boolean exact, int page, int size) {

    /** Counting every match of a common word costs more than finding the best ten; beyond this, "or more". */
    public static final int COUNTED = 1000;

    static SearchResults none(int page, int size) {
        return new SearchResults(List.of(), 0, true, page, size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return ((long) (page + 1) * size < total || !exact) && page + 1 <= SearchRequest.MAX_PAGE;
    }

    /** The number of pages, for "page 2 of 7"; a lower bound unless {@code exact}. */
    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }
}
