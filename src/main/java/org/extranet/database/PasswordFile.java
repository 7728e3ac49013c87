package org.extranet.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * A secret of the zero-setup run (the embedded database's password, the key that encrypts
 * authenticator apps' secrets): made at random on the first start, kept in a file only its owner
 * may read, and read again on every later start.
 */
public final class PasswordFile {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final int RANDOM_BYTES = 32;

    private PasswordFile() {
    }

    /** Next to the data directory, not in it: initdb wants an empty directory and reads the file first. */
    static Path beside(Path dataDirectory) {
        return beside(dataDirectory, ".password");
    }

    /** Another secret next to the data directory: the directory's name with this ending. */
    public static Path beside(Path dataDirectory, String ending) {
        Path absolute = dataDirectory.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ending);
    }

    public static String readOrCreate(Path file) throws IOException {
        if (!Files.exists(file)) {
            create(file);
        }
        restrictToOwner(file);
        String password = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (password.isEmpty()) {
            throw new IOException("The secret's file is empty: " + file);
        }
        return password;
    }

    private static void create(Path file) throws IOException {
        byte[] random = new byte[RANDOM_BYTES];
        new SecureRandom().nextBytes(random);
        // URL-safe Base64: letters, digits, '-' and '_', so it needs no quoting anywhere it goes.
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.createDirectories(file.getParent());
        // Written under another name and moved in whole: a crash leaves no half-written password.
        Path draft = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".new");
        try {
            restrictToOwner(draft);
            Files.writeString(draft, password + "\n", StandardCharsets.UTF_8);
            Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        } else {
            var plain = file.toFile();
            boolean restricted = plain.setReadable(false, false) && plain.setReadable(true, true)
                    && plain.setWritable(false, false) && plain.setWritable(true, true);
            if (!restricted) {
                throw new IOException("Cannot make the secret's file readable by its owner only: " + file);
            }
        }
    }
}
