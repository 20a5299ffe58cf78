package org.chinaauto.common.openapi;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * The bulk loads of a data service, written once for every resource that takes them: a resource names its rows in an
 * {@code x-load-rows} extension on its class, which the scanner gives the class's tag (and the operations the class
 * declares itself, not those it inherits). The document puts those rows before the rules every load shares, in the
 * description of the POST of each operation under that tag, and leaves the extension out everywhere.
 */
public final class LoadOperations {

    /** The extension a resource that takes bulk loads names its rows (their columns) in. */
    public static final String ROWS = "x-load-rows";

    private LoadOperations() {
    }

    static void describe(OpenAPI document) {
        Map<String, Object> rows = new HashMap<>();
        if (document.getTags() != null) {
            for (Tag tag : document.getTags()) {
                if (tag.getExtensions() != null && tag.getExtensions().containsKey(ROWS)) {
                    rows.put(tag.getName(), tag.getExtensions().get(ROWS));
                    tag.removeExtension(ROWS);
                }
            }
        }
        if (document.getPaths() == null) {
            return;
        }
        for (PathItem item : document.getPaths().getPathItems().values()) {
            item.getOperations().values().forEach(operation -> operation.removeExtension(ROWS));
            Operation load = item.getPOST();
            if (load != null && load.getTags() != null && !load.getTags().isEmpty()
                    && rows.containsKey(load.getTags().get(0))) {
                String tag = load.getTags().get(0);
                load.summary("Bulk load " + tag.toLowerCase(Locale.ROOT))
                        .description(rows.get(tag) + " " + load.getDescription());
            }
        }
    }
}
