package org.chinaauto.market.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * For the OpenAPI document only: a page of figures as {@code PageView<FigureView>} writes it, named so that the document can
 * describe its items (a generic record has no schema of its own per use).
 */
@Schema(description = "A page of figures; as_of and vintage echo the snapshot asked for (null when not given)")
public record FigurePage(List<FigureView> items, int page, int size, boolean hasMore,
        Instant asOf, LocalDate vintage) {
}
