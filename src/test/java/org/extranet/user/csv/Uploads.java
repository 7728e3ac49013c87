package org.extranet.user.csv;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.stream.Stream;

/** A file sent to the import page's upload as the server hands a request to its handler, then the page's turn. */
final class Uploads {

    private Uploads() {
    }

    private static Upload upload() {
        return UI.getCurrent().getChildren().flatMap(Uploads::descendants).filter(Upload.class::isInstance)
                .map(Upload.class::cast).findFirst().orElseThrow();
    }

    private static Stream<Component> descendants(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(Uploads::descendants));
    }

    static void upload(byte[] file) throws IOException {
        handle(event(new ByteArrayInputStream(file)));
    }

    static UploadEvent event(InputStream body) throws IOException {
        var request = mock(VaadinRequest.class);
        when(request.getInputStream()).thenReturn(body);
        return new UploadEvent(request, mock(VaadinResponse.class), VaadinSession.getCurrent(), "users.csv", -1,
                "text/csv", upload().getElement(), null);
    }

    static UploadEvent handle(UploadEvent event) throws IOException {
        Upload upload = upload();
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        var target = URI.create(upload.getElement().getAttribute("target"));
        var handler = (UploadHandler) VaadinSession.getCurrent().getResourceRegistry()
                .getResource(StreamResourceRegistry.ElementStreamResource.class, target)
                .orElseThrow().getElementRequestHandler();
        handler.handleUploadRequest(event);
        VaadinSession.getCurrent().getService().runPendingAccessTasks(VaadinSession.getCurrent());
        return event;
    }
}
