package org.extranet.audit;

/** Text from outside (an address typed, a path) made safe for one line of the application log. */
final class LogText {

    private static final int MAX_LENGTH = 300;

    private LogText() {
    }

    /** Control characters (a forged line break, say) become '?'; overlong text is cut. */
    static String safe(String text) {
        String cut = text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "…" : text;
        return cut.codePoints()
                .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
                        || Character.getType(c) == Character.PARAGRAPH_SEPARATOR ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
