package org.extranet.company;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Image files made to cost a decoder far more than their size suggests, for the logo tests. */
public final class LogoBombs {

    private LogoBombs() {
    }

    /** A progressive JPEG (the writer makes ten scans), uniformly coloured. */
    public static byte[] progressiveJpeg(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(10, 74, 143));
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        var out = new ByteArrayOutputStream();
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var param = writer.getDefaultWriteParam();
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        try (var stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /**
     * The progressive JPEG with its last scan repeated until it has {@code scans} in all: a few bytes each,
     * yet every one makes a decoder go over the whole picture again.
     */
    public static byte[] withScans(byte[] progressive, int scans) {
        int lastScan = 0;
        int count = 0;
        int at = 2;
        while ((progressive[at + 1] & 0xFF) != 0xD9) {
            int segment = at;
            int marker = progressive[at + 1] & 0xFF;
            at += 2 + ((progressive[at + 2] & 0xFF) << 8 | progressive[at + 3] & 0xFF);
            if (marker == 0xDA) {
                lastScan = segment;
                count++;
                // The scan's data runs to the next marker (the writer puts in no restart markers).
                while ((progressive[at] & 0xFF) != 0xFF || progressive[at + 1] == 0) {
                    at++;
                }
            }
        }
        var out = new ByteArrayOutputStream();
        out.write(progressive, 0, at);
        for (int i = count; i < scans; i++) {
            out.write(progressive, lastScan, at - lastScan);
        }
        out.write(progressive, at, progressive.length - at);
        return out.toByteArray();
    }

    /**
     * A 16-bit RGBA PNG of one colour, each row Paeth-filtered (the costliest filter to undo), optionally
     * interlaced: tiny on disk, yet a decoder must inflate and unfilter 8 bytes for every pixel. Written a row
     * at a time, so even 6000 × 4166 never needs its 200 MB in memory.
     */
    public static byte[] deepPng(int width, int height, boolean interlaced) {
        var header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 16).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) (interlaced ? 1 : 0)).array();
        // Adam7: the passes' starting column and row, and their steps; a plain image is one pass.
        int[][] passes = interlaced
                ? new int[][] {{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2}}
                : new int[][] {{0, 0, 1, 1}};
        var compressed = new ByteArrayOutputStream();
        try (var deflate = new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_COMPRESSION))) {
            for (int[] pass : passes) {
                int columns = (width - pass[0] + pass[2] - 1) / pass[2];
                int rows = (height - pass[1] + pass[3] - 1) / pass[3];
                if (columns <= 0 || rows <= 0) {
                    continue;
                }
                byte[] row = new byte[1 + columns * 8];
                Arrays.fill(row, (byte) 0x40);
                row[0] = 4;
                for (int y = 0; y < rows; y++) {
                    deflate.write(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        out.writeBytes(LogoFiles.chunk("IHDR", header));
        out.writeBytes(LogoFiles.chunk("IDAT", compressed.toByteArray()));
        out.writeBytes(LogoFiles.chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    /**
     * A WebP whose extended header declares a 1 × 1 canvas while its VP8 frame declares 16383 × 16383
     * pixels, as a still image or as the first frame of an animation: a reader sizing its buffers from the
     * frame allocates for 268 million pixels.
     */
    public static byte[] webpWithHugeFrame(boolean animated) {
        return webp(1, 1, 16383, 16383, animated);
    }

    /**
     * A WebP with an extended header (VP8X) declaring the canvas, and one VP8 frame declaring its own
     * size, either as the still image or inside an animation frame (ANMF) as large as the canvas. Only
     * the headers are real; the frame's data is zeros.
     */
    public static byte[] webp(int canvasWidth, int canvasHeight, int frameWidth, int frameHeight, boolean animated) {
        var vp8 = ByteBuffer.allocate(500).order(ByteOrder.LITTLE_ENDIAN);
        int frameTag = 1 << 4 | 400 << 5;                       // key frame, shown, first partition of 400 bytes
        vp8.put((byte) frameTag).put((byte) (frameTag >> 8)).put((byte) (frameTag >> 16));
        vp8.put((byte) 0x9D).put((byte) 0x01).put((byte) 0x2A);
        vp8.putShort((short) frameWidth).putShort((short) frameHeight);
        byte[] frame = riffChunk("VP8 ", vp8.array());
        var body = new ByteArrayOutputStream();
        body.writeBytes("WEBP".getBytes(StandardCharsets.US_ASCII));
        // Flags (animation or not), three reserved bytes, then the canvas: 24-bit sizes minus one.
        body.writeBytes(riffChunk("VP8X", ByteBuffer.allocate(10).put((byte) (animated ? 0x02 : 0)).put(new byte[3])
                .put(littleEndian24(canvasWidth - 1)).put(littleEndian24(canvasHeight - 1)).array()));
        if (animated) {
            body.writeBytes(riffChunk("ANIM", new byte[6]));
            // At 0, 0, the canvas's size; no duration, no flags; then the frame's bitstream.
            body.writeBytes(riffChunk("ANMF", ByteBuffer.allocate(16 + frame.length).put(new byte[6])
                    .put(littleEndian24(canvasWidth - 1)).put(littleEndian24(canvasHeight - 1)).put(new byte[4])
                    .put(frame).array()));
        } else {
            body.writeBytes(frame);
        }
        return riffChunk("RIFF", body.toByteArray());
    }

    private static byte[] littleEndian24(int value) {
        return new byte[] {(byte) value, (byte) (value >> 8), (byte) (value >> 16)};
    }

    private static byte[] riffChunk(String type, byte[] data) {
        return ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(ByteOrder.LITTLE_ENDIAN)
                .put(type.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data).array();
    }
}
