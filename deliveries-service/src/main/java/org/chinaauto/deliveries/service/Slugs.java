package org.chinaauto.deliveries.service;

import java.util.Locale;
import java.util.Map;

import org.chinaauto.data.load.RowErrors;
import org.chinaauto.data.load.column.Cells;
import org.chinaauto.deliveries.delivery.SubjectKind;

/**
 * Every brand and group slug with what it names, a brand or a group (one set of slugs): what a load checks the
 * subjects of its rows against. The catalogue is small (brands and groups, not figures), so it is read whole.
 *
 * @param kinds what each slug names
 */
public record Slugs(Map<String, SubjectKind> kinds) {

    /**
     * A slug a row names.
     *
     * @param given as given, trimmed
     * @param slug as stored, in lower case
     * @param kind what it names; null when no brand or group has it
     */
    public record Named(String given, String slug, SubjectKind kind) {
    }

    /** The slug in a column that passed its constraints; null when the column is blank or broke one. */
    public Named named(String field, String cell, RowErrors errors) {
        String given = errors.failed(field) ? null : Cells.text(cell);
        if (given == null) {
            return null;
        }
        String slug = given.toLowerCase(Locale.ROOT);
        return new Named(given, slug, kinds.get(slug));
    }
}
