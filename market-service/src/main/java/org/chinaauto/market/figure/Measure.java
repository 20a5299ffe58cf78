package org.chinaauto.market.figure;

import java.util.Locale;

import org.chinaauto.common.rest.CodedEnum;

/** What a figure counts. */
public enum Measure implements CodedEnum {
    PRODUCTION(Unit.VEHICLES),
    SALES(Unit.VEHICLES),
    /** The segment's share of all-vehicle sales, as a publisher states it. */
    SALES_SHARE(Unit.PERCENT);

    private final Unit unit;

    Measure(Unit unit) {
        this.unit = unit;
    }

    public Unit unit() {
        return unit;
    }

    public enum Unit {
        VEHICLES, PERCENT
    }

    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
