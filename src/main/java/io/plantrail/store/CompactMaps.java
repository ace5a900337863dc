package io.plantrail.store;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * Opens the embedded store's document and index maps with {@link CompactStoredValues}. The
 * MongoDB-wire server opens its maps by name only, which gives H2's default types, and a map
 * already open is handed back as it is: so these are opened first, under their own names.
 */
final class CompactMaps {

    /** Where the wire server keeps a collection's documents: {@code databases.<db>.<collection>}. */
    static final String DOCUMENTS = "databases.";
    /** And each index: {@code <db>.<collection>._index_<name>}. */
    static final String INDEX = "._index_";

    private CompactMaps() {
    }

    /** Every document and index map already in the file, before the wire server opens them itself. */
    static void openAll(MVStore store) {
        store.getMapNames().stream().filter(CompactMaps::holdsDocumentsOrKeys).forEach(name -> open(store, name));
    }

    /** The map of this name, with the compact types where it holds documents or index keys and H2's own elsewhere. */
    static MVMap<Object, Object> open(MVStore store, String name) {
        if (!holdsDocumentsOrKeys(name)) {
            return store.openMap(name);
        }
        return store.openMap(name, new MVMap.Builder<Object, Object>()
                .keyType(new CompactStoredValues())
                .valueType(new CompactStoredValues()));
    }

    private static boolean holdsDocumentsOrKeys(String name) {
        return name.startsWith(DOCUMENTS) || name.contains(INDEX);
    }
}
