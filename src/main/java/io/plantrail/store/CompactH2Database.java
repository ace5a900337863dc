package io.plantrail.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import java.util.List;
import org.h2.mvstore.MVStore;

/** The wire server's database on the H2 file, with each new collection and index in the compact form. */
final class CompactH2Database extends H2Database {

    /** Null while the superclass constructor opens the collections already in the file: {@link CompactMaps#openAll} opened those. */
    private final MVStore store;

    CompactH2Database(String name, MVStore store, CursorRegistry cursors) {
        super(name, store, cursors);
        this.store = store;
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        if (store != null) {
            CompactMaps.open(store, CompactMaps.DOCUMENTS + getFullCollectionNamespace(collectionName));
        }
        return super.openOrCreateCollection(collectionName, options);
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        if (store != null) {
            CompactMaps.open(store, getFullCollectionNamespace(collectionName) + CompactMaps.INDEX + indexName);
        }
        return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
    }
}
