package io.wirestream.sink.db;

import java.nio.file.Path;

/** The store on the embedded default: an H2 file database in PostgreSQL mode. */
class H2SinkStoreTest extends SinkStoreContract {

    @Override
    TestDatabase open(Path folder) {
        return TestDatabase.h2(folder);
    }
}
