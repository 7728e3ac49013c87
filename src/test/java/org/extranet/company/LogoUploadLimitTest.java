package org.extranet.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
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
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.base.ui.ViewTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The logo page's upload handler, called as the server calls it for a request, with the request's body
 * made up while it is read: a 200 MB upload never exists anywhere, so what the handler reads and keeps
 * can be measured.
 */
@SpringBootTest
@ViewPackages(packages = "org.extranet")
class LogoUploadLimitTest extends ViewTest {

    private static final long HUGE = 200L * 1024 * 1024;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired CompanyLogoService logos;

    long company;

    @BeforeEach
    void administratorOnTheLogoPage() {
        company = fixtures.company();
        signIn.as(fixtures.user(company, "MANAGE_USERS"));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(CompanyLogoView.class);
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void a_200_mb_upload_is_refused_after_reading_just_past_the_limit_and_takes_no_memory() throws IOException {
        var body = MadeUpBody.png(HUGE);
        var event = event("logo.png", -1, body);
        long heapBefore = usedHeapAfterGc();
        long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();

        handle(event);

        long allocated = THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore;
        long heapGrowth = usedHeapAfterGc() - heapBefore;
        System.out.printf("200 MB upload: %d bytes read, %d bytes allocated, heap after GC grew by %d bytes%n",
                body.bytesRead(), allocated, heapGrowth);
        assertThat(body.bytesRead()).as("bytes read").isLessThanOrEqualTo(CompanyLogoService.MAX_BYTES + 64L * 1024);
        assertThat(allocated).as("bytes allocated while handling the upload").isLessThan(16L * 1024 * 1024);
        assertThat(heapGrowth).as("heap growth").isLessThan(8L * 1024 * 1024);
        assertThat(event.isRejected()).isTrue();
        assertThat(error()).isEqualTo("The file is larger than 2 MB. Choose a smaller image, or save it with stronger compression.");
        assertThat(logos.logo(company)).isEmpty();
    }

    @Test
    void an_upload_declaring_more_than_the_limit_is_refused_before_a_byte_is_read() throws IOException {
        var body = MadeUpBody.png(HUGE);

        var event = handle(event("logo.png", HUGE, body));

        assertThat(body.bytesRead()).isZero();
        assertThat(event.isRejected()).isTrue();
        assertThat(error()).startsWith("The file is larger than 2 MB.");
    }

    @Test
    void a_file_of_exactly_the_limit_is_read_whole_and_stored() throws IOException {
        byte[] png = Arrays.copyOf(LogoFiles.png(300, 100), CompanyLogoService.MAX_BYTES);

        var event = handle(event("logo.png", -1, new ByteArrayInputStream(png)));

        assertThat(event.isRejected()).isFalse();
        assertThat(error()).isEmpty();
        assertThat(logos.logo(company)).get().extracting(CompanyLogo::width).isEqualTo(300);
    }

    /** What the server makes of a request to the upload's address: the file, its declared size, the body. */
    private UploadEvent event(String fileName, long declaredSize, InputStream body) throws IOException {
        var request = mock(VaadinRequest.class);
        when(request.getInputStream()).thenReturn(body);
        return new UploadEvent(request, mock(VaadinResponse.class), VaadinSession.getCurrent(), fileName,
                declaredSize, "image/png", find(Upload.class).single().getElement(), null);
    }

    /** Hands the request to the upload's handler, then lets the page take its turn. */
    private UploadEvent handle(UploadEvent event) throws IOException {
        handlerOf(find(Upload.class).single()).handleUploadRequest(event);
        VaadinSession.getCurrent().getService().runPendingAccessTasks(VaadinSession.getCurrent());
        return event;
    }

    /** The handler registered under the address the browser posts the file to. */
    private static UploadHandler handlerOf(Upload upload) {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        var target = URI.create(upload.getElement().getAttribute("target"));
        return (UploadHandler) VaadinSession.getCurrent().getResourceRegistry()
                .getResource(StreamResourceRegistry.ElementStreamResource.class, target)
                .orElseThrow().getElementRequestHandler();
    }

    private String error() {
        return find(Paragraph.class).withClassName("upload-error").single().getText();
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
