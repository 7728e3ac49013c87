package org.extranet.user.csv;

import org.extranet.base.Language;

/**
 * What the user chose before running an import: whether new users get their invitation now,
 * whether users already in the company are updated from the file or left as they are, and the
 * language of a new user whose row names none (the importing user's, as the form's default is).
 */
public record ImportChoices(boolean sendInvitations, boolean updateExisting, Language defaultLanguage) {
}
