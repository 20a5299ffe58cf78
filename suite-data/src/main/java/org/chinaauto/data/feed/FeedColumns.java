package org.chinaauto.data.feed;

import java.util.Set;

/**
 * How the rows of a versioned table appear in the change feed: the column that holds a figure's value (the others,
 * qualifier, precision, status, publisher, source, report_id and published, are named alike in every figure table),
 * and the key columns whose stored codes the APIs write in lower case (PRODUCTION as production).
 */
public record FeedColumns(String value, Set<String> coded) {

    public FeedColumns {
        coded = Set.copyOf(coded);
    }
}
