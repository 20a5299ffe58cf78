package org.chinaauto.e2e.badinput;

/**
 * One bad request of the corpus: what it tries (for the report), the operation it targets, and the request itself.
 *
 * @param uri the path and query, relative to the service's base URL
 * @param contentType the body's media type (null without a body)
 * @param body the body's bytes (null without a body)
 * @param raw when not null, the whole request as bytes on a socket (for what an HTTP client refuses to send)
 * @param authorization the Authorization header, where {@value #TOKEN} stands for the editor's token (null: none; a
 *        write carries the editor's bearer token unless the case is about the token)
 */
record BadInput(String what, ApiOperation operation, String service, String method, String uri, String contentType,
        byte[] body, byte[] raw, String authorization) {

    /** Stands for the editor's token, which the suite makes when it starts. */
    static final String TOKEN = "%TOKEN%";
    static final String EDITOR = "Bearer " + TOKEN;

    /** A request as a client sends it: a read without a token, a write with the editor's. */
    static BadInput request(String what, ApiOperation operation, String service, String method, String uri,
            String contentType, byte[] body) {
        return new BadInput(what, operation, service, method, uri, contentType, body, null,
                "GET".equals(method) ? null : EDITOR);
    }

    static BadInput raw(String what, ApiOperation operation, String service, byte[] request) {
        return new BadInput(what, operation, service, null, null, null, null, request, null);
    }

    /** The same request with other credentials (null: no Authorization header at all). */
    BadInput authorizedBy(String what, String header) {
        return new BadInput(what, operation, service, method, uri, contentType, body, raw, header);
    }

    @Override
    public String toString() {
        return operation + " [" + what + "]" + (uri == null ? "" : " " + (uri.length() > 120 ? uri.substring(0, 120) + "..." : uri));
    }
}
