package org.chinaauto.reports.input;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import org.chinaauto.common.problem.FieldError;
import org.chinaauto.common.problem.InvalidInputException;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;

/** A request body checked against its constraints: a 400 problem naming every member that breaks one. */
@ApplicationScoped
public class InputCheck {

    private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE = new PropertyNamingStrategies.SnakeCaseStrategy();

    private final Validator validator;

    InputCheck(Validator validator) {
        this.validator = validator;
    }

    public <T> T valid(T input, String example) {
        if (input == null) {
            throw new InvalidInputException("body", "is required: " + example);
        }
        List<FieldError> errors = validator.validate(input).stream()
                .map(v -> new FieldError(null, SNAKE.translate(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field)).toList();
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The request body is not valid; nothing was stored.", errors);
        }
        return input;
    }
}
