package org.chinaauto.deliveries.service;

import jakarta.inject.Inject;

import org.chinaauto.data.load.BulkLoader;
import org.chinaauto.data.load.LoadTarget;
import org.chinaauto.data.load.RowCheck;
import org.chinaauto.data.load.RowErrors;

/**
 * A bulk load whose rows name a brand or a group: the catalogue's slugs are read once a batch, before its rows
 * stream in, and each row is checked against them.
 *
 * @param <R> the row type
 */
abstract class CatalogCheckedLoader<R> extends BulkLoader<R> {

    @Inject
    Catalog catalog;

    protected CatalogCheckedLoader(Class<R> type, Format format, LoadTarget target) {
        super(type, format, target);
    }

    @Override
    protected final RowCheck<R> rowCheck() {
        Slugs slugs = catalog.slugs();
        return (row, errors) -> stage(row, errors, slugs);
    }

    /** The rules that span columns, and the row's values in the order of the target's columns. */
    abstract Object[] stage(R row, RowErrors errors, Slugs slugs);
}
