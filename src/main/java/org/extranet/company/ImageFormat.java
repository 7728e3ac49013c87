package org.extranet.company;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The formats a logo may come in, recognised by their first bytes, never by name or MIME type. */
enum ImageFormat {
    PNG("png", Set.of("png")),
    JPEG("jpeg", Set.of("jpg", "jpeg", "jpe", "jfif")),
    WEBP("webp", Set.of("webp"));

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** ImageIO's format name, to find the readers. */
    final String readerName;
    private final Set<String> extensions;

    ImageFormat(String readerName, Set<String> extensions) {
        this.readerName = readerName;
        this.extensions = extensions;
    }

    static Optional<ImageFormat> detect(byte[] bytes) {
        if (startsWith(bytes, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, ascii("RIFF")) && startsWith(bytes, 8, ascii("WEBP"))) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** Whether the file name's extension, if it has one, names this format. */
    boolean matchesName(String fileName) {
        String extension = extension(fileName);
        return extension.isEmpty() || extensions.contains(extension);
    }

    static String extension(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
    }

    /** Another image format we do not take (refused as unsupported rather than as "not an image"). */
    static boolean isOtherImage(byte[] bytes) {
        return startsWith(bytes, 0, ascii("GIF8"))
                || startsWith(bytes, 0, ascii("BM"))
                || startsWith(bytes, 0, new byte[] {'I', 'I', 42, 0})
                || startsWith(bytes, 0, new byte[] {'M', 'M', 0, 42})
                || startsWith(bytes, 4, ascii("ftyp"))                      // HEIC, AVIF
                || startsWith(bytes, 0, new byte[] {0, 0, 1, 0})            // ICO
                || startsWith(bytes, 0, ascii("8BPS"))                      // Photoshop
                || startsWith(bytes, 0, new byte[] {(byte) 0xFF, 0x0A})     // JPEG XL
                || startsWith(bytes, 0, ascii("%PDF"));
    }

    /**
     * An SVG, plain or gzipped (.svgz), found by its markup near the start whatever the name says:
     * XML prolog, comments and a doctype may come before the {@code <svg} element.
     */
    static boolean isSvg(byte[] bytes, String fileName) {
        String extension = extension(fileName);
        if (extension.equals("svg") || extension.equals("svgz")) {
            return true;
        }
        if (startsWith(bytes, 0, new byte[] {0x1F, (byte) 0x8B})) {
            return false;
        }
        String start = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8)
                .replace("\u0000", "").toLowerCase(Locale.ROOT);
        return start.contains("<svg");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        return bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
