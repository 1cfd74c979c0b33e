package io.wirestream.sink.api;

import io.wirestream.sink.db.TestDatabase;
import java.nio.file.Path;

class H2ReadQueriesTest extends ReadQueriesContract {

    @Override
    TestDatabase open(Path folder) {
        return TestDatabase.h2(folder);
    }
}
