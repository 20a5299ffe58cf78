package org.chinaauto.exports.view;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.chinaauto.common.version.Attribution;
import org.chinaauto.common.view.Numbers;
import org.chinaauto.data.version.ReportQuote;
import org.chinaauto.exports.figure.Figure;

/**
 * Who published the figures a value is made of, when, and where it was read: for one figure its own attribution,
 * publication date, source, report (its id in reports-service) and quoted sentence; for a value derived from several,
 * {@code inferred} when any of them is (with their distinct notes), the publication of the latest-published one (from
 * when on the value could be derived), their distinct sources and the distinct reports they were read from
 * ({@code report_ids}, no quotes). {@code report_ids} lists the reports of one figure too: its own, or none.
 */
public record Provenance(String attribution, String attributionNote, String published, LocalDate publishedOn,
        String source, Long reportId, String quote, List<Long> reportIds) {

    public static Provenance of(List<Figure> figures) {
        Figure one = figures.size() == 1 ? figures.get(0) : null;
        boolean inferred = figures.stream().anyMatch(f -> f.attribution == Attribution.INFERRED);
        Figure latest = figures.stream()
                .max(Comparator.comparing((Figure f) -> f.publishedOn,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .orElseThrow();
        return new Provenance(Numbers.lower(inferred ? Attribution.INFERRED : Attribution.NAMED),
                distinct(figures.stream().map(f -> f.attributionNote).toList()), latest.published, latest.publishedOn,
                distinct(figures.stream().map(f -> f.source).toList()), one == null ? null : one.reportId,
                one == null ? null : one.quote, ReportQuote.ids(figures));
    }

    private static String distinct(List<String> texts) {
        String joined = texts.stream().filter(Objects::nonNull).distinct().collect(Collectors.joining("; "));
        return joined.isEmpty() ? null : joined;
    }
}
