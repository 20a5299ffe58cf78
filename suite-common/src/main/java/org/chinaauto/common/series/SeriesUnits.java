package org.chinaauto.common.series;

import java.util.Locale;

import org.chinaauto.common.problem.InvalidInputException;

/**
 * The transformations of a monthly series, named as FRED names them ({@code units=} there), plus
 * year-to-date cumulation which Chinese industry releases use everywhere.
 */
public enum SeriesUnits {
    /** Levels, as published or derived. */
    LIN("level"),
    /** Change from the previous month. */
    CHG("change"),
    /** Change from the same month a year earlier. */
    CH1("change from a year ago"),
    /** Percent change from the previous month. */
    PCH("percent change"),
    /** Percent change from the same month a year earlier. */
    PC1("percent change from a year ago"),
    /** Cumulative from January of the same year. */
    YTD("year-to-date cumulation");

    private final String description;

    SeriesUnits(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public static SeriesUnits parse(String text) {
        if (text == null || text.isBlank()) {
            return LIN;
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (SeriesUnits u : values()) {
            if (u.name().toLowerCase(Locale.ROOT).equals(t) || u.description.replace(' ', '-').equals(t)) {
                return u;
            }
        }
        return switch (t) {
            case "level", "levels" -> LIN;
            case "yoy" -> PC1;
            case "mom" -> PCH;
            default -> throw new InvalidInputException("units", "unknown units '" + text
                    + "'; expected lin (level), chg (change), ch1 (change from a year ago), pch (percent change), "
                    + "pc1 (percent change from a year ago) or ytd (year-to-date)");
        };
    }
}
