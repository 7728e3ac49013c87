package org.extranet.application;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The client ID and, for a confidential application, the secret, shown this once after registering
 * or renewing: in read-only fields that select their text when focused, for copying. Only the
 * secret's hash is kept, so closing the window is the last chance to copy it.
 */
class SecretDialog extends Dialog {

    SecretDialog(String applicationName, IssuedSecret issued) {
        addClassName("secret-dialog");
        setHeaderTitle(getTranslation("application.secret.title") + ": " + applicationName);
        setWidth("min(40rem, 95vw)");
        var clientId = readOnly("application.secret.client-id", issued.clientId());
        add(clientId);
        String secret = issued.secret();
        TextField first = clientId;
        if (secret == null) {
            add(new Paragraph(getTranslation("application.secret.none")));
        } else {
            var once = new Paragraph(getTranslation("application.secret.once"));
            once.addClassName("secret-once");
            var secretField = readOnly("application.secret.secret", secret);
            secretField.addClassName("client-secret");
            add(once, secretField);
            first = secretField;
        }
        var close = new Button(getTranslation("application.close"), click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
        TextField focused = first;
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                focused.focus();
            }
        });
    }

    private TextField readOnly(String labelKey, String value) {
        var field = new TextField(getTranslation(labelKey));
        field.setValue(value);
        field.setReadOnly(true);
        field.setAutoselect(true);
        field.setWidthFull();
        return field;
    }
}
