package org.chinaauto.common.openapi;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Completes each service's OpenAPI document with what every service shares: the problem answers of each operation,
 * the shared query parameters, and revalidation (304) where reads carry an ETag. Registered by
 * {@code mp.openapi.filter} in each service's application.properties; runs when the build writes the document.
 */
public class SuiteDocument implements OASFilter {

    /** Set in the gateway: every /api/ operation may answer 429 (its rate limit). */
    static final String RATE_LIMITED = "suite.openapi.rate-limited";
    /** Set in the data services: every read carries a weak ETag and answers 304 to an If-None-Match naming it. */
    static final String ETAGS = "suite.openapi.etags";

    /**
     * The parameters of this service that name one of a list of codes, by name, with the codes in lower case; a
     * service's own filter (a subclass, named in its mp.openapi.filter) gives them from its enums.
     */
    protected Map<String, List<String>> choices() {
        return Map.of();
    }

    /** Adds a problem answer of the given status (one ProblemResponses describes) to an operation. */
    protected static void addProblem(Operation operation, String status) {
        operation.getResponses().addAPIResponse(status, ProblemResponses.response(status));
    }

    /** The constants of an enum as the suite writes and reads them: lower case. */
    protected static List<String> codes(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase()).toList();
    }

    @Override
    public void filterOpenAPI(OpenAPI document) {
        Config config = ConfigProvider.getConfig();
        SharedParameters.describe(document, choices());
        NullableMembers.mark(document);
        WrittenCodes.list(document);
        LoadOperations.describe(document);
        if (document.getComponents().getSchemas() != null && document.getComponents().getSchemas().containsKey("YearMonth")) {
            // a YearMonth is written as its text (2025-11), not as the object the scanner sees
            document.getComponents().addSchema("YearMonth", OASFactory.createSchema().addType(SchemaType.STRING)
                    .pattern(SharedParameters.MONTH).description("A month").addExample("2025-11"));
        }
        if (document.getComponents().getSchemas() != null && document.getComponents().getSchemas().containsKey("UUID")) {
            // the scanner's UUID (a load's id), with an example
            document.getComponents().addSchema("UUID", OASFactory.createSchema().addType(SchemaType.STRING)
                    .format("uuid").pattern("[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}")
                    .addExample("3f2504e0-4f89-4d3a-9a0c-0305e82c3301"));
        }
        if (document.getTags() != null) {
            // in the order of their names, as readers of a document look them up
            document.setTags(document.getTags().stream().sorted(Comparator.comparing(Tag::getName)).toList());
        }
        ProblemResponses.addTo(document, config.getOptionalValue(RATE_LIMITED, Boolean.class).orElse(false));
        if (config.getOptionalValue(ETAGS, Boolean.class).orElse(false) && document.getPaths() != null) {
            for (PathItem item : document.getPaths().getPathItems().values()) {
                if (item.getGET() != null) {
                    item.getGET().getResponses().addAPIResponse("304", OASFactory.createAPIResponse()
                            .description("Not modified: the If-None-Match named the ETag of the current answer")
                            .addHeader("ETag", OASFactory.createHeader().description("The answer's weak tag")
                                    .schema(OASFactory.createSchema().addType(SchemaType.STRING)
                                            .addExample("W/\"SYN0001-42-1a2b3c\""))));
                }
            }
        }
    }
}
