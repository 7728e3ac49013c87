package org.extranet.company;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Turns an uploaded file into a logo we are willing to serve: recognised by its content, its size
 * checked from the header before a single pixel is decoded, decoded in full (so a damaged file is
 * caught), scaled to fit a quote's header and written anew as a plain PNG. Nothing of the original
 * file survives but its pixels: no metadata, no trailing data, no second image.
 */
final class LogoImages {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_SIDE = 6000;
    static final long MAX_PIXELS = 25_000_000L;
    /** The space a logo gets in a quote's header, in pixels; smaller logos are never enlarged. */
    static final int FIT_WIDTH = 600;
    static final int FIT_HEIGHT = 200;

    record Prepared(byte[] png, int width, int height, ImageFormat sourceFormat) {
    }

    private LogoImages() {
    }

    static Prepared prepare(String fileName, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new LogoRefused(LogoProblem.TOO_LARGE);
        }
        ImageFormat format = ImageFormat.detect(bytes).orElseThrow(() -> new LogoRefused(
                ImageFormat.isSvg(bytes, fileName) ? LogoProblem.SVG
                        : ImageFormat.isOtherImage(bytes) ? LogoProblem.UNSUPPORTED_FORMAT
                        : LogoProblem.NOT_AN_IMAGE));
        if (!format.matchesName(fileName)) {
            throw new LogoRefused(LogoProblem.EXTENSION_MISMATCH);
        }
        BufferedImage decoded = decode(format, bytes);
        BufferedImage logo = fit(decoded);
        return new Prepared(png(logo), logo.getWidth(), logo.getHeight(), format);
    }

    private static BufferedImage decode(ImageFormat format, byte[] bytes) {
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = readerFor(format, input);
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw new LogoRefused(LogoProblem.DAMAGED);
                }
                if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
                    throw new LogoRefused(LogoProblem.TOO_MANY_PIXELS);
                }
                // Readers report a file that ends early or has broken data as a warning and carry on.
                reader.addIIOReadWarningListener((source, warning) -> {
                    throw new LogoRefused(LogoProblem.DAMAGED);
                });
                var param = reader.getDefaultReadParam();
                int step = subsampling(width, height);
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                return reader.read(0, param);
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
     * four times the final size leaves the smooth scaling below enough to work with.
     */
    private static int subsampling(int width, int height) {
        double scale = scale(width, height);
        return scale >= 1 ? 1 : Math.max(1, (int) Math.floor(1 / (scale * 4)));
    }

    private static double scale(int width, int height) {
        return Math.min(1.0, Math.min((double) FIT_WIDTH / width, (double) FIT_HEIGHT / height));
    }

    /**
     * Scales down in steps of at most one half, with bicubic interpolation each time: a single big
     * step would skip most source pixels and look jagged.
     */
    private static BufferedImage fit(BufferedImage source) {
        boolean alpha = source.getColorModel().hasAlpha();
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        double scale = scale(source.getWidth(), source.getHeight());
        int targetWidth = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int targetHeight = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage current = redraw(source, source.getWidth(), source.getHeight(), type);
        while (current.getWidth() != targetWidth || current.getHeight() != targetHeight) {
            int width = Math.max(targetWidth, current.getWidth() / 2);
            int height = Math.max(targetHeight, current.getHeight() / 2);
            current = redraw(current, width, height, type);
        }
        return current;
    }

    private static BufferedImage redraw(BufferedImage source, int width, int height, int type) {
        var target = new BufferedImage(width, height, type);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setComposite(AlphaComposite.Src);
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.drawImage(source, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    private static byte[] png(BufferedImage image) {
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("No PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
