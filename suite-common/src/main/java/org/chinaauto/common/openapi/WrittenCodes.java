package org.chinaauto.common.openapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.chinaauto.common.bounds.Qualifier;
import org.chinaauto.common.version.Attribution;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The members every answer writes from one of the suite's own enums, in lower case ({@code Numbers.lower}), whatever
 * record they are in: the document lists their codes (and null, where the member may be null).
 */
final class WrittenCodes {

    private static final Map<String, Class<? extends Enum<?>>> CODES = Map.of(
            "qualifier", Qualifier.class,
            "attribution", Attribution.class);

    private WrittenCodes() {
    }

    static void list(OpenAPI document) {
        if (document.getComponents() == null || document.getComponents().getSchemas() == null) {
            return;
        }
        for (Schema schema : document.getComponents().getSchemas().values()) {
            if (schema.getProperties() == null) {
                continue;
            }
            CODES.forEach((name, type) -> {
                Schema property = schema.getProperties().get(name);
                if (property == null || property.getType() == null || !property.getType().contains(SchemaType.STRING)) {
                    return;
                }
                List<Object> codes = new ArrayList<>(
                        Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase()).toList());
                if (property.getType().contains(SchemaType.NULL)) {
                    codes.add(null);
                }
                property.setEnumeration(codes);
            });
        }
    }
}
