package org.chinaauto.e2e.badinput;

/**
 * One bad request of the corpus: what it tries (for the report), the operation it targets, and the request itself.
 *
 * @param uri the path and query, relative to the service's base URL
 * @param contentType the body's media type (null without a body)
 * @param body the body's bytes (null without a body)
 * @param raw when not null, the whole request as bytes on a socket (for what an HTTP client refuses to send)
 */
record BadInput(String what, ApiOperation operation, String service, String method, String uri, String contentType,
        byte[] body, byte[] raw) {

    static BadInput request(String what, ApiOperation operation, String service, String method, String uri,
            String contentType, byte[] body) {
        return new BadInput(what, operation, service, method, uri, contentType, body, null);
    }

    static BadInput raw(String what, ApiOperation operation, String service, byte[] request) {
        return new BadInput(what, operation, service, null, null, null, null, request);
    }

    @Override
    public String toString() {
        return operation + " [" + what + "]" + (uri == null ? "" : " " + (uri.length() > 120 ? uri.substring(0, 120) + "..." : uri));
    }
}
