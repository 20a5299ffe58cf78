package org.chinaauto.common.paging;

import java.util.List;

/**
 * One page of results and whether another follows. Lists are read with one row more than the page size instead of a
 * count over every matching row, which would grow with the table.
 */
public record Page<T>(List<T> items, int page, int size, boolean hasMore) {

    /** The page from the rows read for it: at most {@link PageRequest#rows()}, the extra one only telling that more follow. */
    public static <T> Page<T> of(List<T> rows, PageRequest request) {
        boolean more = rows.size() > request.size();
        return new Page<>(more ? List.copyOf(rows.subList(0, request.size())) : rows, request.page(), request.size(),
                more);
    }

    /** The page of an already computed list (a ranking, a summary's publishers). */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        int from = (int) Math.min(request.offset(), all.size());
        return of(all.subList(from, (int) Math.min(all.size(), from + (long) request.rows())), request);
    }
}
