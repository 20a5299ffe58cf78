package org.chinaauto.data.cache;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Answers repeated reads of {@code /api/} without redoing their work, and lets clients revalidate instead of
 * refetching. Every read checks the {@link DataVersion} first (a small query, shared by the reads that wait with
 * it): an answer is kept for the version it was computed at, keyed by the request's URI and Accept header, and
 * served while the version stays the same;
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

    @Inject
    ObjectMapper json;

    /**
     * The reads whose answers depend on the day as well as on the data (the release calendar: what is late changes at
     * midnight), by path: their answers are kept, and tagged, per day of the calendar's clock.
     */
    @ConfigProperty(name = "suite.answer-cache.dated-paths", defaultValue = "/api/calendar")
    Set<String> datedPaths;

    @Inject
    Clock clock;

    /**
     * The reads never kept (the change feed's: a long poll with nothing to list yet waits for the next change; kept,
     * its empty answer would be given again at once until the next load, and its pollers would spin).
     */
    @ConfigProperty(name = "suite.answer-cache.live-paths", defaultValue = "/api/changes")
    Set<String> livePaths;

    /** Off, every read is worked out again (the benchmark of queries at scale measures the queries so). */
    @ConfigProperty(name = "suite.answer-cache.enabled", defaultValue = "true")
    boolean enabled;

    /**
     * Runs on the event loop, so that an answer kept for the current version is served without a worker thread; the
     * endpoint runs (on a worker) only when there is none. If the version cannot be read, the request goes on
     * uncached and the endpoint reports what is wrong.
     */
    @ServerRequestFilter(nonBlocking = true)
    public Uni<Response> answer(ContainerRequestContext request, HttpServerRequest http) {
        if (!enabled || !HttpMethod.GET.equals(request.getMethod()) || !http.path().startsWith("/api/")
                || livePaths.contains(http.path())) {
            return Uni.createFrom().nullItem();
        }
        Context context = Vertx.currentContext();
        Uni<Long> current = Uni.createFrom().completionStage(versions::next);
        if (context != null) {
            current = current.emitOn(task -> context.runOnContext(ignored -> task.run()));
        }
        // the path and query as sent: the same request is the same key, without building a URI for each; a dated
        // answer is kept, and tagged, for the day it was worked out on
        String uri = datedPaths.contains(http.path()) ? http.uri() + " " + LocalDate.now(clock) : http.uri();
        Key key = new Key(uri, request.getHeaderString(HttpHeaders.ACCEPT));
        return current.map(version -> answer(request, key, version)).onFailure().recoverWithNull();
    }

    private Response answer(ContainerRequestContext request, Key key, long current) {
        EntityTag tag = new EntityTag(PROCESS + "-" + current + "-" + Integer.toHexString(key.hashCode()), true);
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            request.setProperty(PENDING, new Pending(current, key, tag, true));
            return Response.notModified(tag).build();
        }
        Answer kept = current == version ? answers.get(key) : null;
        request.setProperty(PENDING, new Pending(current, key, tag, kept != null));
        if (kept == null) {
            return null;
        }
        Response.ResponseBuilder answer = Response.ok(kept.entity(), kept.type());
        kept.headers().forEach((name, values) -> values.forEach(v -> answer.header(name, v)));
        return answer.build();
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
            Object entity = rendered(response);
            if (entity != null) {
                answers.put(pending.key(), new Answer(entity, response.getMediaType(), Map.copyOf(headers)));
            }
        }
    }

    /**
     * A JSON answer is kept as the bytes it is sent as, so that serving it again costs no rendering; this answer is
     * sent as those bytes too. Other answers are kept as they are. Null when the answer cannot be rendered here (it
     * is then sent as usual, and not kept).
     */
    private Object rendered(ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity instanceof byte[] || entity instanceof String || response.getMediaType() == null
                || !MediaType.APPLICATION_JSON_TYPE.isCompatible(response.getMediaType())) {
            return entity;
        }
        try {
            byte[] bytes = json.writeValueAsBytes(entity);
            response.setEntity(bytes);
            return bytes;
        } catch (JsonProcessingException e) {
            return null;
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
