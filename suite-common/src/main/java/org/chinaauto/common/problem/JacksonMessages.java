package org.chinaauto.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Jackson's parse errors, without the parser internals that mean nothing to a caller. */
public final class JacksonMessages {

    private JacksonMessages() {
    }

    public static String clean(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            return "unreadable input";
        }
        int newline = message.indexOf('\n');
        message = newline > 0 ? message.substring(0, newline) : message;
        return message.replaceAll("\\s*\\(start marker at \\[Source:[^\\]]*\\][^)]*\\)", "")
                .replaceAll("\\s*at \\[Source:[^\\]]*\\]", "").trim();
    }
}
