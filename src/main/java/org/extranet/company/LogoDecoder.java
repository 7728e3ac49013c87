package org.extranet.company;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadProgressListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes an uploaded image at a cost a logo justifies: its size checked from the header first, read with
 * subsampling when it is far larger than the logo (memory then follows the logo, not the file), at most
 * {@value #AT_ONCE} at a time, and stopped when it has used up its budget of processor time.
 */
final class LogoDecoder {

    /** Decoding is CPU work: a few at a time, so uploads cannot take every core of the server. */
    static final int AT_ONCE = 2;
    /** How long an upload waits for its turn before it is refused as "busy". */
    static final Duration WAIT = Duration.ofSeconds(3);
    /**
     * Processor time (not wall-clock time, which a busy server stretches) one decoding may use: the costliest
     * image within the pixel limits, 16-bit RGBA and interlaced, needs under a second (two just after start-up).
     */
    static final Duration BUDGET = Duration.ofSeconds(3);
    static final Semaphore TURNS = new Semaphore(AT_ONCE, true);

    /**
     * The JPEG reader's notes on colour profiles: a CMYK photo without an embedded profile is converted
     * with a generic one. Every other warning means data the reader skipped or could not make sense of.
     */
    private static final Pattern COLOUR_PROFILE_NOTE = Pattern.compile("ICC|color profile", Pattern.CASE_INSENSITIVE);

    private LogoDecoder() {
    }

    static BufferedImage decode(ImageFormat format, byte[] bytes, Duration budget) {
        try {
            if (!TURNS.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new LogoRefused(LogoProblem.BUSY);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LogoRefused(LogoProblem.BUSY);
        }
        try {
            return read(format, bytes, budget);
        } finally {
            TURNS.release();
        }
    }

    private static BufferedImage read(ImageFormat format, byte[] bytes, Duration budget) {
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = readerFor(format, input);
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                LogoImages.checkSize(width, height);
                // Readers report a file that ends early or has broken data as a warning and carry on.
                reader.addIIOReadWarningListener((source, warning) -> {
                    if (!COLOUR_PROFILE_NOTE.matcher(warning).find()) {
                        throw new LogoRefused(LogoProblem.DAMAGED);
                    }
                });
                var deadline = new Deadline(budget);
                reader.addIIOReadProgressListener(deadline);
                var param = reader.getDefaultReadParam();
                int step = subsampling(width, height);
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                BufferedImage image = reader.read(0, param);
                if (deadline.passed) {
                    throw new LogoRefused(LogoProblem.TOO_COSTLY);
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (LogoRefused refused) {
            throw refused;
        } catch (IOException | RuntimeException unreadable) {
            // Readers throw all sorts (IIOException, EOFException, IndexOutOfBounds...) on bad data.
            throw new LogoRefused(LogoProblem.DAMAGED);
        }
    }

    /** The first reader of the format that recognises this content; none means the file only looks like one. */
    private static ImageReader readerFor(ImageFormat format, ImageInputStream input) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName);
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            if (reader.getOriginatingProvider() != null && reader.getOriginatingProvider().canDecodeInput(input)) {
                return reader;
            }
        }
        throw new LogoRefused(LogoProblem.DAMAGED);
    }

    /**
     * Reading every n-th pixel of a photo far larger than the logo spares memory; keeping at least
     * four times the final size leaves the smooth scaling enough to work with.
     */
    private static int subsampling(int width, int height) {
        double scale = LogoImages.scale(width, height);
        return scale >= 1 ? 1 : Math.max(1, (int) Math.floor(1 / (scale * 4)));
    }

    /**
     * Asks the reader to stop once the decoding thread has used up the budget; readers report progress,
     * and look for the request to stop, between rows (PNG, JPEG) or blocks. A reader that never reports
     * progress is bounded by the pixel limits alone.
     */
    private static final class Deadline implements IIOReadProgressListener {

        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        private final long at;
        private boolean passed;

        Deadline(Duration budget) {
            this.at = used() + budget.toNanos();
        }

        private static long used() {
            return THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled()
                    ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
        }

        @Override
        public void imageProgress(ImageReader source, float percentageDone) {
            if (!passed && used() - at > 0) {
                passed = true;
                source.abort();
            }
        }

        @Override
        public void sequenceStarted(ImageReader source, int minIndex) {
        }

        @Override
        public void sequenceComplete(ImageReader source) {
        }

        @Override
        public void imageStarted(ImageReader source, int imageIndex) {
        }

        @Override
        public void imageComplete(ImageReader source) {
        }

        @Override
        public void thumbnailStarted(ImageReader source, int imageIndex, int thumbnailIndex) {
        }

        @Override
        public void thumbnailProgress(ImageReader source, float percentageDone) {
        }

        @Override
        public void thumbnailComplete(ImageReader source) {
        }

        @Override
        public void readAborted(ImageReader source) {
        }
    }
}
