package org.chinaauto.data.load;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A service's rule over the whole staged batch together with the stored rows (e.g. parts that must not add up to
 * more than their total), checked with SQL. The pipeline calls it under the table's advisory lock, after every row
 * passed its own checks and before anything is written, so that the stored rows it reads are those the load will
 * revise; errors it adds (or throws) reject the batch and nothing is written.
 */
@FunctionalInterface
public interface StagedCheck {

    /**
     * @param stage the staging table: {@code line} and the target's columns, one valid row per key
     */
    void check(Connection connection, String stage, LoadErrors errors) throws SQLException;
}
