package org.chinaauto.data.calendar;

import java.time.Instant;

/**
 * A stored version of a publisher's expected schedule for one series (table release_schedule): the release of a month
 * is expected in the following month, from {@code windowFromDay} to {@code dueDay}, with {@code graceDays} of grace.
 */
public record Schedule(String publisher, String series, Frequency frequency, int windowFromDay, int dueDay,
        int graceDays, String basis, String notes, Instant loadedAt) {
}
