package io.wirestream.sink.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Writes HTTP responses: JSON bodies, error objects and plain resources. */
final class JsonResponses {

    static final String JSON_TYPE = "application/json; charset=utf-8";
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonResponses() {
    }

    static void json(Response response, Callback callback, int status, Object body) throws IOException {
        send(response, callback, status, JSON_TYPE, JSON.writeValueAsBytes(body));
    }

    static void error(Response response, Callback callback, int status, String message) throws IOException {
        json(response, callback, status, errorBody(status, message));
    }

    static Map<String, Object> errorBody(int status, String message) {
        return Map.of("error", message, "status", status);
    }

    static byte[] errorBytes(int status, String message) {
        try {
            return JSON.writeValueAsBytes(errorBody(status, message));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a JSON error", e);
        }
    }

    static void send(Response response, Callback callback, int status, String contentType, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
