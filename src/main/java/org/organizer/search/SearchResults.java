package org.organizer.search;

import java.util.List;

/** One page of results; {@code page} counts from 0. */
public record SearchResults(List<SearchHit> hits, long total, int page, int size) {

    static SearchResults none(int page, int size) {
        return new SearchResults(List.of(), 0, page, size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total && page + 1 <= SearchRequest.MAX_PAGE;
    }

    /** The number of pages, for "page 2 of 7". */
    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }
}
