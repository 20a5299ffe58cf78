package org.chinaauto.market.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.chinaauto.common.paging.Page;
import org.chinaauto.common.version.Snapshot;
import org.chinaauto.market.figure.Figure;

/** One page of figures, echoing the snapshot (asOf, vintage) it was read at. */
public record FigureList(List<FigureView> items, int page, int size, long total, Instant asOf, LocalDate vintage) {

    public static FigureList of(Page<Figure> page, Snapshot snapshot) {
        return new FigureList(page.items().stream().map(FigureView::of).toList(), page.page(), page.size(),
                page.total(), snapshot.asOf(), snapshot.vintage());
    }
}
