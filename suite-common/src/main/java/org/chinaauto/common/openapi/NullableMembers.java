package org.chinaauto.common.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The members the suite writes as null rather than leaving out, whichever answer they are in, so that the document
 * says so once (the scanner cannot tell from a record): every answer read at a snapshot echoes it, {@code as_of} and
 * {@code vintage} being null when the request named none; and a bound ({@code low}, {@code high}) is null when that
 * side is unbounded ("over 2 million" has no upper bound). In an answer that leaves out what is null, such a member
 * is simply absent, which the document allows too (no member is required).
 */
final class NullableMembers {

    private static final Map<String, String> WHY = Map.of(
            "as_of", "The asOf asked for; null when none was",
            "vintage", "The vintage asked for; null when none was",
            "low", "The lower bound; null when unbounded below",
            "high", "The upper bound; null when unbounded above");

    private NullableMembers() {
    }

    static void mark(OpenAPI document) {
        if (document.getComponents() == null || document.getComponents().getSchemas() == null) {
            return;
        }
        for (Schema schema : document.getComponents().getSchemas().values()) {
            if (schema.getProperties() == null) {
                continue;
            }
            WHY.forEach((name, why) -> {
                Schema property = schema.getProperties().get(name);
                if (property == null) {
                    return;
                }
                if (property.getRef() != null) {
                    schema.addProperty(name, OASFactory.createSchema().type(List.of(SchemaType.STRING, SchemaType.NULL))
                            .addAnyOf(OASFactory.createSchema().ref(property.getRef()))
                            .addAnyOf(OASFactory.createSchema().addType(SchemaType.NULL)).description(why));
                } else if (property.getType() != null && !property.getType().contains(SchemaType.NULL)) {
                    List<SchemaType> types = new ArrayList<>(property.getType());
                    types.add(SchemaType.NULL);
                    property.setType(types);
                    if (property.getDescription() == null) {
                        property.setDescription(why);
                    }
                }
            });
        }
    }
}
