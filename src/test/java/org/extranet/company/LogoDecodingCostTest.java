package org.extranet.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Decoding a logo costs what a logo needs, whatever the file declares or is made to cost. */
class LogoDecodingCostTest {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test
    void a_sixteen_bit_png_of_6000_by_4166_pixels_is_refused_from_its_header_without_decoding() {
        byte[] png = LogoBombs.deepPng(6000, 4166, false);
        assertThat(png.length).isLessThan(400_000);

        long cpu = THREADS.getCurrentThreadCpuTime();
        refused("deep.png", png, LogoProblem.TOO_MANY_PIXELS);

        assertThat(Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - cpu)).isLessThan(Duration.ofMillis(500));
    }

    @Test
    void the_costliest_png_within_the_limits_is_decoded_and_a_decoding_past_its_budget_is_stopped() {
        byte[] png = LogoBombs.deepPng(4000, 2000, true);

        var logo = LogoImages.prepare("deep.png", png);
        assertThat(logo.width()).isEqualTo(400);
        assertThat(logo.height()).isEqualTo(200);

        // The same file with 50 ms of processor time: the reader is stopped, not left to finish.
        long cpu = THREADS.getCurrentThreadCpuTime();
        assertThatThrownBy(() -> LogoDecoder.decode(ImageFormat.PNG, png, Duration.ofMillis(50)))
                .isInstanceOfSatisfying(LogoRefused.class,
                        refused -> assertThat(refused.problem()).isEqualTo(LogoProblem.TOO_COSTLY));
        assertThat(Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - cpu)).isLessThan(Duration.ofMillis(400));
    }

    @Test
    void a_webp_with_a_one_pixel_canvas_and_a_huge_frame_is_refused_without_allocating_for_the_frame() {
        for (boolean animated : new boolean[] {false, true}) {
            byte[] webp = LogoBombs.webpWithHugeFrame(animated);
            assertThat(webp.length).isLessThan(600);

            long allocated = THREADS.getCurrentThreadAllocatedBytes();
            refused("logo.webp", webp, LogoProblem.TOO_MANY_PIXELS);

            assertThat(THREADS.getCurrentThreadAllocatedBytes() - allocated).as("bytes allocated").isLessThan(4_000_000);
        }
    }

    @Test
    void a_webp_frame_of_another_size_than_its_canvas_is_refused_as_damaged() {
        refused("logo.webp", LogoBombs.webp(100, 100, 400, 100, false), LogoProblem.DAMAGED);
        refused("logo.webp", LogoBombs.webp(100, 100, 100, 400, true), LogoProblem.DAMAGED);
    }

    @Test
    void a_progressive_jpeg_of_thousands_of_scans_is_refused_before_decoding() {
        byte[] jpeg = LogoBombs.withScans(LogoBombs.progressiveJpeg(2000, 1000), 5000);
        assertThat(jpeg.length).isLessThan(LogoImages.MAX_BYTES);

        long cpu = THREADS.getCurrentThreadCpuTime();
        refused("logo.jpg", jpeg, LogoProblem.TOO_COSTLY);

        assertThat(Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - cpu)).isLessThan(Duration.ofMillis(300));
    }

    @Test
    void an_ordinary_progressive_jpeg_is_accepted() {
        var logo = LogoImages.prepare("photo.jpg", LogoBombs.progressiveJpeg(1200, 400));

        assertThat(logo.width()).isEqualTo(600);
        assertThat(logo.height()).isEqualTo(200);
    }

    @Test
    void while_every_decoding_turn_is_taken_an_upload_waits_and_is_then_refused_as_busy() throws InterruptedException {
        assertThat(LogoDecoder.TURNS.tryAcquire(LogoDecoder.AT_ONCE, 10, TimeUnit.SECONDS)).isTrue();
        try {
            long start = System.nanoTime();
            refused("logo.png", LogoFiles.png(300, 100), LogoProblem.BUSY);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(LogoDecoder.WAIT);
        } finally {
            LogoDecoder.TURNS.release(LogoDecoder.AT_ONCE);
        }
        assertThat(LogoImages.prepare("logo.png", LogoFiles.png(300, 100)).width()).isEqualTo(300);
    }

    private static void refused(String fileName, byte[] bytes, LogoProblem problem) {
        assertThatThrownBy(() -> LogoImages.prepare(fileName, bytes))
                .isInstanceOfSatisfying(LogoRefused.class, refused -> assertThat(refused.problem()).isEqualTo(problem));
    }
}
