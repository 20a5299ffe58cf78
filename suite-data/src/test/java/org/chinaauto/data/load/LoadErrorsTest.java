package org.chinaauto.data.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.chinaauto.common.problem.FieldError;
import org.chinaauto.common.problem.InvalidInputException;
import org.junit.jupiter.api.Test;

class LoadErrorsTest {

    @Test
    void pastAThousandTheFirstThousandAreListedWithTheTotal() {
        LoadErrors errors = new LoadErrors();
        for (int line = 2; line < 1502; line++) {
            errors.add(line, "value", "is not a number");
        }
        assertThatThrownBy(errors::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.errors()).hasSize(1000);
            assertThat(e.errors().get(999).line()).isEqualTo(1001);
            assertThat(e.getMessage()).contains("1500 invalid field(s)").contains("the first 1000 are listed")
                    .contains("nothing was written");
        });
    }

    @Test
    void errorsFoundLaterAreListedByLine() {
        LoadErrors errors = new LoadErrors();
        errors.add(7, "value", "must not be negative");
        errors.addAll(List.of(new FieldError(4, "period", "the same figure already appears at line 2")), 1);
        assertThatThrownBy(errors::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(FieldError::line).containsExactly(4, 7));
    }

    @Test
    void aProblemOfItsOwnIsTheDetailWithTheTotalWhenNotAllAreListed() {
        LoadErrors one = new LoadErrors();
        one.add(3, "value", "exceeds the world total");
        assertThatThrownBy(() -> one.throwIfAny("A destination breakdown exceeds its world total"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("A destination breakdown exceeds its world total; nothing was written"));
        LoadErrors many = new LoadErrors();
        for (int line = 2; line < 1202; line++) {
            many.add(line, "value", "exceeds the world total");
        }
        assertThatThrownBy(() -> many.throwIfAny("A destination breakdown exceeds its world total"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).hasSize(1000);
                    assertThat(e.getMessage()).isEqualTo("A destination breakdown exceeds its world total (1200 errors; "
                            + "the first 1000 are listed); nothing was written");
                });
    }

    @Test
    void noErrorsNoProblem() {
        LoadErrors none = new LoadErrors();
        assertThat(none.any()).isFalse();
        assertThat(none.total()).isZero();
        assertThatCode(() -> none.throwIfAny("nothing")).doesNotThrowAnyException();
        assertThatCode(none::throwIfAny).doesNotThrowAnyException();
        // one error is enough to refuse the batch
        none.add(2, "value", "synthetic error");
        assertThat(none.any()).isTrue();
        assertThatThrownBy(none::throwIfAny).isInstanceOf(InvalidInputException.class);
    }
}
