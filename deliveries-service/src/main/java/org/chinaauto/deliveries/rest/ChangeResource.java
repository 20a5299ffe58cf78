package org.chinaauto.deliveries.rest;

import jakarta.ws.rs.Path;

import org.chinaauto.data.rest.ChangeFeedResource;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/changes")
@Tag(name = "Changes", description = "The change feed: every committed change of a figure, in commit order")
public class ChangeResource extends ChangeFeedResource {
}
