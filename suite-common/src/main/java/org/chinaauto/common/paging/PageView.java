package org.chinaauto.common.paging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.chinaauto.common.version.Snapshot;

/**
 * One page of a list endpoint's JSON answer: whether another page follows ({@code has_more}; the Link header names
 * it), and the snapshot it was read at. There is no total: counting every match would cost as much as reading it.
 */
public record PageView<T>(List<T> items, int page, int size, boolean hasMore, Instant asOf, LocalDate vintage) {

    public static <E, T> PageView<T> of(Page<E> page, Function<E, T> view, Snapshot snapshot) {
        return new PageView<>(page.items().stream().map(view).toList(), page.page(), page.size(), page.hasMore(),
                snapshot.asOf(), snapshot.vintage());
    }
}
