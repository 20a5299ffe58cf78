package org.chinaauto.data.cache;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A read whose answer depends on the day as well as on the data (the release calendar: what is late changes at
 * midnight): {@link AnswerCache} keeps its answers, and tags them, per day of the calendar's clock.
 */
@Target(METHOD)
@Retention(RUNTIME)
public @interface DatedAnswer {
}
