package org.extranet.company;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * What an image file declares about itself, read from its bytes before any reader sees it: the size of
 * every WebP frame and bitstream (a reader sizes its buffers from the frame it decodes, whatever the canvas
 * says) and the number of a JPEG's scans (a decoder goes over every pixel again for each one). A PNG holds
 * one image, whose size the decoder checks from its header.
 */
final class LogoStructure {

    /** Encoders write one scan, or about ten for a progressive JPEG; hundreds serve only to cost time. */
    static final int MAX_JPEG_SCANS = 100;

    private record Size(int width, int height) {
    }

    private LogoStructure() {
    }

    static void check(ImageFormat format, byte[] bytes) {
        switch (format) {
            case WEBP -> webpChunks(bytes, 12, (int) Math.min(bytes.length, 8 + littleEndian(bytes, 4, 4)), null);
            case JPEG -> jpegScans(bytes);
            case PNG -> {
            }
        }
    }

    /**
     * Walks the RIFF chunks in [start, end): the extended header's canvas, each animation frame (and the
     * chunks inside it) and each VP8 / VP8L bitstream, which must also be the size of its canvas or frame.
     */
    private static void webpChunks(byte[] bytes, int start, int end, @Nullable Size expected) {
        int at = start;
        while (at + 8 <= end) {
            String type = new String(bytes, at, 4, StandardCharsets.US_ASCII);
            long length = littleEndian(bytes, at + 4, 4);
            int data = at + 8;
            if (length > end - data) {
                throw damaged();
            }
            int dataEnd = data + (int) length;
            switch (type) {
                case "VP8X" -> {
                    require(length >= 10);
                    expected = size(1 + littleEndian(bytes, data + 4, 3), 1 + littleEndian(bytes, data + 7, 3));
                }
                case "ANMF" -> {
                    require(length >= 16);
                    var frame = size(1 + littleEndian(bytes, data + 6, 3), 1 + littleEndian(bytes, data + 9, 3));
                    webpChunks(bytes, data + 16, dataEnd, frame);
                }
                case "VP8 " -> {
                    require(length >= 10 && (bytes[data + 3] & 0xFF) == 0x9D && (bytes[data + 4] & 0xFF) == 0x01
                            && (bytes[data + 5] & 0xFF) == 0x2A);
                    bitstream(size(littleEndian(bytes, data + 6, 2) & 0x3FFF, littleEndian(bytes, data + 8, 2) & 0x3FFF),
                            expected);
                }
                case "VP8L" -> {
                    require(length >= 5 && bytes[data] == 0x2F);
                    long bits = littleEndian(bytes, data + 1, 4);
                    bitstream(size(1 + (bits & 0x3FFF), 1 + (bits >>> 14 & 0x3FFF)), expected);
                }
                default -> {
                }
            }
            at = dataEnd + (int) (length & 1);
        }
    }

    private static void bitstream(Size declared, @Nullable Size expected) {
        if (expected != null && !declared.equals(expected)) {
            throw damaged();
        }
    }

    /** Counts the scans of the first image, up to its end: entropy-coded data runs to the next real marker. */
    private static void jpegScans(byte[] bytes) {
        int scans = 0;
        int at = 2;
        while (at + 4 <= bytes.length && (bytes[at] & 0xFF) == 0xFF) {
            int marker = bytes[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++;
            } else if (marker == 0xD9) {
                return;
            } else if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
                at += 2;
            } else {
                at += 2 + bigEndian16(bytes, at + 2);
                if (marker == 0xDA) {
                    if (++scans > MAX_JPEG_SCANS) {
                        throw new LogoRefused(LogoProblem.TOO_COSTLY);
                    }
                    at = afterEntropyCodedData(bytes, at);
                }
            }
        }
    }

    private static int afterEntropyCodedData(byte[] bytes, int at) {
        for (int i = at; i + 1 < bytes.length; i++) {
            int next = bytes[i + 1] & 0xFF;
            if ((bytes[i] & 0xFF) == 0xFF && next != 0x00 && !(next >= 0xD0 && next <= 0xD7)) {
                return i;
            }
        }
        return bytes.length;
    }

    /** A declared size (at most 24 bits a side), refused as the decoder would refuse it in a header. */
    private static Size size(long width, long height) {
        LogoImages.checkSize((int) width, (int) height);
        return new Size((int) width, (int) height);
    }

    private static void require(boolean wellFormed) {
        if (!wellFormed) {
            throw damaged();
        }
    }

    private static LogoRefused damaged() {
        return new LogoRefused(LogoProblem.DAMAGED);
    }

    private static long littleEndian(byte[] bytes, int at, int length) {
        if (at < 0 || at + length > bytes.length) {
            throw damaged();
        }
        long value = 0;
        for (int i = length - 1; i >= 0; i--) {
            value = value << 8 | bytes[at + i] & 0xFF;
        }
        return value;
    }

    private static int bigEndian16(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) << 8 | bytes[at + 1] & 0xFF;
    }
}
