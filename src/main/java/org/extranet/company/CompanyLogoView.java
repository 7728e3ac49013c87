package org.extranet.company;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.extranet.base.PermissionCodes;

/**
 * Adding a logo: an administrator chooses an image file and sees at once the logo
 * their quotes will carry; they can replace it or remove it.
 */
@Route("company-logo")
@RolesAllowed({PermissionCodes.MANAGE_USERS})
@Menu(order = 40, title = "nav.company-logo")
public class CompanyLogoView extends Div implements HasDynamicTitle {

    CompanyLogoView(CompanyLogoService logos) {
        addClassName("page");
        add(new H1(getTranslation("logo.title")), new Paragraph(getTranslation("logo.intro")),
                new CompanyLogoEditor(logos, logos.myCompanyId()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("logo.page-title");
    }
}
