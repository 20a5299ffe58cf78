package org.chinaauto.common.paging;

import jakarta.ws.rs.QueryParam;

import org.chinaauto.common.config.PageSettings;
import org.chinaauto.common.csv.Format;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code page}, {@code size} and {@code format} query parameters of every paged list, declared once ({@code @BeanParam}). */
public class PageParams {

    @QueryParam("page")
    @Parameter(description = "Page of the answer, from 0; a Link header with rel=next points at the next one")
    public Integer page;

    @QueryParam("size")
    @Parameter(description = "Items per page, from 1 to the service's maximum page size (1000 unless configured otherwise)")
    public Integer size;

    @QueryParam("format")
    @Parameter(description = "csv to download CSV (as Accept: text/csv does), json for JSON (the default); any case")
    public Format format;

    public PageRequest request(PageSettings settings) {
        return PageRequest.of(page, size, settings);
    }
}
