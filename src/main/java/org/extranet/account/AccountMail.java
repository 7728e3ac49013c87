package org.extranet.account;

/**
 * The e-mails that actions on one's own account send. Account only names them here; the mail
 * feature writes them (it depends on account already, for {@link Language}, so account calling
 * mail directly would make the two depend on each other). Each joins the caller's transaction: the
 * mail exists exactly when the change that causes it does.
 */
public interface AccountMail {

    /** "Your password was changed", so that a change the user did not make does not go unnoticed. */
    void passwordChanged(String recipient, Language language, String firstName);

    /** "Forgot password?": the link to set a new password. */
    void passwordReset(String recipient, Language language, String firstName, IssuedLink link);
}
