package org.extranet.user.csv;

import org.jspecify.annotations.Nullable;

/**
 * One line of an imported file, as written (an apostrophe that kept a cell from running as a
 * formula taken off). {@code row} is the spreadsheet's row number, the header being row 1. An
 * optional column the file does not have is null: an existing user keeps what they have there.
 */
public record ImportRow(int row, String email, String firstName, String lastName, @Nullable String phone,
                        @Nullable String language, @Nullable String permissions) {
}
