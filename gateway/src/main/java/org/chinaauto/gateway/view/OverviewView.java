package org.chinaauto.gateway.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.chinaauto.common.period.Period;

/**
 * The market for one period across the suite: every section with its own status, so that a view with a
 * service down still answers with what it has. {@code as_of} and {@code vintage} echo the snapshot every section was
 * read at (null when not given).
 */
public record OverviewView(Period period, Instant asOf, LocalDate vintage, boolean complete,
        Map<String, Section> sections) {
}
