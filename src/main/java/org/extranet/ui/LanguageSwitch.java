package org.extranet.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.VaadinSession;
import java.util.function.Consumer;
import org.extranet.base.Language;

/**
 * Switches between Polish and English. It offers the other language, named in that language
 * (and marked with its {@code lang}), so that a reader of either can find it.
 */
public class LanguageSwitch extends Button {

    public LanguageSwitch(Consumer<Language> remember) {
        Language current = Language.of(UI.getCurrent().getLocale());
        Language other = current == Language.PL ? Language.EN : Language.PL;
        setText(getTranslation(other.locale(), "language.name"));
        getElement().setAttribute("lang", other.code());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("language-switch");
        addClickListener(click -> {
            remember.accept(other);
            VaadinSession.getCurrent().setLocale(other.locale());
            UI.getCurrent().getPage().reload();
        });
    }
}
