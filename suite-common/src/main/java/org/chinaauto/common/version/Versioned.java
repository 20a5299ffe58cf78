package org.chinaauto.common.version;

import java.time.Instant;

/**
 * A row kept in versions: loading different content for the same key supersedes the current version
 * (superseded_at is set) and adds a new one, so that asOf queries can answer with what was known then.
 */
public interface Versioned<K> {

    K key();

    /** True when the two versions say the same thing, ignoring ids and load times. */
    boolean sameContentAs(Versioned<K> other);

    void loaded(Instant at);

    void superseded(Instant at);
}
