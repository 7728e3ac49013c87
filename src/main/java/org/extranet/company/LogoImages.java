package org.extranet.company;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Turns an uploaded file into a logo we are willing to serve: recognised by its content, its size and
 * that of every frame checked from the headers before a single pixel is decoded ({@link LogoStructure}),
 * decoded in full at a bounded cost, so a damaged file is caught ({@link LogoDecoder}), scaled to fit a
 * quote's header and written anew as a plain PNG. Nothing of the original file survives but its pixels:
 * no metadata, no trailing data, no second image.
 */
final class LogoImages {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    /**
     * The largest source a logo needs. It is stored at most 600 × 200: 4000 pixels leave a long wordmark more
     * than six times the width it is shown at, and 8 megapixels (4000 × 2000, or 2828 square) are over sixty
     * times the pixels the header holds. Decoding cost grows with the pixels: even a 16-bit RGBA image of
     * this size inflates to only 64 MB and decodes in under a second.
     */
    static final int MAX_SIDE = 4000;
    static final long MAX_PIXELS = 8_000_000L;
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
        LogoStructure.check(format, bytes);
        BufferedImage decoded = LogoDecoder.decode(format, bytes, LogoDecoder.BUDGET);
        BufferedImage logo = fit(decoded);
        return new Prepared(png(logo), logo.getWidth(), logo.getHeight(), format);
    }

    /** How much the logo is scaled to fit the quote's header: 1 for a logo that fits already. */
    static double scale(int width, int height) {
        return Math.min(1.0, Math.min((double) FIT_WIDTH / width, (double) FIT_HEIGHT / height));
    }

    /** Refuses a size, declared by a header or a frame, that no logo needs or that no image can have. */
    static void checkSize(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new LogoRefused(LogoProblem.DAMAGED);
        }
        if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
            throw new LogoRefused(LogoProblem.TOO_MANY_PIXELS);
        }
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
