package org.extranet.user;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;
import org.extranet.base.ui.Notices;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The user form in its window, for creating ({@link CreateUserDialog})
 * or editing ({@link EditUserDialog}) a user. The form checks what it can at once; the service
 * decides, and its refusals are shown at the field they concern or, for rules, as a message in the
 * window. Every action is one transaction, so nothing is half-written.
 */
abstract class UserForm extends Dialog {

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

    /** Runs one service action; a refusal is shown where it belongs and false returned. */
    boolean attempt(Runnable action) {
        hideProblem();
        try {
            action.run();
            return true;
        } catch (InvalidUserException invalid) {
            fields.showAtField(invalid);
        } catch (UserRuleException rule) {
            showProblem(rule.messageKey());
        } catch (AccessDeniedException denied) {
            // Deleted or moved by someone else meanwhile, or the actor's own rights are gone.
            showProblem("user.error.not-allowed");
        }
        return false;
    }

    void showProblem(String messageKey) {
        problem.removeAll();
        problem.add(new Span(getTranslation(messageKey)));
        Button remedy = remedy(messageKey);
        if (remedy != null) {
            problem.add(remedy);
        }
        problem.setVisible(true);
    }

    /** A button beside the problem that helps with it, if there is one. */
    @Nullable Button remedy(String messageKey) {
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
