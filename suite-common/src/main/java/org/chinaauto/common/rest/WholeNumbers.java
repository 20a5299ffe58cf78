package org.chinaauto.common.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import org.chinaauto.common.problem.InvalidInputException;

/**
 * Reads whole-number query and path parameters ({@code page=}, {@code size=}, {@code year=}) so that one that is not a
 * number, or too large for one, is a 400 problem naming the parameter. Without it the JAX-RS rule applies: a query
 * parameter that cannot be converted makes the resource "not found", a misleading 404.
 */
@Provider
public class WholeNumbers implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> type, Type genericType, Annotation[] annotations) {
        if (type != Integer.class && type != int.class) {
            return null;
        }
        String name = name(annotations);
        return (ParamConverter<T>) new ParamConverter<Integer>() {
            @Override
            public Integer fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return Integer.valueOf(value.trim());
                } catch (NumberFormatException e) {
                    throw new BadRequestException(new InvalidInputException(name,
                            name + " must be a whole number below 2147483648, got '" + value + "'"));
                }
            }

            @Override
            public String toString(Integer value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String name(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
        }
        return "parameter";
    }
}
