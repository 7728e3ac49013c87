package org.extranet.user;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.OffsetDateTime;
import org.extranet.base.ui.Times;
import org.extranet.user.SignInHelp.Invitation;
import org.extranet.user.SignInHelp.InvitationState;
import org.extranet.user.SignInHelp.Lock;
import org.extranet.user.SignInHelp.Locker;
import org.jspecify.annotations.Nullable;

/**
 * The edit window's "Sign-in" part: why the user cannot sign in, in plain words, with the fix beside
 * each reason, or that they can. After a fix, what happened and where the user stands now are
 * announced (role status); refusals go to the form's message, like those of its other actions.
 */
final class SignInSection extends Section {

    private final SignInSupport signIn;
    private final EditableUser user;
    private final Runnable actionStarts;
    private final Runnable changed;
    private final H3 heading = new H3();
    private final Div status = new Div();
    private final Div actions = new Div();
    private SignInHelp help;

    /**
     * @param actionStarts clears the form's earlier message; a refusal is shown by the form around this part
     * @param changed told after each fix, so that the list and the form catch up
     */
    SignInSection(SignInSupport signIn, EditableUser user, Runnable actionStarts, Runnable changed) {
        this.signIn = signIn;
        this.user = user;
        this.actionStarts = actionStarts;
        this.changed = changed;
        this.help = signIn.signInHelp(user.id());
        addClassName("sign-in-help");
        getStyle().set("background", "var(--lumo-contrast-5pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("margin-bottom", "var(--lumo-space-m)");
        heading.setText(getTranslation("user-form.sign-in.title"));
        heading.setId("sign-in-help-" + user.id());
        // Focus goes here after a fix, since the button that was clicked is gone.
        heading.getElement().setAttribute("tabindex", "-1");
        heading.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin", "0");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        status.getElement().setAttribute("role", "status");
        actions.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("margin-bottom", "var(--lumo-space-s)");
        add(heading, status, actions);
        show(null);
    }

    private void show(@Nullable String outcome) {
        status.removeAll();
        actions.removeAll();
        if (outcome != null) {
            status.add(line(outcome));
        }
        if (help.canSignIn()) {
            status.add(line(getTranslation("user-form.sign-in.can", name())));
        }
        Lock lock = help.lock();
        if (lock != null) {
            String when = Times.dateTime(getLocale()).format(lock.lockedAt());
            Locker locker = lock.locker();
            status.add(line(locker == null
                    ? getTranslation("user-form.sign-in.locked-by-someone-gone", when)
                    : getTranslation("user-form.sign-in.locked", locker.name(), when)));
            actions.add(action("user-form.sign-in.unlock", () -> signIn.unlockUser(user.id()),
                    getTranslation("user-form.sign-in.unlocked", name())));
        }
        OffsetDateTime blockedUntil = help.blockedUntil();
        if (blockedUntil != null) {
            status.add(line(getTranslation("user-form.sign-in.blocked",
                    Times.timeOrDateTime(blockedUntil, help.readAt(), getLocale()))));
            actions.add(action("user-form.sign-in.lift", () -> signIn.liftSignInBlock(user.id()),
                    getTranslation("user-form.sign-in.lifted")));
        }
        Invitation invitation = help.invitation();
        if (invitation != null) {
            status.add(line(invitationText(invitation)));
            actions.add(action("user-form.resend", () -> signIn.sendInvitation(user.id()),
                    getTranslation("user-form.invitation-sent", user.data().email())));
        }
        OffsetDateTime secondFactorSince = help.secondFactorSince();
        if (secondFactorSince != null) {
            status.add(line(getTranslation("user-form.sign-in.second-factor",
                    Times.dateTime(getLocale()).format(secondFactorSince))));
            actions.add(action("user-form.sign-in.remove-second-factor", () -> signIn.removeSecondFactor(user.id()),
                    getTranslation("user-form.sign-in.second-factor-removed", name())));
        }
        actions.setVisible(actions.getComponentCount() > 0);
    }

    private static Paragraph line(String text) {
        var line = new Paragraph(text);
        line.getStyle().set("margin", "var(--lumo-space-xs) 0");
        return line;
    }

    private String invitationText(Invitation invitation) {
        OffsetDateTime expiresAt = invitation.expiresAt();
        if (invitation.state() == InvitationState.NOT_SENT || expiresAt == null) {
            return getTranslation("user-form.sign-in.invitation-not-sent");
        }
        String when = Times.dateTime(getLocale()).format(expiresAt);
        return invitation.state() == InvitationState.VALID
                ? getTranslation("user-form.sign-in.invitation-valid", when)
                : getTranslation("user-form.sign-in.invitation-expired", when);
    }

    private Button action(String labelKey, Runnable fix, String outcome) {
        return new Button(getTranslation(labelKey), click -> {
            actionStarts.run();
            fix.run();
            help = signIn.signInHelp(user.id());
            changed.run();
            show(outcome);
            heading.getElement().callJsFunction("focus");
        });
    }

    private String name() {
        return user.data().firstName() + " " + user.data().lastName();
    }
}
