package org.chinaauto.common.csv;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code format} query parameter of every read that can answer CSV, declared once ({@code @BeanParam}). */
public class FormatParam {

    @QueryParam("format")
    @Parameter(description = "csv to download CSV (as Accept: text/csv does), json for JSON (the default); any case")
    public Format format;
}
