package org.chinaauto.common.paging;

import org.chinaauto.common.config.PageSettings;
import org.chinaauto.common.problem.InvalidInputException;

/** A zero-based page of a query, checked against the service's maximum page size. */
public record PageRequest(int page, int size) {

    public static PageRequest of(Integer page, Integer size, PageSettings settings) {
        int maxSize = settings.maxSize();
        int p = page == null ? 0 : page;
        int s = size == null ? settings.defaultSize() : size;
        if (p < 0) {
            throw new InvalidInputException("page", "page must be 0 or more, got " + p);
        }
        if (s < 1 || s > maxSize) {
            throw new InvalidInputException("size", "page size must be between 1 and " + maxSize + ", got " + s);
        }
        return new PageRequest(p, s);
    }

    public long offset() {
        return (long) page * size;
    }

    /** The rows to read: one more than the page size, to tell whether another page follows. */
    public int rows() {
        return size + 1;
    }

    /** The index of the last row to read, inclusive, as Panache's {@code range} takes it. */
    public int lastRow() {
        return Math.toIntExact(offset() + size);
    }
}
