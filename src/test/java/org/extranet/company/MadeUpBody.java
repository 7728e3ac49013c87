package org.extranet.company;

import java.io.InputStream;
import java.util.Arrays;

/**
 * A request body of any length that exists only while it is read: a PNG signature, then zeros. It counts
 * what has been read, so a test can tell how far a server went.
 */
final class MadeUpBody extends InputStream {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final long length;
    private long read;

    private MadeUpBody(long length) {
        this.length = length;
    }

    static MadeUpBody png(long length) {
        return new MadeUpBody(length);
    }

    long bytesRead() {
        return read;
    }

    @Override
    public int read() {
        if (read >= length) {
            return -1;
        }
        int next = read < SIGNATURE.length ? SIGNATURE[(int) read] & 0xFF : 0;
        read++;
        return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) {
        if (read >= length) {
            return -1;
        }
        int n = (int) Math.min(count, length - read);
        Arrays.fill(buffer, offset, offset + n, (byte) 0);
        for (int i = 0; i < n && read + i < SIGNATURE.length; i++) {
            buffer[offset + i] = SIGNATURE[(int) read + i];
        }
        read += n;
        return n;
    }
}
