package org.chinaauto.common.openapi;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Every answer read at a snapshot echoes it: {@code as_of} and {@code vintage} are the instant and date asked for, and
 * null (not absent) when the request named none. The scanner cannot know that from the records, so the document's
 * properties of those names are made nullable here, once.
 */
final class SnapshotEcho {

    private static final List<String> ECHOED = List.of("as_of", "vintage");

    private SnapshotEcho() {
    }

    static void markNullable(OpenAPI document) {
        if (document.getComponents() == null || document.getComponents().getSchemas() == null) {
            return;
        }
        for (Schema schema : document.getComponents().getSchemas().values()) {
            if (schema.getProperties() == null) {
                continue;
            }
            for (String name : ECHOED) {
                Schema property = schema.getProperties().get(name);
                if (property != null && property.getRef() != null) {
                    schema.addProperty(name, OASFactory.createSchema()
                            .type(List.of(SchemaType.STRING, SchemaType.NULL))
                            .addAnyOf(OASFactory.createSchema().ref(property.getRef()))
                            .addAnyOf(OASFactory.createSchema().addType(SchemaType.NULL))
                            .description(name.equals("as_of") ? "The asOf asked for; null when none was"
                                    : "The vintage asked for; null when none was"));
                }
            }
        }
    }
}
