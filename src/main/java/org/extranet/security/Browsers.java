package org.extranet.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import ua_parser.Parser;

/**
 * The browser and operating system a User-Agent names, as families ("Firefox", "Windows"), by
 * ua-parser's rules. Versions are left out: a browser that updates itself stays the same browser.
 */
record Browsers(@Nullable String browser, @Nullable String system) {

    /** Enough for any real browser's User-Agent; the rest is not parsed, which bounds the cost. */
    private static final int LONGEST = 512;
    private static final int LONGEST_NAME = 100;
    /**
     * Headers already parsed: a portal's users come with few distinct browsers, and parsing one tries
     * hundreds of patterns (a few per cent of a sign-in's processor time). Emptied when full, so
     * made-up headers cost memory only up to this many.
     */
    private static final int REMEMBERED = 1_000;
    private static final Map<String, Browsers> PARSED = new ConcurrentHashMap<>();

    static Browsers of(@Nullable String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return new Browsers(null, null);
        }
        String header = userAgent.length() > LONGEST ? userAgent.substring(0, LONGEST) : userAgent;
        Browsers known = PARSED.get(header);
        if (known != null) {
            return known;
        }
        if (PARSED.size() >= REMEMBERED) {
            PARSED.clear();
        }
        var parsed = new Browsers(name(Rules.PARSER.parseUserAgent(header).family), name(Rules.PARSER.parseOS(header).family));
        PARSED.put(header, parsed);
        return parsed;
    }

    /** ua-parser says "Other" for what it does not know. */
    private static @Nullable String name(@Nullable String family) {
        if (family == null || family.isBlank() || "Other".equals(family)) {
            return null;
        }
        return family.length() > LONGEST_NAME ? family.substring(0, LONGEST_NAME) : family;
    }

    /** Loaded on the first sign-in, not at start-up: reading the rules takes a moment. Matching is thread-safe. */
    private static final class Rules {
        static final Parser PARSER = new Parser();
    }
}
