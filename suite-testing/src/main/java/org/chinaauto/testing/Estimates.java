package org.chinaauto.testing;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.hasEntry;

import java.util.Map;

import org.hamcrest.Matcher;

/**
 * An estimate as the services answer it: a figure or a percentage, stated or computed, with the low and high bounds
 * its stated form allows. Each matcher checks the JSON object at a path, every number equal to the one given, e.g.
 * {@code .body("gaps[0].gap", estimate(545000, 535000, 555000))}.
 */
public final class Estimates {

    private Estimates() {
    }

    /** A figure: its {@code value}, {@code low} and {@code high}. */
    public static Matcher<Map<? extends String, ?>> estimate(Object value, Object low, Object high) {
        return bounded("value", value, low, high);
    }

    /** A percentage: its {@code pct}, {@code low} and {@code high}. */
    public static Matcher<Map<? extends String, ?>> percentage(Object pct, Object low, Object high) {
        return bounded("pct", pct, low, high);
    }

    /** A figure whose central number is named {@code key} (e.g. {@code deliveries}), with its {@code low} and {@code high}. */
    public static Matcher<Map<? extends String, ?>> bounded(String key, Object central, Object low, Object high) {
        return allOf(hasEntry(key, central), hasEntry("low", low), hasEntry("high", high));
    }
}
