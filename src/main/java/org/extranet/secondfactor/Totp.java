package org.extranet.secondfactor;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Authenticator-app codes (RFC 6238: HMAC-SHA1, six digits, 30-second steps, what every app
 * understands) through the TOTP library; this class only decides which steps count: the current
 * one and one either side, for clocks a little apart, and only steps later than the last one used.
 */
@Component
class Totp {

    static final int DIGITS = 6;
    static final int PERIOD_SECONDS = 30;
    private static final String ISSUER = "Extranet";
    private static final int QR_CODE_PIXELS = 240;

    /** How a typed code compares with the app's. */
    enum Outcome { ACCEPTED, ALREADY_USED, WRONG }

    /** The outcome, and the time step whose code it was when accepted. */
    record Match(Outcome outcome, long step) {
    }

    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator();
    private final DefaultCodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    /** A new shared secret: 32 Base32 characters, 160 random bits. */
    String newSecret() {
        return secrets.generate();
    }

    /** The QR code an app scans to take the secret on, as a PNG image; labelled with the product and the e-mail address. */
    byte[] qrCode(String secret, String email) {
        var data = new QrData.Builder()
                .label(email)
                .issuer(ISSUER)
                .secret(secret)
                .algorithm(HashingAlgorithm.SHA1)
                .digits(DIGITS)
                .period(PERIOD_SECONDS)
                .build();
        var generator = new ZxingPngQrGenerator();
        generator.setImageSize(QR_CODE_PIXELS);
        try {
            return generator.generate(data);
        } catch (QrGenerationException e) {
            throw new IllegalStateException("Could not draw the QR code", e);
        }
    }

    static long step(Instant now) {
        return now.getEpochSecond() / PERIOD_SECONDS;
    }

    /** Compares in constant time, step by step from the earliest: the code of a step at or before {@code lastUsedStep} is not taken again. */
    Match match(String secret, String code, long lastUsedStep, Instant now) {
        long current = step(now);
        for (long step = current - 1; step <= current + 1; step++) {
            if (MessageDigest.isEqual(code(secret, step), code.getBytes(StandardCharsets.US_ASCII))) {
                return new Match(step > lastUsedStep ? Outcome.ACCEPTED : Outcome.ALREADY_USED, step);
            }
        }
        return new Match(Outcome.WRONG, current);
    }

    private byte[] code(String secret, long step) {
        try {
            return codes.generate(secret, step).getBytes(StandardCharsets.US_ASCII);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("Could not compute the code", e);
        }
    }
}
