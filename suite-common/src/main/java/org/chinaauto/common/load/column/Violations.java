package org.chinaauto.common.load.column;

import jakarta.validation.ConstraintValidatorContext;

/** Reports a violation whose message quotes the input, escaped so that it is never read as a message template. */
final class Violations {

    private Violations() {
    }

    static boolean invalid(ConstraintValidatorContext context, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message.replace("\\", "\\\\").replace("{", "\\{")
                .replace("}", "\\}").replace("$", "\\$")).addConstraintViolation();
        return false;
    }
}
