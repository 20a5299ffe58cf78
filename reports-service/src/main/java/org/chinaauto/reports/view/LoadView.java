package org.chinaauto.reports.view;

import java.time.Instant;
import java.util.List;

/**
 * What loading a report did: per service, how many accepted figures went into it and when, and whether this request
 * loaded them ({@code loaded}) or an earlier one had ({@code already_loaded}).
 */
public record LoadView(long report, Instant loadedAt, List<ServiceLoad> services) {

    public record ServiceLoad(String service, int figures, Instant loadedAt, String outcome) {
    }
}
