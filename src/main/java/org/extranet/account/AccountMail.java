package org.extranet.account;

import java.time.OffsetDateTime;
import org.extranet.base.Language;

/**
 * The e-mails that actions on one's own account send. Account only names them here; the mail
 * feature writes them (it depends on account already, for {@link Language}, so account calling
 * mail directly would make the two depend on each other). Each joins the caller's transaction: the
 * mail exists exactly when the change that causes it does.
 */
public interface AccountMail {

    /** "Your password was changed", so that a change the user did not make does not go unnoticed. */
    void passwordChanged(String recipient, Language language, String firstName);

    /**
     * A link to set a new password ("Forgot password?", or staff helping), voiding the user's
     * earlier unused reset link; returns until when the new one works.
     */
    OffsetDateTime passwordReset(long userId, String recipient, Language language, String firstName);
}
