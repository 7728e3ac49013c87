package org.extranet.user;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The admin panel's notifications. Success fades after a while; a refusal stays until closed,
 * so that nobody misses why nothing happened, and it is announced assertively.
 */
final class Notices {

    private static final int SUCCESS_DURATION = 6000;

    private Notices() {
    }

    static Notification success(String text) {
        var notification = Notification.show(text, SUCCESS_DURATION, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }

    static Notification error(String text) {
        var notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setPosition(Notification.Position.MIDDLE);
        notification.setAssertive(true);
        var close = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        close.setAriaLabel(close.getTranslation("admin-panel.close"));
        close.setTooltipText(close.getTranslation("admin-panel.close"));
        close.getStyle().set("color", "inherit");
        var content = new HorizontalLayout(new Span(text), close);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        notification.add(content);
        notification.open();
        return notification;
    }
}
