package org.chinaauto.common.paging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.chinaauto.common.version.Snapshot;

/** One page of a list endpoint's JSON answer, with the total over all pages and the snapshot it was read at. */
public record PageView<T>(List<T> items, int page, int size, long total, Instant asOf, LocalDate vintage) {

    public static <E, T> PageView<T> of(Page<E> page, Function<E, T> view, Snapshot snapshot) {
        return new PageView<>(page.items().stream().map(view).toList(), page.page(), page.size(), page.total(),
                snapshot.asOf(), snapshot.vintage());
    }
}
