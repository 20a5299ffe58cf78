package org.chinaauto.deliveries.view;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.chinaauto.common.version.Attribution;
import org.chinaauto.common.version.FigureStatus;
import org.chinaauto.common.view.Numbers;
import org.chinaauto.data.version.ReportQuote;
import org.chinaauto.deliveries.delivery.Delivery;

/**
 * Who published the figures an amount is made of, and when: for one figure its own publisher, attribution and
 * publication date; for a sum of figures the publishers joined, {@code inferred} when any attribution is
 * inferred (with the distinct notes), and the publication of the latest-published figure, from when on the sum
 * could be made; the reports the figures come from, distinct ones joined with "; "; where they were read: one
 * figure's report (its id in reports-service) and quoted sentence, and for any number of figures the distinct reports
 * ({@code report_ids}, no quotes; empty when none names one); and the least settled status of the figures (estimate,
 * preliminary or final).
 */
public record Provenance(String publisher, String attribution, String attributionNote, String published,
        LocalDate publishedOn, String source, Long reportId, String quote, List<Long> reportIds, String status) {

    public static final Provenance NONE = new Provenance(null, null, null, null, null, null, null, null, List.of(),
            null);

    public static Provenance of(List<Delivery> figures) {
        if (figures.isEmpty()) {
            return NONE;
        }
        Delivery one = figures.size() == 1 ? figures.get(0) : null;
        String publisher = figures.stream().map(d -> d.publisher).distinct().collect(Collectors.joining(", "));
        boolean inferred = figures.stream().anyMatch(d -> d.attribution == Attribution.INFERRED);
        String notes = figures.stream().map(d -> d.attributionNote).filter(Objects::nonNull).distinct()
                .collect(Collectors.joining("; "));
        Delivery latest = figures.stream()
                .max(Comparator.comparing((Delivery d) -> d.publishedOn, Comparator.nullsFirst(Comparator.naturalOrder())))
                .orElseThrow();
        String sources = figures.stream().map(d -> d.source).filter(Objects::nonNull).distinct()
                .collect(Collectors.joining("; "));
        return new Provenance(publisher, Numbers.lower(inferred ? Attribution.INFERRED : Attribution.NAMED),
                notes.isEmpty() ? null : notes, latest.published, latest.publishedOn,
                sources.isEmpty() ? null : sources, one == null ? null : one.reportId, one == null ? null : one.quote,
                ReportQuote.ids(figures),
                Numbers.lower(FigureStatus.leastSettled(figures.stream().map(d -> d.status).toList())));
    }
}
