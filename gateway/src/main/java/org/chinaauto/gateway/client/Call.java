package org.chinaauto.gateway.client;

import java.util.Arrays;
import java.util.function.Function;

import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

/**
 * One GET to a downstream: the key its answer is known under (the operation and every parameter, snapshot
 * included, so that an answer is only ever reused for the same request), and the request itself, given the ETag
 * of the answer known for it (null when none) to send as If-None-Match. A call that is not {@code remembered} is
 * neither cached nor revalidated nor served stale (pass-through reads).
 */
record Call<T>(String downstream, String key, Function<String, Uni<RestResponse<T>>> request, boolean remembered) {

    /** Items a view reads of a list: one page, as large as the services allow. */
    static final int PAGE = 1000;

    static <T> Call<T> of(String downstream, Function<String, Uni<RestResponse<T>>> request, String operation,
            Object... parameters) {
        return new Call<>(downstream, operation + Arrays.toString(parameters), request, true);
    }
}
