package org.chinaauto.common.cache;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Answers repeated reads of {@code /api/} without redoing their work, and lets clients revalidate instead of
 * refetching. Every read checks the {@link DataVersion} first (one small query): an answer is kept for the version
 * it was computed at, keyed by the request's URI and Accept header, and served while the version stays the same;
 * any committed load raises the version, on whichever replica it ran, so that no read after it is answered from
 * before it. Each answer carries a weak {@code ETag} naming this process, the data version and the request; an
 * {@code If-None-Match} that names it gets 304 without the work.
 */
@ApplicationScoped
public class AnswerCache {

    /** Answers kept at most (for the current version): a bound on memory, not a working-set estimate. */
    static final int MAX_ANSWERS = 500;

    private static final String PENDING = AnswerCache.class.getName();
    /** Tells apart the answers of processes that may render the same data differently (another build). */
    private static final String PROCESS = UUID.randomUUID().toString().substring(0, 8);

    private record Key(String uri, String accept) {
    }

    private record Answer(Object entity, MediaType type, Map<String, List<Object>> headers) {
    }

    /** A read in flight: the version it was read at, its key and tag, and whether it was answered from the cache. */
    private record Pending(long version, Key key, EntityTag tag, boolean served) {
    }

    private final Map<Key, Answer> answers = new ConcurrentHashMap<>();
    private volatile long version = -1;

    @Inject
    DataVersion versions;

    /** Off, every read is worked out again (the benchmark of queries at scale measures the queries so). */
    @ConfigProperty(name = "suite.answer-cache.enabled", defaultValue = "true")
    boolean enabled;

    @ServerRequestFilter
    public Optional<Response> answer(ContainerRequestContext request) {
        if (!HttpMethod.GET.equals(request.getMethod()) || !request.getUriInfo().getPath().startsWith("/api/")
                || !enabled || !versions.kept()) {
            return Optional.empty();
        }
        long current = versions.current();
        Key key = new Key(request.getUriInfo().getRequestUri().toString(), request.getHeaderString(HttpHeaders.ACCEPT));
        EntityTag tag = new EntityTag(PROCESS + "-" + current + "-" + Integer.toHexString(key.hashCode()), true);
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            request.setProperty(PENDING, new Pending(current, key, tag, true));
            return Optional.of(Response.notModified(tag).build());
        }
        Answer kept = current == version ? answers.get(key) : null;
        request.setProperty(PENDING, new Pending(current, key, tag, kept != null));
        if (kept == null) {
            return Optional.empty();
        }
        Response.ResponseBuilder answer = Response.ok(kept.entity(), kept.type());
        kept.headers().forEach((name, values) -> values.forEach(v -> answer.header(name, v)));
        return Optional.of(answer.build());
    }

    @ServerResponseFilter
    public void keep(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(PENDING) instanceof Pending pending)) {
            return;
        }
        if (response.getStatus() != 200) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.ETAG, pending.tag());
        if (pending.served() || response.getEntity() == null) {
            return;
        }
        if (pending.version() > version) {
            synchronized (this) {
                if (pending.version() > version) {
                    answers.clear();
                    version = pending.version();
                }
            }
        }
        if (pending.version() == version && answers.size() < MAX_ANSWERS) {
            Map<String, List<Object>> headers = new LinkedHashMap<>();
            response.getHeaders().forEach((name, values) -> {
                if (!HttpHeaders.ETAG.equalsIgnoreCase(name) && !HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)
                        && !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                    headers.put(name, List.copyOf(values));
                }
            });
            answers.put(pending.key(), new Answer(response.getEntity(), response.getMediaType(), Map.copyOf(headers)));
        }
    }

    /** True when an If-None-Match header names the tag (or is "*"). */
    static boolean matches(String ifNoneMatch, EntityTag tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String wanted = tag.getValue();
        for (String part : ifNoneMatch.split(",")) {
            String t = part.trim();
            if (t.equals("*")) {
                return true;
            }
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") && t.substring(1, t.length() - 1).equals(wanted)) {
                return true;
            }
        }
        return false;
    }
}
