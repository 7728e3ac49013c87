package org.extranet.user;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import java.util.function.Consumer;
import org.extranet.base.Language;

/** "Create new user": an empty form with two buttons, "Create new user" and "… and notify". */
final class CreateUserDialog extends UserForm {

    private final long companyId;

    CreateUserDialog(UserServices users, long companyId, Consumer<Change> changed) {
        super(users, changed);
        this.companyId = companyId;
        setHeaderTitle(getTranslation("user-form.create.title"));
        fields.clear(Language.of(getLocale()));
        fields.offerPermissions(users.directory().grantablePermissions(companyId));

        var cancel = new Button(getTranslation("user-form.cancel"), click -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var create = new Button(getTranslation("user-form.create"), click -> create(false));
        var createAndNotify = new Button(getTranslation("user-form.create-and-notify"), click -> create(true));
        createAndNotify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, create, createAndNotify);
    }

    private void create(boolean notify) {
        UserData data = validData();
        if (data == null) {
            return;
        }
        users.administration().createUser(companyId, data, notify);
        finish(Change.CREATED, notify
                ? getTranslation("user-form.created-and-notified", name(data), data.email().strip())
                : getTranslation("user-form.created", name(data)));
    }
}
