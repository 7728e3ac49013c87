package org.extranet.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import com.vaadin.flow.server.streams.UploadResult;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * The product's upload handler: it keeps at most {@code maxBytes} of a file and stops reading one byte past
 * them, so an oversized upload costs no more memory than an allowed one (Vaadin's in-memory handler reads
 * the whole request first). A size the browser declares above the limit is refused before anything is
 * read. The file, or the refusal, is handed to the view in its UI's session.
 */
public final class LimitedUpload implements UploadHandler {

    /** The reason sent back with a refused file. */
    static final String TOO_LARGE = "File too large";
    /** The status the browser's upload component answers with its "file too large" text. */
    private static final int CONTENT_TOO_LARGE = 413;

    private final long maxBytes;
    private final SerializableBiConsumer<UploadMetadata, byte[]> received;
    private final SerializableRunnable tooLarge;

    public LimitedUpload(int maxBytes, SerializableBiConsumer<UploadMetadata, byte[]> received,
                         SerializableRunnable tooLarge) {
        this.maxBytes = maxBytes;
        this.received = received;
        this.tooLarge = tooLarge;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        var file = new UploadMetadata(event.getFileName(), event.getContentType(), event.getFileSize());
        byte[] bytes = event.getFileSize() > maxBytes ? null : readAtMost(event.getInputStream(), maxBytes);
        if (bytes == null) {
            event.reject(TOO_LARGE);
            ui.access(tooLarge::run);
        } else {
            ui.access(() -> received.accept(file, bytes));
        }
    }

    @Override
    public void responseHandled(UploadResult result) {
        boolean refusedBySize = result.exception() == null
                && result.rejectedFiles().stream().anyMatch(file -> TOO_LARGE.equals(file.reason()));
        if (refusedBySize) {
            result.response().setStatus(CONTENT_TOO_LARGE);
        } else {
            UploadHandler.super.responseHandled(result);
        }
    }

    /**
     * All of the stream when it holds at most {@code max} bytes, else null; never reads more than
     * {@code max + 1}. What the client still sends is left to the servlet container, which drops a
     * little of it and then closes the connection.
     */
    static byte @Nullable [] readAtMost(InputStream stream, long max) throws IOException {
        try (stream) {
            byte[] bytes = stream.readNBytes(Math.toIntExact(max + 1));
            return bytes.length > max ? null : bytes;
        }
    }
}
