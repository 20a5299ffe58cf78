package org.chinaauto.deliveries.input;

import jakarta.validation.constraints.Pattern;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One dated membership: in a brand's list, {@code group} names the group; in a group's list, {@code brand} names the
 * brand. {@code from} is the first month counted (null: since before the first record), {@code to} the first month
 * no longer counted (null: still a member).
 */
@RegisterForReflection
public record MembershipInput(String group, String brand,
        @Pattern(regexp = MONTH, message = NOT_A_MONTH) String from,
        @Pattern(regexp = MONTH, message = NOT_A_MONTH) String to) {

    /** A month of the years the suite knows (1900-2200), spaces around it ignored; blank is no month. */
    static final String MONTH = "\\s*((19\\d\\d|2[01]\\d\\d|2200)-(0[1-9]|1[0-2]))?\\s*";
    static final String NOT_A_MONTH = "is not a month; expected YYYY-MM, e.g. 2025-11";
}
