package org.extranet.account;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import org.extranet.base.Language;
import org.extranet.passkey.MyPasskeys;
import org.extranet.passkey.YourPasskeys;
import org.extranet.password.PasswordPolicy;
import org.extranet.secondfactor.AuthenticatorEnrolment;
import org.extranet.secondfactor.AuthenticatorSection;
import org.extranet.secondfactor.SecondFactorAccount;
import org.extranet.security.RecentSignIn;
import org.extranet.session.MySessions;
import org.extranet.session.YourSessions;
import org.jspecify.annotations.Nullable;

/**
 * "Account information": the user's own data, company and permissions, the
 * language the product speaks to them, its colours, "Change password", the second factor, their
 * passkeys and where they are signed in.
 */
@Route("account")
@PermitAll
@Menu(order = 20, title = "nav.account")
public class AccountView extends Div implements HasDynamicTitle {

    private final AccountService accounts;

    AccountView(AccountService accounts, PasswordChange passwords, PasswordPolicy policy,
                SecondFactorAccount secondFactor, AuthenticatorEnrolment enrolment, RecentSignIn recentSignIn,
                MyPasskeys passkeys,
                MySessions sessions) {
        this.accounts = accounts;
        addClassName("page");
        addClassName("account-page");
        var account = accounts.myAccount();
        add(new H1(getTranslation("account.title")));
        add(details(account), permissions(account), language(account), appearance(account));

        var changePassword = new Button(getTranslation("change-password.open"));
        changePassword.addClassName("change-password");
        changePassword.addClickListener(click ->
                new ChangePasswordDialog(passwords, policy, account.email(), changePassword::focus).open());
        add(new Section(new H2(getTranslation("account.password")),
                new Paragraph(getTranslation("account.password.text")), changePassword));
        add(new AuthenticatorSection(secondFactor, enrolment, recentSignIn));
        add(new YourPasskeys(passkeys, recentSignIn), new YourSessions(sessions));
    }

    private Section details(Account account) {
        var list = new DescriptionList();
        entry(list, "account.name", account.fullName());
        entry(list, "account.email", account.email());
        entry(list, "account.phone", account.phone());
        entry(list, "account.company", account.staff() ? getTranslation("account.service-department")
                : account.companyName());
        list.addClassName("account-details");
        return new Section(new H2(getTranslation("account.details")), list);
    }

    private void entry(DescriptionList list, String labelKey, @Nullable String value) {
        list.add(new DescriptionList.Term(getTranslation(labelKey)),
                new DescriptionList.Description(value == null || value.isBlank() ? getTranslation("account.not-given") : value));
    }

    private Section permissions(Account account) {
        var section = new Section(new H2(getTranslation("account.permissions")));
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

    /**
     * The choice takes effect with its button, not on selection: moving through radio buttons with
     * the arrow keys selects each, and a reload on every key press would throw a keyboard user out.
     */
    private Section language(Account account) {
        var choice = new RadioButtonGroup<Language>(getTranslation("account.language.choice"));
        choice.setItems(Language.values());
        choice.setItemLabelGenerator(language -> getTranslation(language.locale(), "language.name"));
        // Each language named in itself, and marked so that screen readers pronounce it right.
        choice.setRenderer(new ComponentRenderer<>(language -> {
            var name = new Span(choice.getItemLabelGenerator().apply(language));
            name.getElement().setAttribute("lang", language.code());
            return name;
        }));
        choice.setValue(account.language());
        var save = new Button(getTranslation("account.language.save"), click -> changeLanguage(choice.getValue()));
        save.addClassName("change-language");
        var row = new Div(choice, save);
        row.addClassName("language-choice");
        return new Section(new H2(getTranslation("account.language")), row);
    }

    /**
     * Unlike the language, the colour scheme takes effect as it is selected: it needs no reload, so
     * moving through the options with the arrow keys shows each at once.
     */
    private Section appearance(Account account) {
        var choice = new RadioButtonGroup<ColorSchemeChoice>(getTranslation("account.color-scheme.choice"));
        choice.setItems(ColorSchemeChoice.values());
        choice.setItemLabelGenerator(scheme -> getTranslation("account.color-scheme." + scheme.name()));
        choice.setHelperText(getTranslation("account.color-scheme.help"));
        choice.setValue(account.colorScheme());
        choice.addClassName("color-scheme-choice");
        choice.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                accounts.changeColorScheme(change.getValue());
                ColorSchemes.apply(UI.getCurrent().getPage(), change.getValue());
            }
        });
        return new Section(new H2(getTranslation("account.appearance")), choice);
    }

    private void changeLanguage(@Nullable Language language) {
        if (language == null) {
            return;
        }
        accounts.changeLanguage(language);
        // Everything on the page, the top bar included, is rebuilt in the new language.
        VaadinSession.getCurrent().setLocale(language.locale());
        UI.getCurrent().getPage().reload();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.page-title");
    }
}
