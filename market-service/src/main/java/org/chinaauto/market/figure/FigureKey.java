package org.chinaauto.market.figure;

import org.chinaauto.common.period.Period;

/** What identifies a figure across its versions. */
public record FigureKey(Measure measure, Segment segment, String publisher, Period period) {
}
