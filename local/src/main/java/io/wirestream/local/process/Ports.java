package io.wirestream.local.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Port checks done before a process starts, and free-port picking for tests. */
public final class Ports {

    public static final int MIN = 1;
    public static final int MAX = 65_535;

    private Ports() {
    }

    /**
     * True when a listener could bind {@code host:port} now. Binding (rather than connecting) is the check
     * because it fails on exactly what would make the child's own bind fail, including wildcard listeners.
     */
    public static boolean isFree(String host, int port) {
        requireValid(port, "port");
        try (ServerSocket socket = new ServerSocket()) {
            // SO_REUSEADDR (the JDK's default on Linux) ignores TIME_WAIT leftovers of a stopped process, as the child would
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Throws {@link PortInUseException} naming the port, its role and how to choose another. */
    public static void requireFree(String host, int port, String role, String howToChange) {
        if (!isFree(host, port)) {
            throw new PortInUseException(host, port, role, howToChange);
        }
    }

    /** A port the OS reports free right now on {@code host}; for tests that must not collide with each other. */
    public static int pickFree(String host) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("could not pick a free port on " + host, e);
        }
    }

    /**
     * {@code count} distinct free ports on {@code host}: all sockets stay open until every port is picked, so
     * the OS cannot hand out the same port twice.
     */
    public static int[] pickFree(String host, int count) {
        if (count < 1 || count > 100) {
            throw new IllegalArgumentException("count must be between 1 and 100, was " + count);
        }
        java.util.List<ServerSocket> open = new java.util.ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket();
                open.add(socket);
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(InetAddress.getByName(host), 0));
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("could not pick " + count + " free ports on " + host, e);
        } finally {
            for (ServerSocket socket : open) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing a bound, unconnected socket does not fail in practice
                }
            }
        }
    }

    /** Validates a configured port number; names the setting in the message. */
    public static int requireValid(int port, String setting) {
        if (port < MIN || port > MAX) {
            throw new IllegalArgumentException(setting + " must be between " + MIN + " and " + MAX + ", was " + port);
        }
        return port;
    }
}
