package org.extranet.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.extranet.account.AccountService;
import org.springframework.stereotype.Component;

/**
 * Every new page speaks the signed-in user's language (the browser's until someone signs in),
 * and tells the browser and screen readers which language that is.
 */
@Component
class UiLanguage implements VaadinServiceInitListener {

    private final AccountService accounts;

    UiLanguage(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            accounts.myLanguage().ifPresent(language -> ui.setLocale(language.locale()));
            ui.getPage().executeJs("document.documentElement.lang = $0", ui.getLocale().getLanguage());
        });
    }
}
