package io.wirestream.sink.api;

import io.wirestream.sink.db.TestDatabase;
import java.nio.file.Path;

class PostgresReadQueriesTest extends ReadQueriesContract {

    @Override
    TestDatabase open(Path folder) {
        return TestDatabase.postgres();
    }
}
