package org.extranet.backoffice;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.extranet.base.PermissionCodes;
import org.extranet.base.ui.Notices;
import org.extranet.base.ui.ShowsRefusals;
import org.extranet.company.CompanyEntitlements;

/**
 * Which external permissions a company's administrators may hand out. Granting is immediate;
 * taking one away asks first, naming how many users will lose it.
 */
class EntitlementsEditor extends Div {

    private final CompanyEntitlements companies;
    private final long companyId;
    private final String companyName;

    EntitlementsEditor(CompanyEntitlements companies, long companyId, String companyName, List<String> entitled) {
        this.companies = companies;
        this.companyId = companyId;
        this.companyName = companyName;
        addClassName("entitlements");
        var heading = new H2(getTranslation("backoffice.entitlements"));
        heading.setId("entitlements-heading");
        add(heading, new Paragraph(getTranslation("backoffice.entitlements.explanation")));
        for (String code : companies.permissionCatalogue()) {
            var checkbox = new Checkbox(getTranslation("permission." + code), entitled.contains(code));
            checkbox.setHelperText(getTranslation("permission." + code + ".description"));
            // A company always keeps an administrator, so managing users cannot be taken away.
            checkbox.setReadOnly(PermissionCodes.MANAGE_USERS.equals(code) && entitled.contains(code));
            checkbox.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    changed(checkbox, code, change.getValue());
                }
            });
            add(checkbox);
        }
    }

    private void changed(Checkbox checkbox, String code, boolean granted) {
        if (granted) {
            companies.grantEntitlement(companyId, code);
            notify(getTranslation("backoffice.entitlement.granted", getTranslation("permission." + code), companyName));
            return;
        }
        int holders = companies.holdersOf(companyId, code);
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("backoffice.entitlement.revoke.title", getTranslation("permission." + code)));
        confirm.setText(getTranslation("backoffice.entitlement.revoke.text", companyName, holders));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("backoffice.entitlement.revoke.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(yes -> {
            companies.revokeEntitlement(companyId, code);
            notify(getTranslation("backoffice.entitlement.revoked", getTranslation("permission." + code), holders));
        });
        // Refused: the box shows the entitlement kept, and a notice says why.
        ShowsRefusals.at(confirm, refusal -> {
            checkbox.setValue(true);
            return false;
        });
        confirm.addCancelListener(no -> checkbox.setValue(true));
        confirm.open();
    }

    private static void notify(String text) {
        Notices.done(text);
    }
}
