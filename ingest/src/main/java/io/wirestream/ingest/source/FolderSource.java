package io.wirestream.ingest.source;

import io.wirestream.ingest.ArticlePublisher;
import io.wirestream.ingest.ArticleReader;
import io.wirestream.ingest.InputArticle;
import io.wirestream.ingest.InputProblem;
import io.wirestream.ingest.service.Source;
import io.wirestream.ingest.service.SourceMetrics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTimestampException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A watched folder: every new {@code .txt}/{@code .json}/{@code .jsonl} file directly in it is ingested once, then
 * moved aside, so the folder itself is the record of what is still to do (nothing to remember across restarts):
 * <ul>
 *   <li>{@code done/}: every article of the file was acknowledged by the broker; the skipped items (bad lines) are
 *   listed beside it in {@code done/<name>.problems.txt};</li>
 *   <li>{@code failed/}: the broker refused a record itself (too large, invalid), which a retry will not fix (the
 *   problems file says which);</li>
 *   <li>left in place: a send failed for any other reason (broker or registry away); the next poll sends the file
 *   again, and
 *   the deterministic ids make the repeats REDELIVERY downstream.</li>
 * </ul>
 * A file is taken only once its size and modification time are the same on two polls in a row, so one still being
 * written is not read half-way; writers that can should write a dot-file and rename it (dot-files are ignored).
 */
public final class FolderSource implements Source {

    private static final Logger log = LoggerFactory.getLogger(FolderSource.class);

    private final Path folder;
    private final Duration pollInterval;
    private final ArticleReader reader;
    private final ArticlePublisher publisher;
    private final SourceMetrics metrics;
    private Map<Path, String> lastSeen = Map.of();

    public FolderSource(Path folder, Duration pollInterval, ArticleReader reader, ArticlePublisher publisher,
                        SourceMetrics metrics) {
        this.folder = folder;
        this.pollInterval = pollInterval;
        this.reader = reader;
        this.publisher = publisher;
        this.metrics = metrics;
    }

    @Override
    public String name() {
        return metrics.source();
    }

    @Override
    public void run() throws InterruptedException {
        Source.pollUntilInterrupted(this::pollOnce, pollInterval);
    }

    /** One look at the folder: ingests the files that were already there, unchanged, at the previous look. */
    public void pollOnce() {
        Map<Path, String> now = new HashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).filter(FolderSource::isCandidate).sorted().toList()) {
                now.put(file, Files.size(file) + "@" + lastModified(file));
            }
        } catch (IOException e) {
            metrics.error();
            log.error("source {}: cannot list {}: {}", name(), folder, e.toString());
            return;
        }
        now.keySet().stream().sorted().filter(file -> now.get(file).equals(lastSeen.get(file)))
                .forEach(this::ingest);
        lastSeen = now;
    }

    private static boolean isCandidate(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && ArticleReader.isSupported(file);
    }

    private static FileTime lastModified(Path file) throws IOException {
        return Files.getLastModifiedTime(file);
    }

    private void ingest(Path file) {
        List<CompletableFuture<?>> sends = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        reader.read(file, (InputArticle article) -> {
            metrics.fetched(1);
            metrics.fresh(1);
            sends.add(metrics.counted(publisher.publish(article)));
        }, problem -> {
            metrics.error();
            problems.add(problem);
            log.warn("source {}: skipped {}", name(), problem);
        });
        publisher.flush();
        List<String> failures = new ArrayList<>();
        boolean retry = false;
        for (CompletableFuture<?> send : sends) {
            try {
                send.join();
            } catch (CompletionException e) {
                failures.add(String.valueOf(e.getCause()));
                retry |= !isTheRecordsFault(e.getCause());
            }
        }
        if (retry) {
            log.warn("source {}: {} of {} sends from {} failed for a passing reason; the file stays for the next poll",
                    name(), failures.size(), sends.size(), file);
            return;
        }
        String target = failures.isEmpty() ? "done" : "failed";
        try {
            moveAside(file, target, problems, failures);
            log.info("source {}: {} -> {}/ ({} articles, {} skipped, {} failed)", name(), file.getFileName(), target,
                    sends.size(), problems.size(), failures.size());
        } catch (IOException e) {
            metrics.error();
            log.error("source {}: cannot move {} to {}/: {}", name(), file, target, e.toString());
        }
    }

    /**
     * A failure a retry will not fix: the record itself is refused. Anything else (broker or registry away, a
     * timeout) is passing: the registry being unreachable reaches us as a SerializationException, not as a
     * RetriableException, so the test is this way round.
     */
    private static boolean isTheRecordsFault(Throwable error) {
        return error instanceof RecordTooLargeException || error instanceof InvalidTimestampException
                || error instanceof InvalidRecordException || error instanceof IllegalArgumentException;
    }

    private void moveAside(Path file, String target, List<InputProblem> problems, List<String> failures)
            throws IOException {
        Path dir = Files.createDirectories(folder.resolve(target));
        String name = file.getFileName().toString();
        Path destination = dir.resolve(name);
        if (Files.exists(destination)) { // the same name dropped again: keep both
            destination = dir.resolve(System.currentTimeMillis() + "-" + name);
        }
        if (!problems.isEmpty() || !failures.isEmpty()) {
            List<String> lines = new ArrayList<>();
            problems.forEach(p -> lines.add("skipped " + p));
            failures.forEach(f -> lines.add("failed " + f));
            Files.write(dir.resolve(destination.getFileName() + ".problems.txt"), lines);
        }
        Files.move(file, destination, StandardCopyOption.ATOMIC_MOVE);
    }
}
