package org.chinaauto.common.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The answers' records write a member without a value as null unless the record leaves it out
 * ({@code @JsonInclude(NON_NULL)}), and the scanner cannot tell which members may lack one: so every member of an
 * answer's schema is declared nullable here, once, and none is required (a left-out member is allowed too). Some are
 * null by design, and say why: {@code as_of} and {@code vintage} echo the snapshot asked for, null when none was; a
 * bound ({@code low}, {@code high}) is null when unbounded on that side. The problem schemas are exempt: their
 * members are left out, never null.
 */
final class NullableMembers {

    private static final Map<String, String> WHY = Map.of(
            "as_of", "The asOf asked for; null when none was",
            "vintage", "The vintage asked for; null when none was",
            "low", "The lower bound; null when unbounded below",
            "high", "The upper bound; null when unbounded above");

    private static final List<String> NEVER_NULL = List.of("Problem", "FieldError");

    private NullableMembers() {
    }

    static void mark(OpenAPI document) {
        if (document.getComponents() == null || document.getComponents().getSchemas() == null) {
            return;
        }
        document.getComponents().getSchemas().forEach((schemaName, schema) -> {
            if (schema.getProperties() == null || NEVER_NULL.contains(schemaName)) {
                return;
            }
            new ArrayList<>(schema.getProperties().keySet()).forEach(name -> {
                Schema property = schema.getProperties().get(name);
                String why = WHY.get(name);
                if (property.getRef() != null) {
                    schema.addProperty(name, OASFactory.createSchema()
                            .addAnyOf(OASFactory.createSchema().ref(property.getRef()))
                            .addAnyOf(OASFactory.createSchema().addType(SchemaType.NULL))
                            .description(why != null ? why : property.getDescription()));
                } else if (property.getType() != null && !property.getType().contains(SchemaType.NULL)) {
                    List<SchemaType> types = new ArrayList<>(property.getType());
                    types.add(SchemaType.NULL);
                    property.setType(types);
                    if (property.getDescription() == null) {
                        property.setDescription(why);
                    }
                }
            });
        });
    }
}
