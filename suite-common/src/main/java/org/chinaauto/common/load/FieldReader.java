package org.chinaauto.common.load;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.chinaauto.common.period.Period;
import org.chinaauto.common.problem.FieldError;
import org.chinaauto.common.problem.InvalidInputException;

/**
 * Validates the fields of bulk-load rows, collecting every error of the whole batch instead of stopping at
 * the first, so that one response lists every bad line and field.
 */
public final class FieldReader {

    private final List<FieldError> errors = new ArrayList<>();
    private InputRow row;

    /** Moves to the next row; subsequent reads refer to it. */
    public FieldReader at(InputRow row) {
        this.row = row;
        return this;
    }

    public void error(String field, String message) {
        errors.add(new FieldError(row == null ? null : row.line(), field, message));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Throws the collected errors as one 400 problem; nothing may have been written before this. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.size() + " invalid field(s) in the batch; nothing was written",
                    List.copyOf(errors));
        }
    }

    public String text(String field, boolean required, int maxLength) {
        String v = row.get(field);
        if (v == null) {
            if (required) {
                error(field, "is required");
            }
            return null;
        }
        if (v.length() > maxLength) {
            error(field, "is longer than " + maxLength + " characters");
            return null;
        }
        return v;
    }

    public Period period(String field) {
        String v = row.get(field);
        if (v == null) {
            error(field, "is required: " + Period.FORMS);
            return null;
        }
        try {
            return Period.parse(v, field);
        } catch (InvalidInputException e) {
            error(field, e.getMessage());
            return null;
        }
    }

    public YearMonth month(String field, boolean required) {
        String v = row.get(field);
        if (v == null) {
            if (required) {
                error(field, "is required: a month such as 2025-11");
            }
            return null;
        }
        try {
            return Period.parseMonth(v, field);
        } catch (InvalidInputException e) {
            error(field, e.getMessage());
            return null;
        }
    }

    /** A count of vehicles: a whole, non-negative number. */
    public Long count(String field, boolean required) {
        BigDecimal d = decimal(field, required);
        if (d == null) {
            return null;
        }
        if (d.signum() < 0) {
            error(field, "must not be negative");
            return null;
        }
        try {
            return d.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            error(field, "must be a whole number of vehicles, got " + d.toPlainString());
            return null;
        }
    }

    /** A percentage, e.g. 37.3 for +37.3%; within [min, max]. */
    public BigDecimal percent(String field, boolean required, double min, double max) {
        BigDecimal d = decimal(field, required);
        if (d != null && (d.doubleValue() < min || d.doubleValue() > max)) {
            error(field, "must be a percentage between " + min + " and " + max + ", got " + d.toPlainString());
            return null;
        }
        return d;
    }

    public BigDecimal decimal(String field, boolean required) {
        String v = row.get(field);
        if (v == null) {
            if (required) {
                error(field, "is required");
            }
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(v.replace("_", ""));
            if (d.precision() - d.scale() > 15 || d.scale() > 6) {
                error(field, "is out of range: " + v);
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            error(field, "is not a number: '" + v + "'");
            return null;
        }
    }

    /** A publication date, as precise as the publisher gave it: {@code 2025-04-16} or {@code 2025-12}. */
    public String partialDate(String field) {
        String v = row.get(field);
        if (v == null) {
            return null;
        }
        try {
            if (v.length() == 7) {
                YearMonth.parse(v);
            } else {
                LocalDate.parse(v);
            }
            return v;
        } catch (DateTimeParseException e) {
            error(field, "is not a date: expected YYYY-MM-DD or YYYY-MM, got '" + v + "'");
            return null;
        }
    }

    public <E extends Enum<E>> E enumValue(String field, Class<E> type, boolean required) {
        String v = row.get(field);
        if (v == null) {
            if (required) {
                error(field, "is required: one of " + names(type));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            error(field, "unknown value '" + v + "'; expected one of " + names(type));
            return null;
        }
    }

    public static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList().toString();
    }

    /** Parses an enum query parameter (case-insensitive); a clear 400 for an unknown value. */
    public static <E extends Enum<E>> E parseEnum(String text, Class<E> type, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "unknown " + field + " '" + text + "'; expected one of " + names(type));
        }
    }
}
