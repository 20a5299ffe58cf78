package org.chinaauto.data.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.chinaauto.common.problem.FieldError;
import org.chinaauto.common.problem.InvalidInputException;

/**
 * The errors of one batch: the first {@value #LISTED} are kept to be listed, the rest only counted, so that a
 * batch of a million bad rows neither fills the heap nor the response.
 */
public final class LoadErrors {

    /** How many errors a rejected batch lists; the detail gives the total. */
    public static final int LISTED = 1000;

    private final List<FieldError> listed = new ArrayList<>();
    private long total;

    public void add(Integer line, String field, String message) {
        total++;
        if (listed.size() < LISTED) {
            listed.add(new FieldError(line, field, message));
        }
    }

    /** Adds errors counted elsewhere (e.g. by SQL): {@code some} listed out of {@code count}. */
    void addAll(List<FieldError> some, long count) {
        total += count;
        listed.addAll(some);
    }

    public boolean any() {
        return total > 0;
    }

    public long total() {
        return total;
    }

    /** Throws the errors as one 400 problem, by line, the first {@value #LISTED} listed. */
    public void throwIfAny() {
        if (total > 0) {
            throwListed(total + " invalid field(s) in the batch", "");
        }
    }

    /**
     * Throws the errors as one 400 problem whose detail is {@code problem} ("A destination breakdown exceeds its
     * world total"), by line, the first {@value #LISTED} listed.
     */
    public void throwIfAny(String problem) {
        if (total > 0) {
            throwListed(problem, total + " errors; ");
        }
    }

    private void throwListed(String summary, String count) {
        List<FieldError> sorted = listed.stream()
                .sorted(Comparator.comparing(FieldError::line, Comparator.nullsFirst(Comparator.naturalOrder())))
                .limit(LISTED).toList();
        String detail = summary
                + (total > sorted.size() ? " (" + count + "the first " + sorted.size() + " are listed)" : "")
                + "; nothing was written";
        throw new InvalidInputException(detail, sorted);
    }
}
