package org.chinaauto.common.rest;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An enum the suite writes by its constant's name in lower case ({@code sales_share}): in JSON, and as the enumeration
 * of its schema in the OpenAPI documents (the scanner calls the enum's {@link #code()}). {@link ParameterTypes} reads it
 * back in any case, with - for _.
 */
public interface CodedEnum {

    /** The constant's name in lower case. */
    @JsonValue
    String code();
}
