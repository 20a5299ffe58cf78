package org.chinaauto.exports.view;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.chinaauto.common.version.Attribution;
import org.chinaauto.common.view.Numbers;
import org.chinaauto.exports.figure.Figure;

/**
 * Who published the figures a value is made of, and when: for one figure its own attribution, publication date and
 * source; for a value derived from several, {@code inferred} when any of them is (with their distinct notes), the
 * publication of the latest-published one (from when on the value could be derived) and their distinct sources.
 */
public record Provenance(String attribution, String attributionNote, String published, LocalDate publishedOn,
        String source) {

    public static Provenance of(List<Figure> figures) {
        boolean inferred = figures.stream().anyMatch(f -> f.attribution == Attribution.INFERRED);
        Figure latest = figures.stream()
                .max(Comparator.comparing((Figure f) -> f.publishedOn,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .orElseThrow();
        return new Provenance(Numbers.lower(inferred ? Attribution.INFERRED : Attribution.NAMED),
                distinct(figures.stream().map(f -> f.attributionNote).toList()), latest.published, latest.publishedOn,
                distinct(figures.stream().map(f -> f.source).toList()));
    }

    private static String distinct(List<String> texts) {
        String joined = texts.stream().filter(Objects::nonNull).distinct().collect(Collectors.joining("; "));
        return joined.isEmpty() ? null : joined;
    }
}
