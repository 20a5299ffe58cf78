package org.chinaauto.data.feed;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Changes in commit order after a number of the feed: to poll without missing any, ask again with
 * {@code after=<next>}.
 */
@Schema(name = "ChangePage")
public record ChangePage(List<ChangeEvent> changes,
        @Schema(description = "The number the page starts after (for since=, the last change committed before it)") long after,
        @Schema(description = "The number to ask after next: the last change of the page, or after when it has none") long next,
        @Schema(description = "The last number of the feed when the page was read") long latest) {
}
