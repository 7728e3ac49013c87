package org.extranet.mail;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One mail in full: subject, recipient, status, the plain-text part and the HTML part in a
 * sandboxed frame: it is shown, never put into the page itself. A set-password link shows as its
 * placeholder; staff can give the user a new one instead.
 */
class MailMessagePanel extends Div {

    private final Consumer<MailMessage> sendAgain;
    private final Consumer<MailMessage> newLink;
    private final LinkHelp.Delivery delivery;

    MailMessagePanel(Consumer<MailMessage> sendAgain, Consumer<MailMessage> newLink, LinkHelp.Delivery delivery) {
        this.sendAgain = sendAgain;
        this.newLink = newLink;
        this.delivery = delivery;
        addClassName("mail-message");
        getStyle().set("margin-top", "var(--lumo-space-l)");
        show(null);
    }

    void show(@Nullable MailMessage mail) {
        removeAll();
        if (mail == null) {
            add(new Paragraph(getTranslation("sent-mail.choose")));
            return;
        }
        add(new H2(mail.subject()));
        add(new Paragraph(getTranslation("sent-mail.to", mail.recipient())));
        add(new Paragraph(getTranslation("sent-mail.state", getTranslation("mail.status." + mail.status().name()),
                mail.attempts(), SentMailView.time(mail.createdAt()), SentMailView.time(mail.sentAt()))));
        if (mail.lastError() != null) {
            add(new Paragraph(getTranslation("sent-mail.error", mail.lastError())));
        }
        if (mail.status() == MailStatus.FAILED) {
            var again = new Button(getTranslation("sent-mail.send-again"), VaadinIcon.REFRESH.create(),
                    click -> sendAgain.accept(mail));
            again.setTooltipText(getTranslation("sent-mail.send-again.tooltip"));
            add(again);
        }
        if (mail.status() == MailStatus.VOIDED) {
            add(new Paragraph(getTranslation("sent-mail.voided")));
        }
        if (mail.carriesLink()) {
            add(new Paragraph(getTranslation("sent-mail.link-redacted")));
            String key = delivery == LinkHelp.Delivery.MAIL ? "sent-mail.new-link.send" : "sent-mail.new-link.show";
            var button = new Button(getTranslation(key), VaadinIcon.KEY.create(), click -> newLink.accept(mail));
            button.setTooltipText(getTranslation(key + ".tooltip"));
            add(button);
        }

        add(new H3(getTranslation("sent-mail.text-part")));
        var text = new Pre(mail.text());
        text.addClassName("mail-text");
        text.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere").set("user-select", "text")
                .set("font-size", "var(--lumo-font-size-s)").set("padding", "var(--lumo-space-m)")
                .set("background", "var(--lumo-contrast-5pct)");
        add(text);

        add(new H3(getTranslation("sent-mail.html-part")));
        var html = new IFrame();
        html.setSrcdoc(mail.html());
        // An empty sandbox: no scripts, no forms, no navigation of the page; the mail is only shown.
        html.getElement().setAttribute("sandbox", "");
        html.getElement().setAttribute("title", getTranslation("sent-mail.html-part.title", mail.subject()));
        html.getStyle().set("width", "100%").set("height", "32rem").set("border", "1px solid var(--lumo-contrast-20pct)");
        add(html);
    }
}
