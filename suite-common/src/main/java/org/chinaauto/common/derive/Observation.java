package org.chinaauto.common.derive;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.version.FigureStatus;

/**
 * What {@link PeriodResolver} needs of a published figure: its period, its value with the bounds its stated form
 * gives it, and how settled it is. Each service's figure entity implements it.
 */
public interface Observation {

    Period observedPeriod();

    /** The stated value with its bounds; null for an entry without a value (a destination listed by name). */
    Estimate observed();

    /** How settled the figure is (estimate, preliminary or final). */
    FigureStatus observedStatus();
}
