/**
 * The data services' answers as the gateway reads them: one record per answer, in the services' wire shape
 * (snake_case, the same fields, nulls shown or left out as the services do), so that a section passing an answer
 * through shows it as the service gave it. Periods are kept in their canonical text form.
 */
package org.chinaauto.gateway.downstream;
