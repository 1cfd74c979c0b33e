package io.wirestream.enrich.recovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears the local state a killed exactly-once instance left behind, before Kafka Streams starts.
 *
 * <p>Under exactly-once a task deletes its {@code .checkpoint} file once it has read it, and writes it again only on
 * a clean close; a task directory that holds stores but no checkpoint is what a SIGKILL leaves. Kafka Streams would
 * open those stores at start, find them corrupted, close the tasks dirty, wipe them and ask for a second rebalance
 * before restoring from the changelogs: seconds of a restart spent on state it then throws away. Wiping those task
 * directories first leads to the same restore without the detour. Task directories with a checkpoint (a clean stop),
 * and the process file that keeps the instance's id (and so its transactional ids), are kept.
 */
public final class UncleanStopState {

    private static final Logger log = LoggerFactory.getLogger(UncleanStopState.class);
    /** Kafka Streams' task directory names: subtopology_partition, with an optional named-topology prefix. */
    private static final Pattern TASK_DIRECTORY = Pattern.compile("(?:__.+__)?\\d+_\\d+");
    private static final String CHECKPOINT = ".checkpoint";

    private UncleanStopState() {
    }

    /**
     * Deletes the task directories under {@code stateDir/applicationId} that hold stores but no checkpoint, and
     * returns their names. Call only while no Kafka Streams instance of this application uses the directory.
     */
    public static List<String> clear(Path stateDir, String applicationId) {
        Path application = stateDir.resolve(applicationId);
        if (!Files.isDirectory(application)) {
            return List.of();
        }
        List<String> cleared = new ArrayList<>();
        try (Stream<Path> tasks = Files.list(application)) {
            for (Path task : tasks.sorted().toList()) {
                String name = task.getFileName().toString();
                if (Files.isDirectory(task) && TASK_DIRECTORY.matcher(name).matches()
                        && !Files.exists(task.resolve(CHECKPOINT)) && holdsStores(task)) {
                    deleteTree(task);
                    cleared.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the state a crash left in " + application, e);
        }
        if (!cleared.isEmpty()) {
            log.info("the last run stopped without closing: the local state of tasks {} is rebuilt from the changelogs "
                    + "(exactly-once keeps no checkpoint through a crash)", cleared);
        }
        return cleared;
    }

    private static boolean holdsStores(Path task) throws IOException {
        try (Stream<Path> entries = Files.list(task)) {
            return entries.anyMatch(entry -> !entry.getFileName().toString().startsWith("."));
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
