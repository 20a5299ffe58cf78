package org.chinaauto.common.rest;

import jakarta.inject.Singleton;

import io.quarkus.jackson.ObjectMapperCustomizer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;

/**
 * JSON is written and read through accessors generated once per property (Jackson's Blackbird) instead of a
 * reflective call per property and value: the views are records of records, and writing them is most of what a
 * read costs once its data is known.
 */
@Singleton
public class JsonAccessors implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new BlackbirdModule());
    }
}
