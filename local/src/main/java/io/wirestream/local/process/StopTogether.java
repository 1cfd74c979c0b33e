package io.wirestream.local.process;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs several stops at once and returns when all have finished. Each stop is a process's own shutdown (seconds of
 * a JVM closing its clients), and none waits on another, so the slowest alone sets the time. An interrupt does not cut
 * the wait short (a half-finished stop leaves processes holding ports); it is kept for the caller.
 */
public final class StopTogether {

    private StopTogether() {
    }

    public static void run(List<Runnable> stops) {
        List<Thread> threads = new ArrayList<>(stops.size());
        for (Runnable stop : stops) {
            threads.add(Thread.ofPlatform().name("stop-together").start(stop));
        }
        boolean interrupted = false;
        for (Thread thread : threads) {
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
