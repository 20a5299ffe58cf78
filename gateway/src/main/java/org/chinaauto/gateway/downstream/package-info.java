/**
 * The data services' answers as the gateway reads them: one record per answer, in the services' wire shape
 * (snake_case, the same fields, nulls shown or left out as the services do), so that a section passing an answer
 * through shows it as the service gave it; only the fields the gateway uses or passes on. {@link Reads} lists every
 * read with its record, and the build checks each record against the service's committed document
 * ({@code ReadsContractTest}). Periods are kept in their canonical text form.
 */
package org.chinaauto.gateway.downstream;
