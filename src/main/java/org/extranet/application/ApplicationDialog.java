package org.extranet.application;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.Consumer;
import org.extranet.base.ui.ShowsRefusals;

/**
 * "Register application" or "Edit" in a window: the form, Cancel and the action. The window closes
 * only when the service took what was typed; a refusal shows at its field and the window stays.
 */
class ApplicationDialog extends Dialog {

    private final ApplicationForm form = new ApplicationForm();

    /** {@code save} gets what was typed; it returns normally only when the service took it. */
    ApplicationDialog(String title, String actionLabel, Consumer<ApplicationData> save) {
        addClassName("application-dialog");
        setHeaderTitle(title);
        setWidth("min(48rem, 95vw)");
        ShowsRefusals.at(this, form);
        add(form);
        var action = new Button(actionLabel, click -> {
            save.accept(form.data());
            close();
        });
        action.addClassName("application-save");
        action.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("application.cancel"), click -> close()), action);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                form.focusName();
            }
        });
    }

    ApplicationDialog showing(ApplicationData data) {
        form.show(data);
        return this;
    }
}
