package org.chinaauto.gateway.view;

import java.time.Instant;
import java.util.Map;

import org.chinaauto.common.period.Period;

/**
 * The market for one period across the suite: every section with its own status, so that a view with a
 * service down still answers with what it has.
 */
public record OverviewView(Period period, Instant asOf, boolean complete, Map<String, Section> sections) {
}
