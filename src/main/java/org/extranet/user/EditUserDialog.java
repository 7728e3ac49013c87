package org.extranet.user;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import java.util.function.Consumer;
import org.extranet.base.ConcurrentChange;
import org.extranet.base.Refusal;
import org.extranet.base.ui.ShowsRefusals;
import org.extranet.session.UserSessionsSection;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Edit user": the form filled in, saved against the version it was opened with, with Save and
 * Delete user, and a "Sign-in" part that says why the user cannot sign in and offers the fix
 * (Unlock, Lift the block, Resend invitation), and a "Sessions" part: where the user is signed in,
 * and "Sign out everywhere".
 */
final class EditUserDialog extends UserForm {

    private EditableUser editing;

    private EditUserDialog(UserServices users, EditableUser user, Consumer<Change> changed) {
        super(users, changed);
        this.editing = user;
        setHeaderTitle(getTranslation("user-form.edit.title"));
        fields.offerPermissions(users.directory().grantablePermissions(user.companyId()));
        fields.fill(user.data());
        addComponentAtIndex(1, new SignInSection(users.signIn(), user, this::hideProblem, this::signInHelped));
        // Where the user is signed in comes after what the window is mainly for, their data.
        add(new UserSessionsSection(users.sessions(), user.id(), name(user.data()), this::hideProblem));

        var delete = new Button(getTranslation("user-form.delete"), click -> confirmDelete());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.getStyle().set("margin-inline-end", "auto");
        getFooter().add(delete);
        var cancel = new Button(getTranslation("user-form.cancel"), click -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var save = new Button(getTranslation("user-form.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }

    /** Reads the user first: one gone or out of reach is refused before a window opens. */
    static EditUserDialog of(UserServices users, long userId, Consumer<Change> changed) {
        return new EditUserDialog(users, users.directory().userForEdit(userId), changed);
    }

    private void save() {
        EditableUser user = editing;
        UserData data = validData();
        if (data == null) {
            return;
        }
        users.administration().updateUser(user.id(), user.version(), data);
        finish(Change.SAVED, getTranslation("user-form.saved", name(data)));
    }

    /**
     * After a fix in the sign-in part: the list shows it, and the form takes on the version that
     * unlocking moved on, unless someone else changed the user meanwhile (then Save says so).
     */
    private void signInHelped() {
        changed.accept(Change.SIGN_IN_HELPED);
        EditableUser before = editing;
        try {
            EditableUser now = users.directory().userForEdit(before.id());
            if (now.data().equals(before.data())) {
                editing = now;
            }
        } catch (AccessDeniedException gone) {
            // Save will tell.
        }
    }

    private void confirmDelete() {
        EditableUser user = editing;
        String name = user.data().firstName() + " " + user.data().lastName();
        var confirmation = new DeleteConfirmation(getTranslation("user-form.delete.confirm.text", name,
                user.data().email()), () -> {
            hideProblem();
            users.administration().deleteUser(user.id());
            finish(Change.DELETED, getTranslation("user-form.deleted", name));
        });
        ShowsRefusals.at(confirmation, this);
        confirmation.open();
    }

    @Override
    @Nullable Button remedy(Refusal refusal) {
        if (!(refusal instanceof ConcurrentChange)) {
            return null;
        }
        var reload = new Button(getTranslation("user-form.reload"), click -> reload());
        reload.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reload.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
        return reload;
    }

    /** After a change made meanwhile: the user as they are now, with the version to save against. */
    private void reload() {
        hideProblem();
        editing = users.directory().userForEdit(editing.id());
        fields.fill(editing.data());
        fields.focusEmail();
    }
}
