package org.chinaauto.gateway.rest;

import org.chinaauto.common.problem.InvalidInputException;

/** Brand and group slugs as the deliveries service names them; checked before they go into a URL path. */
public final class Slug {

    private Slug() {
    }

    public static String check(String slug) {
        if (slug == null || !slug.matches("[a-z0-9][a-z0-9-]{0,62}")) {
            throw new InvalidInputException("slug", "'" + slug + "' is not a slug: lower-case letters, digits and dashes");
        }
        return slug;
    }
}
