package org.chinaauto.data.load;

import java.util.List;
import java.util.stream.Stream;

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
 */
public record LoadTarget(String table, String lock, String noun, List<String> key, List<String> content,
        List<String> derived, String keyName, String duplicateField) {

    public LoadTarget {
        key = List.copyOf(key);
        content = List.copyOf(content);
        derived = List.copyOf(derived);
    }

    public List<String> columns() {
        return Stream.of(key, content, derived).flatMap(List::stream).toList();
    }
}
