package io.wirestream.local.process;

/**
 * A port that a local process needs is already taken. Raised before the process is started, so nothing is
 * left half-running; the message names the port, what it was for and how to pick another.
 */
public final class PortInUseException extends IllegalStateException {

    private final int port;

    public PortInUseException(String host, int port, String role, String howToChange) {
        super("Port " + port + " on " + host + " (" + role + ") is already in use. "
                + "Stop whatever listens there (see `ss -ltnp 'sport = :" + port + "'`) or choose another port: "
                + howToChange);
        this.port = port;
    }

    public int port() {
        return port;
    }
}
