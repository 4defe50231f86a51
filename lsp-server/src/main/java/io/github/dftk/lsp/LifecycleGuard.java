package io.github.dftk.lsp;

import java.util.function.Function;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;

/**
 * The protocol's lifecycle, which lsp4j does not enforce: before {@code initialize} a request
 * is answered {@code ServerNotInitialized} and a notification other than {@code exit} dropped;
 * after {@code shutdown} a request is answered {@code InvalidRequest}.
 *
 * <p>A wrapper for {@code Launcher.Builder.wrapMessages}, which lsp4j applies to the outgoing
 * stream and then to the incoming one (the {@link RemoteEndpoint}); the guard answers refused
 * requests on the outgoing one. One guard serves one connection.
 */
final class LifecycleGuard implements Function<MessageConsumer, MessageConsumer> {

    private MessageConsumer outgoing;
    private boolean initialized;
    private boolean shutDown;

    @Override
    public MessageConsumer apply(MessageConsumer consumer) {
        if (!(consumer instanceof RemoteEndpoint)) {
            outgoing = consumer;
            return consumer;
        }
        if (outgoing == null) { // lsp4j changed the order it wraps in: fail loudly, not silently
            throw new IllegalStateException("lsp4j wrapped the incoming stream before the outgoing one");
        }
        return message -> {
            if (admit(message)) {
                consumer.consume(message);
            }
        };
    }

    /** Whether the server gets {@code message}; answers the requests it refuses. Messages come one at a time. */
    private boolean admit(Message message) {
        if (message instanceof RequestMessage request) {
            if (!initialized && !"initialize".equals(request.getMethod())) {
                refuse(request, ResponseErrorCode.ServerNotInitialized, "the server is not initialized yet");
                return false;
            }
            if (shutDown) {
                refuse(request, ResponseErrorCode.InvalidRequest, "the server is shut down: only exit may follow");
                return false;
            }
            initialized = true;
            shutDown = "shutdown".equals(request.getMethod());
            return true;
        }
        if (message instanceof NotificationMessage notification) {
            return initialized || "exit".equals(notification.getMethod());
        }
        return true; // responses to the server's own requests
    }

    private void refuse(RequestMessage request, ResponseErrorCode code, String why) {
        ResponseMessage response = new ResponseMessage();
        response.setRawId(request.getRawId());
        response.setError(new ResponseError(code, request.getMethod() + ": " + why, null));
        outgoing.consume(response);
    }
}
