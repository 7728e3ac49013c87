package org.extranet.base;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Ids in addresses ({@code quotes/12/print}, {@code ?company=12}): only a whole number of at most
 * 18 digits, so that it always fits a {@code long}. Anything else is no id at all, and the page
 * asked for is not found; it never reaches a service, or a number parser that would throw.
 * Route templates take any text and the view parses it here: with a pattern in the template, an
 * address that does not fit would match no route, and Vaadin's security answers those with a bare
 * 403 before the product's not-found page can.
 */
public final class Ids {

    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

    private Ids() {
    }

    public static Optional<Long> parse(@Nullable String value) {
        return value != null && ID.matcher(value).matches() ? Optional.of(Long.parseLong(value)) : Optional.empty();
    }
}
