package org.extranet.account;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Where everyone lands after signing in: who they are, for which company, with what rights. */
@Route("")
@PermitAll
public class StartView extends Div implements HasDynamicTitle {

    StartView(AccountService accounts) {
        addClassName("page");
        var account = accounts.myAccount();
        add(new H1(getTranslation("start.greeting", account.firstName())));
        add(new Paragraph(account.staff()
                ? getTranslation("start.staff")
                : getTranslation("start.company", account.companyName())));

        add(new H2(getTranslation("start.permissions")));
        if (account.permissions().isEmpty()) {
            add(new Paragraph(getTranslation("start.no-permissions")));
        } else {
            var list = new UnorderedList();
            list.addClassName("permission-list");
            account.permissions().forEach(code -> list.add(new ListItem(getTranslation("permission." + code))));
            add(list);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("start.page-title");
    }
}
