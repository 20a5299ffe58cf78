package org.chinaauto.common.series;

import java.util.Locale;

import org.chinaauto.common.problem.InvalidInputException;
import org.chinaauto.common.rest.CodedEnum;

/**
 * The transformations of a monthly series, named as FRED names them ({@code units=} there), plus
 * year-to-date cumulation which Chinese industry releases use everywhere.
 */
public enum SeriesUnits implements CodedEnum {
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

    /** The units a parameter names, by code, by description (percent-change) or by alias (level, yoy, mom). */
    public static SeriesUnits parse(String text, String name) {
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
            default -> throw new InvalidInputException(name, "unknown " + name + " '" + text
                    + "'; expected lin (level), chg (change), ch1 (change from a year ago), pch (percent change), "
                    + "pc1 (percent change from a year ago) or ytd (year-to-date)");
        };
    }

    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
