package io.wirestream.sink.db;

import java.nio.file.Path;

/** The store on the production database: the real PostgreSQL, each test in a schema of its own. */
class PostgresSinkStoreTest extends SinkStoreContract {

    @Override
    TestDatabase open(Path folder) {
        return TestDatabase.postgres();
    }
}
