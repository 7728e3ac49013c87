package org.extranet.mail;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A new set-password link, shown once to the staff member who made it, to hand to the user (no
 * mail server to send it). The link is not kept anywhere: closing the dialog is the end of it.
 */
class NewLinkDialog extends Dialog {

    NewLinkDialog(NewLink.Shown shown) {
        setHeaderTitle(getTranslation("sent-mail.new-link.title", shown.recipient()));
        setMaxWidth("40rem");
        add(new Paragraph(getTranslation("sent-mail.new-link.shown", shown.recipient(),
                SentMailView.time(shown.link().expiresAt()))));
        var link = new TextField(getTranslation("sent-mail.new-link.field"));
        link.setValue(shown.link().url());
        link.setReadOnly(true);
        link.setWidthFull();
        add(link);
        var close = new Button(getTranslation("sent-mail.new-link.close"), click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                link.focus();
            }
        });
    }
}
