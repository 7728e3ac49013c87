package org.extranet.company;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Real image files, made here, for the logo tests: good ones and hostile ones. */
public final class LogoFiles {

    private LogoFiles() {
    }

    /** A PNG with a gradient and some noise, so it does not compress to nothing. */
    public static byte[] png(int width, int height) {
        return write(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    public static byte[] jpeg(int width, int height) {
        return write(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    public static byte[] gif(int width, int height) {
        return write(picture(width, height, BufferedImage.TYPE_INT_RGB), "gif");
    }

    public static byte[] webp() {
        return resource("logo-320x120.webp");
    }

    /**
     * A CMYK JPEG as prepress tools write it: Adobe APP14 marker, YCCK colour transform, no ICC profile.
     * Made with ImageMagick: {@code convert -size 300x100 gradient:navy-orange -colorspace CMYK -quality 90}
     * (navy at the top, orange at the bottom).
     */
    public static byte[] ycckJpeg() {
        return resource("logo-ycck.jpg");
    }

    /** A plain CMYK JPEG: Adobe APP14 marker, no colour transform, no ICC profile. */
    public static byte[] cmykJpeg(int width, int height) {
        var raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int across = 255 * x / width;
                raster.setPixel(x, y, new int[] {255 - across, 40, across, 20});
            }
        }
        var out = new ByteArrayOutputStream();
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (var stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(raster, null, null), writer.getDefaultWriteParam());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        // The writer leaves the marker out for a raster; Adobe's, right after SOI: version 100, transform 0.
        byte[] jpeg = out.toByteArray();
        byte[] adobe = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0};
        var marked = new ByteArrayOutputStream();
        marked.write(jpeg, 0, 2);
        marked.writeBytes(adobe);
        marked.write(jpeg, 2, jpeg.length - 2);
        return marked.toByteArray();
    }

    /** The PNG with a tEXt chunk (metadata a re-encoding must drop) right after its header. */
    public static byte[] withText(byte[] png, String keyword, String text) {
        byte[] data = (keyword + "\0" + text).getBytes(StandardCharsets.ISO_8859_1);
        int afterHeader = 8 + 4 + 4 + 13 + 4;
        var out = new ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        out.writeBytes(chunk("tEXt", data));
        out.write(png, afterHeader, png.length - afterHeader);
        return out.toByteArray();
    }

    /** A tiny, well-formed PNG whose header declares width × height pixels: a decompression bomb's shape. */
    public static byte[] hugeHeader(int width, int height) {
        var header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array();
        var deflater = new Deflater();
        deflater.setInput(new byte[1000]);
        deflater.finish();
        byte[] compressed = new byte[1000];
        int length = deflater.deflate(compressed);
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        out.writeBytes(chunk("IHDR", header));
        out.writeBytes(chunk("IDAT", Arrays.copyOf(compressed, length)));
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    public static byte[] svg() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">
                  <script>alert(document.cookie)</script>
                  <rect width="200" height="100" fill="#0a4a8f"/>
                </svg>
                """.getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the PNG has a chunk of this type. */
    public static boolean hasChunk(byte[] png, String type) {
        int offset = 8;
        while (offset + 8 <= png.length) {
            int length = ByteBuffer.wrap(png, offset, 4).getInt();
            String name = new String(png, offset + 4, 4, StandardCharsets.US_ASCII);
            if (name.equals(type)) {
                return true;
            }
            offset += 12 + length;
        }
        return false;
    }

    private static BufferedImage picture(int width, int height, int type) {
        var image = new BufferedImage(width, height, type);
        var graphics = image.createGraphics();
        graphics.setPaint(new GradientPaint(0, 0, new Color(10, 74, 143), width, height, new Color(240, 165, 0)));
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        var random = new Random(42);
        for (int i = 0; i < width * height / 50; i++) {
            image.setRGB(random.nextInt(width), random.nextInt(height), random.nextInt() | 0xFF000000);
        }
        return image;
    }

    private static byte[] write(BufferedImage image, String format) {
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] resource(String name) {
        try (var in = LogoFiles.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] chunk(String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        var crc = new CRC32();
        crc.update(name);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(name).put(data)
                .putInt((int) crc.getValue()).array();
    }
}
