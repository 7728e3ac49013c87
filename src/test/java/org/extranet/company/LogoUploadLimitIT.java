package org.extranet.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;
import static org.extranet.db.Tables.COMPANY_LOGO;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.extranet.Fixtures;
import org.extranet.browser.BrowserTest;
import org.extranet.ui.LoginPage;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator's browser opens the logo page; the test then posts to the upload's address itself, with
 * the browser's session, as an attacker would: a real logo first (the door is the right one), then 200 MB
 * made up while they are sent, raw as the browser sends files and as a multipart form, to the address the
 * page names and to Vaadin's servlet directly. Each is refused after a few megabytes. It runs alone:
 * what the JVM allocates and keeps meanwhile is measured, and another test would add to it.
 */
@Isolated
class LogoUploadLimitIT extends BrowserTest {

    private static final long HUGE = 200L * 1024 * 1024;
    /** What the client may get into the connection before the refusal: the limit, what the server drops, socket buffers. */
    private static final long SENT_AT_MOST = 24L * 1024 * 1024;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final String BOUNDARY = "----logo-upload-boundary";

    @Autowired Fixtures fixtures;
    @Autowired DSLContext db;

    private record Sent(long bytes, String answer) {
    }

    @Test
    void an_upload_of_200_mb_is_refused_after_a_few_megabytes_whichever_way_it_is_posted() {
        long company = fixtures.company();
        open("/login");
        new LoginPage(driver).signIn(fixtures.user(company, "MANAGE_USERS"), Fixtures.PASSWORD);
        open("/company-logo");
        String target = (String) ((JavascriptExecutor) driver).executeScript(
                "return document.querySelector('vaadin-upload').target");
        String session = driver.manage().getCookieNamed("JSESSIONID").getValue();

        byte[] logo = LogoFiles.png(300, 100);
        Sent accepted = raw("/" + target, session, new ByteArrayInputStream(logo), logo.length);
        assertThat(accepted.answer()).isEqualTo("200");
        assertThat(db.fetchCount(COMPANY_LOGO, COMPANY_LOGO.COMPANY_ID.eq(company))).isOne();

        assertSoftly(softly -> {
            for (String path : List.of("/" + target, "/vaadinServlet/" + target)) {
                for (boolean multipart : new boolean[] {false, true}) {
                    long heapBefore = usedHeapAfterGc();
                    long allocatedBefore = THREADS.getTotalThreadAllocatedBytes();
                    long started = System.nanoTime();

                    var body = MadeUpBody.png(HUGE);
                    Sent sent = multipart ? multipart(path, session, body) : raw(path, session, body, HUGE);

                    long allocated = THREADS.getTotalThreadAllocatedBytes() - allocatedBefore;
                    long heapGrowth = usedHeapAfterGc() - heapBefore;
                    String upload = (multipart ? "multipart" : "raw") + " to " + path.substring(0, path.indexOf("VAADIN"));
                    System.out.printf("200 MB %s: %s after %d bytes sent in %d ms; %d bytes allocated in the JVM, "
                                    + "heap after GC grew by %d bytes%n", upload, sent.answer(), sent.bytes(),
                            (System.nanoTime() - started) / 1_000_000, allocated, heapGrowth);
                    softly.assertThat(sent.bytes()).as("bytes sent, " + upload).isLessThan(SENT_AT_MOST);
                    softly.assertThat(sent.answer()).as("answer, " + upload).isNotEqualTo("200");
                    softly.assertThat(allocated).as("bytes allocated, " + upload).isLessThan(64L * 1024 * 1024);
                    softly.assertThat(heapGrowth).as("heap growth, " + upload).isLessThan(8L * 1024 * 1024);
                }
            }
        });
    }

    /** As the browser's upload sends a file: the bytes as the body, the name in a header. */
    private Sent raw(String path, String session, InputStream body, long length) {
        return post(path, session, "image/png\r\nX-Filename: logo.png", body, length);
    }

    private Sent multipart(String path, String session, InputStream file) {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"logo.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        var body = new SequenceInputStream(new SequenceInputStream(new ByteArrayInputStream(head), file),
                new ByteArrayInputStream(tail));
        return post(path, session, "multipart/form-data; boundary=" + BOUNDARY, body, head.length + HUGE + tail.length);
    }

    /**
     * Sends the body until the server answers or closes the connection; the answer is the status code, or
     * "closed" when the connection was closed before an answer could be read.
     */
    private Sent post(String path, String session, String contentType, InputStream body, long length) {
        int port = URI.create(url("/")).getPort();
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            var out = socket.getOutputStream();
            var in = socket.getInputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nCookie: JSESSIONID=" + session
                    + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] buffer = new byte[64 * 1024];
            long sent = 0;
            try {
                for (int n; in.available() == 0 && (n = body.read(buffer)) > 0; sent += n) {
                    out.write(buffer, 0, n);
                }
                out.flush();
            } catch (IOException closedByTheServer) {
                // The server stopped reading and closed the connection: what was sent is what counts.
            }
            return new Sent(sent, status(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String status(InputStream in) {
        try {
            var line = new StringBuilder();
            for (int c; (c = in.read()) != -1 && c != '\r'; ) {
                line.append((char) c);
            }
            String[] parts = line.toString().split(" ");
            return parts.length > 1 ? parts[1] : "closed";
        } catch (IOException reset) {
            return "closed";
        }
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
