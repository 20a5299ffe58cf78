/**
 * The data services' answers as the gateway reads them. Their records are generated at build time from the services'
 * committed documents ({@code api/<service>/openapi.json}) into {@code downstream.market}, {@code downstream.exports}
 * and {@code downstream.deliveries} (the gateway's {@code pom.xml} and {@code src/main/openapi-templates}): the wire
 * names, types and every member as each document declares them, so a section passing an answer through shows it as
 * the service gave it, and a service that renames, drops or retypes a field the gateway reads breaks this build, not
 * production. {@link Reads} pairs every read with its record ({@code ReadsContractTest} checks each pair against the
 * operation's answer). Periods are kept in their canonical text form.
 */
package org.chinaauto.gateway.downstream;
