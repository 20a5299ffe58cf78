package org.chinaauto.data.version;

import org.chinaauto.common.version.Attribution;

import org.chinaauto.data.load.RowErrors;

/**
 * The load columns of a figure's publication: {@code published} (as precise as published), {@code attribution}
 * (optional, {@code named} by default) and {@code attribution_note}, required when the publisher is inferred.
 */
public final class Publication {

    private static final String NOTE_REQUIRED = "is required when attribution is inferred: say why the publisher "
            + "is attributed although the source does not name it";

    private Publication() {
    }

    /** The cross-field rule of a streamed load's row check: an inferred publisher needs a note saying why. */
    public static void check(Attribution attribution, String attributionNote, RowErrors errors) {
        if (attribution == Attribution.INFERRED && attributionNote == null && !errors.failed("attribution_note")) {
            errors.error("attribution_note", NOTE_REQUIRED);
        }
    }
}
