package org.chinaauto.contract;

import java.net.URI;
import java.util.function.IntFunction;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Checks every answer a REST Assured request receives against the contract of the server it was sent to, chosen by
 * port; answers from servers with no contract (a stub, the dashboard's static pages) and from {@code /q/} endpoints
 * (health, metrics, the document itself) are left alone.
 */
public final class ContractFilter implements Filter {

    private final IntFunction<ApiContract> contractByPort;

    /** @param contractByPort the contract of the server on a port, or null when that server has none */
    public ContractFilter(IntFunction<ApiContract> contractByPort) {
        this.contractByPort = contractByPort;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        Response answer = context.next(request, response);
        URI uri = URI.create(request.getURI());
        ApiContract contract = contractByPort.apply(uri.getPort());
        if (contract != null && uri.getRawPath().startsWith("/api/") && !corsRefusal(request, answer)) {
            contract.verify(request.getMethod(), uri.getRawPath(), answer.getStatusCode(), answer.getContentType(),
                    answer.asString());
        }
        return answer;
    }

    /**
     * The HTTP layer's CORS filter refusing a browser's request from an origin it does not allow: an empty 403 before
     * any route, part of the browser's protocol rather than of the API, so no document describes it.
     */
    private static boolean corsRefusal(FilterableRequestSpecification request, Response answer) {
        return request.getHeaders().hasHeaderWithName("Origin") && answer.getStatusCode() == 403
                && answer.asString().isEmpty();
    }
}
