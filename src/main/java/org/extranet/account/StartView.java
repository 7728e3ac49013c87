package org.extranet.account;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * Where everyone lands after signing in: who they are, for which company, shortcuts to their
 * tasks with the numbers that matter, and their rights.
 */
@Route("")
@PermitAll
public class StartView extends Div implements HasDynamicTitle {

    StartView(AccountService accounts, TaskCounter tasks) {
        addClassName("page");
        addClassName("start-page");
        var account = accounts.myAccount();
        add(new H1(getTranslation("start.greeting", account.firstName())));
        add(new Paragraph(account.staff()
                ? getTranslation("start.staff")
                : getTranslation("start.company", account.companyName())));
        add(new Shortcuts(tasks.myTaskCounts()));
        add(permissions(account));
    }

    private Section permissions(Account account) {
        var section = new Section(new H2(getTranslation("start.permissions")));
        section.addClassName("start-permissions");
        if (account.permissions().isEmpty()) {
            section.add(new Paragraph(getTranslation("start.no-permissions")));
        } else {
            var list = new UnorderedList();
            list.addClassName("permission-list");
            account.permissions().forEach(code -> list.add(new ListItem(getTranslation("permission." + code))));
            section.add(list);
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("start.page-title");
    }
}
