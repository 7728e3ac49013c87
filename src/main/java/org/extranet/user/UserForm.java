package org.extranet.user;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;
import org.extranet.base.FieldRefusal;
import org.extranet.base.Refusal;
import org.extranet.base.ui.NotAllowed;
import org.extranet.base.ui.Notices;
import org.extranet.base.ui.ShowsRefusals;
import org.jspecify.annotations.Nullable;

/**
 * The user form in its window, for creating ({@link CreateUserDialog})
 * or editing ({@link EditUserDialog}) a user. The form checks what it can at once; the service
 * decides, and its refusals are shown at the field they concern or, for rules, as a message in the
 * window. Every action is one transaction, so nothing is half-written.
 */
abstract class UserForm extends Dialog implements ShowsRefusals {

    /** What changed, so that the list can refresh and put the focus back sensibly. */
    enum Change { CREATED, SAVED, DELETED, SIGN_IN_HELPED }

    final UserServices users;
    final Consumer<Change> changed;
    final UserFields fields = new UserFields();
    private final Div problem = new Div();

    UserForm(UserServices users, Consumer<Change> changed) {
        this.users = users;
        this.changed = changed;
        setWidth("44rem");
        setMaxWidth("100%");
        setCloseOnOutsideClick(false);
        problem.getElement().setAttribute("role", "alert");
        problem.addClassName("form-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)")
                .set("background", "var(--lumo-error-color-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("margin-bottom", "var(--lumo-space-m)");
        problem.setVisible(false);
        add(problem, fields);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                fields.focusEmail();
            }
        });
    }

    /** The form's values when the form's own checks pass; otherwise the first bad field gets the focus. */
    @Nullable UserData validData() {
        hideProblem();
        return fields.validData();
    }

    /**
     * A refusal of what was typed is shown at its field; any other in the window's message area,
     * where it stays beside the form it is about.
     */
    @Override
    public boolean show(Refusal refusal) {
        if (refusal instanceof FieldRefusal at && at.field() instanceof UserField field) {
            fields.showAt(field, getTranslation(at.messageKey(), at.arguments()));
            return true;
        }
        problem.removeAll();
        // Deleted or moved by someone else meanwhile, or the actor's own rights are gone.
        String messageKey = refusal instanceof NotAllowed ? "user.error.not-allowed" : refusal.messageKey();
        problem.add(new Span(getTranslation(messageKey, refusal.arguments())));
        Button remedy = remedy(refusal);
        if (remedy != null) {
            problem.add(remedy);
        }
        problem.setVisible(true);
        return true;
    }

    /** A button beside the problem that helps with it, if there is one. */
    @Nullable Button remedy(Refusal refusal) {
        return null;
    }

    void hideProblem() {
        problem.setVisible(false);
        problem.removeAll();
    }

    /**
     * Closes the window, then tells what happened: a notification opened while a modal window is
     * open would belong to that window and vanish with it.
     */
    void finish(Change change, String notice) {
        changed.accept(change);
        close();
        Notices.done(notice);
    }

    static String name(UserData data) {
        return data.firstName().strip() + " " + data.lastName().strip();
    }
}
