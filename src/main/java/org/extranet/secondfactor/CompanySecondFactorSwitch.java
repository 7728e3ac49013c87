package org.extranet.secondfactor;

import com.vaadin.flow.component.checkbox.Checkbox;
import org.extranet.base.ui.Notices;

/**
 * "Require a second factor for everyone in the company", for the company's administrators (admin
 * panel) and staff (the company's page in the back office). It takes effect as it is ticked; the box
 * shows the stored choice, so a refused change leaves it as it was.
 */
public class CompanySecondFactorSwitch extends Checkbox {

    public CompanySecondFactorSwitch(SecondFactorPolicy policy, long companyId) {
        setLabel(getTranslation("second-factor.company.require"));
        addClassName("company-second-factor");
        setHelperText(getTranslation("second-factor.company.require.help"));
        setValue(policy.companyRequiresSecondFactor(companyId));
        addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            boolean wanted = change.getValue();
            setValue(!wanted);
            policy.requireSecondFactor(companyId, wanted);
            setValue(wanted);
            Notices.done(getTranslation(wanted ? "second-factor.company.required" : "second-factor.company.not-required"));
        });
    }
}
