package org.chinaauto.exports.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One page of export figures with the total over all pages and the snapshot they were read from. */
public record FigurePage(List<FigureView> items, int page, int size, long total, Instant asOf, LocalDate vintage) {
}
