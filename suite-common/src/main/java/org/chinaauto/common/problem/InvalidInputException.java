package org.chinaauto.common.problem;

import java.util.List;

/** Bad input from the caller: becomes a 400 problem that names the offending field. */
public class InvalidInputException extends ProblemException {

    public InvalidInputException(String field, String message) {
        super(400, "Invalid input", message, List.of(new FieldError(null, field, message)));
    }

    public InvalidInputException(String detail, List<FieldError> errors) {
        super(400, "Invalid input", detail, errors);
    }
}
