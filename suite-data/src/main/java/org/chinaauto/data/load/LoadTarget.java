package org.chinaauto.data.load;

import java.util.List;
import java.util.stream.Stream;

import org.chinaauto.data.feed.FeedColumns;

/**
 * The versioned table a load writes to, in columns: those that identify a row across its versions, those whose
 * change makes a new version, and those derived from them (e.g. published_on). A row check returns its staged
 * values in the order of {@link #columns()}; ids come from the table's default, loaded_at and superseded_at from
 * the load.
 *
 * @param table the versioned table, with loaded_at and superseded_at and a unique index on the key of current rows
 * @param lock the advisory lock that serialises loads of this table
 * @param noun what the rows are, for messages ("figures")
 * @param keyName what the key identifies, for messages: "figure (measure, segment, period, publisher)"
 * @param duplicateField the field that an error about a key appearing twice in the batch names
 * @param feed how the table's changes appear in the change feed, or null when its loads are not figures there
 */
public record LoadTarget(String table, String lock, String noun, List<String> key, List<String> content,
        List<String> derived, String keyName, String duplicateField, FeedColumns feed) {

    /** A table whose loads do not feed the change feed. */
    public LoadTarget(String table, String lock, String noun, List<String> key, List<String> content,
            List<String> derived, String keyName, String duplicateField) {
        this(table, lock, noun, key, content, derived, keyName, duplicateField, null);
    }

    /** The same table, its committed changes written to the change feed. */
    public LoadTarget feeding(FeedColumns columns) {
        return new LoadTarget(table, lock, noun, key, content, derived, keyName, duplicateField, columns);
    }

    public LoadTarget {
        key = List.copyOf(key);
        content = List.copyOf(content);
        derived = List.copyOf(derived);
    }

    public List<String> columns() {
        return Stream.of(key, content, derived).flatMap(List::stream).toList();
    }
}
