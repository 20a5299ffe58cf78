package org.chinaauto.data.load;

import java.util.UUID;

/**
 * What a bulk load did: every received figure is exactly one of inserted, revised or unchanged; {@code loadId} names
 * the load in the change feed's events (null for a load whose rows are not figures there).
 */
public record LoadReport(int received, int inserted, int revised, int unchanged, UUID loadId) {
}
