package io.wirestream.sink.api;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers before our handler runs (an unparseable request line, a bad percent-encoding in the
 * path, an ambiguous URI) in the API's own JSON shape instead of Jetty's HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        SecurityHeaders.addTo(response.getHeaders());
        JsonResponses.send(response, callback, code, JsonResponses.JSON_TYPE,
                JsonResponses.errorBytes(code, describe(code, message)));
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, JsonResponses.JSON_TYPE);
        SecurityHeaders.addTo(fields);
        return ByteBuffer.wrap(JsonResponses.errorBytes(status, describe(status, reason)));
    }

    /** Jetty's reasons name the broken rule ("Ambiguous URI path encoding"); they carry no internals. */
    private static String describe(int code, String message) {
        String reason = message == null || message.isBlank() ? HttpStatus.getMessage(code) : message;
        return code == 400 ? "bad request: " + reason : reason;
    }
}
