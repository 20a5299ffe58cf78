package org.chinaauto.gateway.client;

import java.lang.reflect.Type;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * A read the views make of a data service: the service, the path under its {@code /api/} (a template whose
 * {@code {names}} take values) and the type its JSON answer is read into. The reads are declared once, in
 * {@code downstream.Reads}, where the build checks each type against the service's document.
 */
public record Read<T>(String downstream, String template, Type type) {

    public static <T> Read<T> of(String downstream, String template, Class<T> type) {
        return new Read<>(downstream, template, type);
    }

    public static <T> Read<T> of(String downstream, String template, TypeReference<T> type) {
        return new Read<>(downstream, template, type.getType());
    }
}
