package org.chinaauto.common.openapi;

import java.util.Locale;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * The bulk loads of a data service, written once for every resource that takes them: a resource names its rows in an
 * {@code x-load-rows} extension on its class, which the document puts before the rules every load shares, in the
 * description of the resource's POST, and leaves out everywhere else (the scanner copies it to the class's tag
 * and to every operation of the class).
 */
public final class LoadOperations {

    /** The extension a resource that takes bulk loads names its rows (their columns) in. */
    public static final String ROWS = "x-load-rows";

    private LoadOperations() {
    }

    static void describe(OpenAPI document) {
        if (document.getTags() != null) {
            document.getTags().forEach(tag -> tag.removeExtension(ROWS));
        }
        if (document.getPaths() == null) {
            return;
        }
        for (PathItem item : document.getPaths().getPathItems().values()) {
            Object rows = null;
            for (Operation operation : item.getOperations().values()) {
                if (operation.getExtensions() != null && operation.getExtensions().containsKey(ROWS)) {
                    rows = operation.getExtensions().get(ROWS);
                    operation.removeExtension(ROWS);
                }
            }
            Operation load = item.getPOST();
            if (rows != null && load != null) {
                String what = load.getTags() == null || load.getTags().isEmpty() ? "rows"
                        : load.getTags().get(0).toLowerCase(Locale.ROOT);
                load.summary("Bulk load " + what).description(rows + " " + load.getDescription());
            }
        }
    }
}
