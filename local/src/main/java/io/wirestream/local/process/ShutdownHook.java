package io.wirestream.local.process;

/**
 * A JVM shutdown hook that stops a child on Ctrl-C. Correctness never depends on it (callers stop children
 * explicitly); it only spares the user orphaned processes holding ports after an interrupted run.
 */
public final class ShutdownHook {

    private final Thread thread;

    private ShutdownHook(Thread thread) {
        this.thread = thread;
    }

    public static ShutdownHook register(String name, Runnable action) {
        Thread thread = new Thread(action, "stop-" + name);
        Runtime.getRuntime().addShutdownHook(thread);
        return new ShutdownHook(thread);
    }

    /** Removes the hook after an explicit stop; harmless when the JVM is already shutting down. */
    public void unregister() {
        if (Thread.currentThread() == thread) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(thread);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: nothing to remove
        }
    }
}
