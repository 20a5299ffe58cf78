package org.chinaauto.data.load;

/** What a bulk load did: every received figure is exactly one of inserted, revised or unchanged. */
public record LoadReport(int received, int inserted, int revised, int unchanged) {
}
