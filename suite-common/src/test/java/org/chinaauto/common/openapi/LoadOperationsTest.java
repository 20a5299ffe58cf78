package org.chinaauto.common.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Extensible;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.junit.jupiter.api.Test;

/** A resource's rows, named once on its class, describe its load and nothing else. */
class LoadOperationsTest {

    @Test
    void theRowsOfAResourceOpenTheDescriptionOfItsLoadAndAreLeftOutElsewhere() {
        String rows = "Columns SYN-a, SYN-b.";
        // inherited, so without the class's extension
        Operation load = OASFactory.createOperation().addTag("Deliveries").description("Validated as a whole.");
        Operation list = OASFactory.createOperation().addTag("Deliveries").description("A page.")
                .addExtension(LoadOperations.ROWS, rows);
        Operation other = OASFactory.createOperation().addTag("Brands").description("Elsewhere.");
        OpenAPI document = OASFactory.createOpenAPI()
                .addTag(OASFactory.createTag().name("Deliveries").addExtension(LoadOperations.ROWS, rows))
                .addTag(OASFactory.createTag().name("Brands"))
                .paths(OASFactory.createPaths()
                        .addPathItem("/api/deliveries", OASFactory.createPathItem().POST(load).GET(list))
                        .addPathItem("/api/deliveries/history", OASFactory.createPathItem().GET(
                                OASFactory.createOperation().addExtension(LoadOperations.ROWS, rows)))
                        .addPathItem("/api/other", OASFactory.createPathItem().POST(other)));

        LoadOperations.describe(document);

        assertThat(load.getSummary()).isEqualTo("Bulk load deliveries");
        assertThat(load.getDescription()).isEqualTo("Columns SYN-a, SYN-b. Validated as a whole.");
        assertThat(list.getDescription()).isEqualTo("A page.");
        assertThat(other.getSummary()).as("a POST of a resource that names no rows").isNull();
        assertThat(other.getDescription()).isEqualTo("Elsewhere.");
        document.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(operation -> assertThat(extensions(operation)).doesNotContainKey(LoadOperations.ROWS)));
        assertThat(extensions(document.getTags().get(0))).doesNotContainKey(LoadOperations.ROWS);
    }

    private static Map<String, Object> extensions(Extensible<?> element) {
        return element.getExtensions() == null ? Map.of() : element.getExtensions();
    }
}
