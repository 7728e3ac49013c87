package org.extranet.address;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.extranet.base.ConcurrentChange;
import org.extranet.base.Refusal;
import org.extranet.base.ui.NotAllowed;
import org.extranet.base.ui.ShowsRefusals;

/**
 * Rejecting an address request: names the request and asks for the reason, which the requester
 * reads in their mail and on their Delivery addresses page. The reason is required.
 */
class RejectRequestDialog extends Dialog implements ShowsRefusals {

    private final TextArea reason = new TextArea();
    private final Consumer<String> reject;
    private final List<Runnable> rejectedListeners = new ArrayList<>();

    RejectRequestDialog(OpenAddressRequest request, String address, Consumer<String> reject) {
        this.reject = reject;
        addClassName("reject-request-dialog");
        setHeaderTitle(getTranslation("inbox.reject.title"));
        setWidth("min(36rem, 100%)");

        reason.setLabel(getTranslation("inbox.reject.reason"));
        reason.setHelperText(getTranslation("inbox.reject.reason.help"));
        reason.setRequiredIndicatorVisible(true);
        // The rule below decides, with its own message; the field's built-in check would overrule it.
        reason.setManualValidation(true);
        reason.setMaxLength(AddressRules.REASON_MAX);
        reason.setWidthFull();
        reason.setMinHeight("8rem");
        reason.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        reason.addValueChangeListener(change -> check());
        add(new Paragraph(getTranslation("inbox.reject.context", request.companyName(), request.requester(), address)),
                reason);

        var confirm = new Button(getTranslation("inbox.reject.save"), click -> submit());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        var cancel = new Button(getTranslation("addresses.form.cancel"), click -> close());
        getFooter().add(cancel, confirm);
    }

    /** Called once the request has been rejected and the dialog closed. */
    void addRejectedListener(Runnable listener) {
        rejectedListeners.add(listener);
    }

    @Override
    public void open() {
        super.open();
        reason.focus();
    }

    private boolean check() {
        var problem = AddressRules.reasonProblem(reason.getValue());
        problem.ifPresent(this::showAtReason);
        reason.setInvalid(problem.isPresent());
        return problem.isEmpty();
    }

    private void showAtReason(Refusal problem) {
        reason.setErrorMessage(getTranslation(problem.messageKey(), problem.arguments()));
        reason.setInvalid(true);
    }

    /**
     * Decided by a colleague meanwhile (or out of reach): the window closes and a notice says so;
     * the list then shows what is still open. Any other refusal is about the reason.
     */
    @Override
    public boolean show(Refusal refusal) {
        if (refusal instanceof ConcurrentChange || refusal instanceof NotAllowed) {
            close();
            return false;
        }
        showAtReason(refusal);
        reason.focus();
        return true;
    }

    private void submit() {
        if (!check()) {
            reason.focus();
            return;
        }
        reject.accept(reason.getValue());
        close();
        rejectedListeners.forEach(Runnable::run);
    }
}
