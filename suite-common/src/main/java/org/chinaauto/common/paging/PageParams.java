package org.chinaauto.common.paging;

import jakarta.ws.rs.QueryParam;

import org.chinaauto.common.config.PageSettings;
import org.chinaauto.common.csv.FormatParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code page} and {@code size} query parameters of every paged list (and {@code format}), declared once ({@code @BeanParam}). */
public class PageParams extends FormatParam {

    @QueryParam("page")
    @Parameter(description = "Page of the answer, from 0; a Link header with rel=next points at the next one")
    public Integer page;

    @QueryParam("size")
    @Parameter(description = "Items per page, from 1 to the service's maximum page size (1000 unless configured otherwise)")
    public Integer size;

    public PageRequest request(PageSettings settings) {
        return PageRequest.of(page, size, settings);
    }
}
