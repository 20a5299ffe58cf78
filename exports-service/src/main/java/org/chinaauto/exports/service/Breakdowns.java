package org.chinaauto.exports.service;

import java.util.List;
import java.util.function.Function;

import org.chinaauto.data.rest.Unambiguous;
import org.chinaauto.exports.figure.Figure;

/** Choosing one publisher and one definition among figures, since values of different ones are never mixed. */
final class Breakdowns {

    private Breakdowns() {
    }

    /** The given value, else the only one present among the figures, else null (none) or a 400 (several). */
    static String only(List<Figure> figures, String given, Function<Figure, String> attribute, String field,
            String what) {
        if (given != null) {
            return given;
        }
        return Unambiguous.only(figures.stream().map(attribute).toList(), field, "several " + what + " have figures here");
    }

    /** The figures of one publisher and definition, after {@link #only} chose them. */
    static List<Figure> of(List<Figure> figures, String publisher, String definition) {
        return figures.stream().filter(f -> f.publisher.equals(publisher) && f.definition.equals(definition)).toList();
    }

    static List<Figure> publisherAndDefinition(List<Figure> figures, String publisher, String definition) {
        String p = only(figures, publisher, f -> f.publisher, "publisher", "publishers");
        List<Figure> ofPublisher = figures.stream().filter(f -> f.publisher.equals(p)).toList();
        String d = only(ofPublisher, definition, f -> f.definition, "definition", "definitions");
        return p == null || d == null ? List.of() : of(figures, p, d);
    }
}
