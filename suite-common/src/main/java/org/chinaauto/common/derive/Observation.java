package org.chinaauto.data.derive;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.period.Period;

/**
 * What {@link PeriodResolver} needs of a published figure: its period and its value with the bounds its stated
 * form gives it. Each service's figure entity implements it.
 */
public interface Observation {

    Period observedPeriod();

    /** The stated value with its bounds; null for an entry without a value (a destination listed by name). */
    Estimate observed();
}
