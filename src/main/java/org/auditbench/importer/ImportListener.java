package org.auditbench.importer;

/** Hears how far an import has got and may cancel it; cancelling rolls the whole import back. */
public interface ImportListener {

    ImportListener NONE = new ImportListener() {
    };

    /** Called every few thousand records with the number read so far. */
    default void progress(long records) {
    }

    default boolean cancelled() {
        return false;
    }
}
