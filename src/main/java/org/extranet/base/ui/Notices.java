package org.extranet.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The product's notices after an action: what was done fades after a while; a refusal stays until
 * closed, so that nobody misses why nothing happened, and it is announced assertively. A notice
 * never covers the control that has the focus (WCAG 2.4.11): it sits at the top or the bottom of
 * the window, whichever is farther from that control, and moves when the focus moves.
 */
public final class Notices {

    private static final int DONE_DURATION = 8000;

    private static final String AWAY_FROM_FOCUS = """
            const notice = this;
            const place = () => {
                let focused = document.activeElement;
                while (focused && focused.shadowRoot && focused.shadowRoot.activeElement) {
                    focused = focused.shadowRoot.activeElement;
                }
                if (!focused || focused === document.body) {
                    return;
                }
                const box = focused.getBoundingClientRect();
                const inLowerHalf = (box.top + box.bottom) / 2 > window.innerHeight / 2;
                const position = inLowerHalf ? 'top-center' : 'bottom-center';
                if (notice.position !== position) {
                    notice.position = position;
                }
            };
            // Focusing scrolls the control into view after focusin fires: place again once the
            // frame has settled, and whenever the page scrolls.
            const later = () => requestAnimationFrame(place);
            place();
            document.addEventListener('focusin', later);
            document.addEventListener('scroll', later, true);
            notice.addEventListener('opened-changed', event => {
                if (!event.detail.value) {
                    document.removeEventListener('focusin', later);
                    document.removeEventListener('scroll', later, true);
                }
            });
            """;

    private Notices() {
    }

    /** Tells that an action was done; the notice fades after a while. */
    public static Notification done(String text) {
        var notice = new Notification(text, DONE_DURATION);
        notice.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return open(notice);
    }

    /** Tells why nothing happened; the notice stays until the user closes it. */
    public static Notification refused(String text) {
        var notice = new Notification();
        notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notice.setAssertive(true);
        var close = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> notice.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        close.setAriaLabel(close.getTranslation("notice.close"));
        close.setTooltipText(close.getTranslation("notice.close"));
        close.getStyle().set("color", "inherit");
        var content = new HorizontalLayout(new Span(text), close);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        notice.add(content);
        return open(notice);
    }

    private static Notification open(Notification notice) {
        notice.setPosition(Notification.Position.BOTTOM_CENTER);
        notice.open();
        notice.getElement().executeJs(AWAY_FROM_FOCUS);
        return notice;
    }
}
