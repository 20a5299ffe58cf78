package org.chinaauto.common.derive;

import java.math.BigDecimal;

import org.chinaauto.common.period.Period;

/**
 * What {@link PeriodResolver} needs of a published figure: its period, its value, whether it was stated with a
 * qualifier ("over", "nearly") and the unit it was rounded to. Each service's figure entity implements it.
 */
public interface Observation {

    Period observedPeriod();

    /** The value; never null for figures given to a resolver. */
    BigDecimal observedValue();

    boolean qualified();

    /** The unit the value was rounded to, or null when not stated. */
    BigDecimal observedPrecision();
}
