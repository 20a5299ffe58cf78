package org.chinaauto.data.rest;

import java.io.InputStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.chinaauto.common.csv.CsvResponse;
import org.chinaauto.data.config.LoadSettings;
import org.chinaauto.data.load.BodyLimit;
import org.chinaauto.data.load.BulkLoader;
import org.chinaauto.data.load.LoadPipeline;
import org.chinaauto.data.load.LoadReport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

/**
 * A resource that takes bulk loads: a POST of CSV or of a JSON array to the resource's own path, streamed through
 * its loader within the service's body limit, in one transaction, by an editor. A resource extends it with its
 * loader and says what its rows are in an extension on its class ({@link org.chinaauto.common.openapi.LoadOperations}).
 */
public abstract class BulkLoadResource {

    private final BulkLoader<?> loader;
    private final LoadSettings limits;

    protected BulkLoadResource(BulkLoader<?> loader, LoadSettings limits) {
        this.loader = loader;
        this.limits = limits;
    }

    @POST
    @Consumes({ CsvResponse.TEXT_CSV, MediaType.APPLICATION_JSON })
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Bulk load", description = "CSV (text/csv, a header line naming the columns first) or JSON "
            + "(application/json: an array of objects with the column names as fields, or an object holding that "
            + "array). Validated as a whole (every bad line and field reported, nothing written), written in one "
            + "transaction, idempotent; needs the editor role.")
    @Transactional
    @TransactionConfiguration(timeout = LoadPipeline.TRANSACTION_TIMEOUT_SECONDS)
    public LoadReport load(InputStream body, @HeaderParam("Content-Length") Long length, @Context HttpHeaders headers) {
        InputStream limited = BodyLimit.limit(body, length, limits);
        return MediaType.APPLICATION_JSON_TYPE.isCompatible(headers.getMediaType()) ? loader.loadJson(limited)
                : loader.loadCsv(limited);
    }
}
