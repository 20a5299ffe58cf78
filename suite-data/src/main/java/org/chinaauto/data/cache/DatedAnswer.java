package org.chinaauto.data.cache;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * A read whose answer depends on the day as well as on the data (the release calendar: what is late changes at
 * midnight): {@link AnswerCache} keeps its answers, and tags them, per day of the calendar's clock. A name binding, so
 * that the read is known as dated before the cache looks for its answer, without reflection.
 */
@NameBinding
@Target({ METHOD, TYPE })
@Retention(RUNTIME)
public @interface DatedAnswer {
}
