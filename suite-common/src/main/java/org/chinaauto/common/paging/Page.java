package org.chinaauto.common.paging;

import java.util.List;

/** One page of results with the total count over all pages. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public long pages() {
        return (total + size - 1) / size;
    }
}
