package org.chinaauto.common.version;

import org.chinaauto.common.rest.Choices;

/**
 * How settled a published figure is, from least to most: a publisher's estimate of a month, its preliminary figure,
 * the final one. A figure is final unless its source says otherwise; a more settled figure revises a less settled one
 * of the same key, never the other way round. Forecasts are not figures.
 */
public enum FigureStatus {
    /** An estimate published before the figures (CPCA's estimate of a month, for example). */
    ESTIMATE,
    /** A preliminary figure, to be confirmed or revised by the final one. */
    PRELIMINARY,
    /** The figure as the publisher means it to stand. */
    FINAL;

    /** The status as the APIs write it ({@code preliminary}); final when absent or not a status. */
    public static FigureStatus of(String written) {
        FigureStatus status = written == null ? null : Choices.find(FigureStatus.class, written);
        return status == null ? FINAL : status;
    }

    /** The least settled of the statuses of the figures a value rests on (final when there are none). */
    public static FigureStatus leastSettled(Iterable<FigureStatus> statuses) {
        FigureStatus least = FINAL;
        for (FigureStatus status : statuses) {
            if (status != null && status.compareTo(least) < 0) {
                least = status;
            }
        }
        return least;
    }
}
