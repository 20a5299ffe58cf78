package org.chinaauto.data.series;

import static org.chinaauto.common.rest.ParameterTypes.required;

import java.time.YearMonth;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.chinaauto.common.csv.FormatParam;
import org.chinaauto.common.series.SeriesUnits;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The range and units of every monthly series read (and {@code format}), declared once ({@code @BeanParam}). */
public class SeriesParams extends FormatParam {

    @QueryParam("from")
    @Parameter(description = "first month, e.g. 2025-01", required = true)
    public YearMonth from;

    @QueryParam("to")
    @Parameter(description = "last month, e.g. 2025-11", required = true)
    public YearMonth to;

    @QueryParam("units")
    @DefaultValue("lin")
    @Parameter(description = "lin (level), chg, ch1, pch, pc1 or ytd", example = "pc1")
    public SeriesUnits units;

    public YearMonth from() {
        return required(from, "from");
    }

    public YearMonth to() {
        return required(to, "to");
    }
}
