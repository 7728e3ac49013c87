package org.extranet.application;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.extranet.base.FieldRefusal;
import org.extranet.base.Refusal;
import org.extranet.base.ui.ShowsRefusals;
import org.extranet.oidc.ExtranetScopes;
import org.springframework.security.oauth2.core.oidc.OidcScopes;

/**
 * An application's registration as staff type it: addresses one per line, the kind (fixed once
 * registered) and the scopes as checkboxes, {@code openid} always ticked. What the provider does
 * not accept is refused by the service and shown at its field.
 */
class ApplicationForm extends FormLayout implements ShowsRefusals {

    private final TextField name = new TextField(getTranslation("application.field.name"));
    private final TextArea redirectUris = new TextArea(getTranslation("application.field.redirect-uris"));
    private final TextArea postLogoutUris = new TextArea(getTranslation("application.field.post-logout-uris"));
    private final TextField backchannelLogoutUri = new TextField(getTranslation("application.field.backchannel-logout-uri"));
    private final RadioButtonGroup<Boolean> kind = new RadioButtonGroup<>(getTranslation("application.field.kind"));
    private final CheckboxGroup<String> scopes = new CheckboxGroup<>(getTranslation("application.field.scopes"));
    private final Map<ApplicationField, HasValidation> fields = Map.of(ApplicationField.NAME, name,
            ApplicationField.REDIRECT_URIS, redirectUris, ApplicationField.POST_LOGOUT_URIS, postLogoutUris,
            ApplicationField.BACKCHANNEL_LOGOUT_URI, backchannelLogoutUri, ApplicationField.SCOPES, scopes);

    ApplicationForm() {
        addClassName("application-form");
        name.setMaxLength(ApplicationRules.LONGEST_NAME);
        name.setRequiredIndicatorVisible(true);
        redirectUris.setRequiredIndicatorVisible(true);
        redirectUris.setHelperText(getTranslation("application.field.redirect-uris.helper"));
        postLogoutUris.setHelperText(getTranslation("application.field.post-logout-uris.helper"));
        backchannelLogoutUri.setHelperText(getTranslation("application.field.backchannel-logout-uri.helper"));
        for (TextArea area : List.of(redirectUris, postLogoutUris)) {
            area.setMaxLength(ApplicationRules.LONGEST_LIST);
            area.setMinRows(2);
        }
        kind.setItems(true, false);
        kind.setItemLabelGenerator(confidential -> getTranslation(confidential
                ? "application.kind.confidential" : "application.kind.public"));
        kind.setValue(true);
        scopes.setItems(ExtranetScopes.ALL);
        scopes.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        scopes.setItemLabelGenerator(scope -> getTranslation("application.scope." + scope));
        // Every application gets openid: ticked and not to be unticked.
        scopes.setItemEnabledProvider(scope -> !OidcScopes.OPENID.equals(scope));
        scopes.setValue(withOpenId(List.of()));
        add(name, kind, redirectUris, postLogoutUris, backchannelLogoutUri, scopes);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2));
        setColspan(redirectUris, 2);
        setColspan(postLogoutUris, 2);
        setColspan(backchannelLogoutUri, 2);
        setColspan(scopes, 2);
    }

    private static Set<String> withOpenId(Collection<String> scopes) {
        var all = new LinkedHashSet<String>();
        all.add(OidcScopes.OPENID);
        all.addAll(scopes);
        return all;
    }

    void focusName() {
        name.focus();
    }

    /** Shows a registered application; its kind can no longer be changed. */
    void show(ApplicationData data) {
        name.setValue(data.name());
        redirectUris.setValue(String.join("\n", data.redirectUris()));
        postLogoutUris.setValue(String.join("\n", data.postLogoutRedirectUris()));
        backchannelLogoutUri.setValue(data.backchannelLogoutUri() == null ? "" : data.backchannelLogoutUri());
        kind.setValue(data.confidential());
        kind.setReadOnly(true);
        kind.setHelperText(getTranslation("application.field.kind.fixed"));
        scopes.setValue(withOpenId(data.scopes()));
    }

    ApplicationData data() {
        fields.values().forEach(field -> field.setInvalid(false));
        return new ApplicationData(name.getValue(), lines(redirectUris), lines(postLogoutUris),
                backchannelLogoutUri.getValue().isBlank() ? null : backchannelLogoutUri.getValue().strip(),
                Boolean.TRUE.equals(kind.getValue()), withOpenId(scopes.getValue()));
    }

    private static List<String> lines(TextArea area) {
        return area.getValue().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** Shows the service's refusal of what was typed at the field it concerns; other refusals are not this form's. */
    @Override
    public boolean show(Refusal refusal) {
        if (!(refusal instanceof FieldRefusal invalid) || !(invalid.field() instanceof ApplicationField which)) {
            return false;
        }
        var field = fields.get(which);
        if (field == null) {
            return false;
        }
        field.setErrorMessage(getTranslation(invalid.messageKey(), invalid.arguments()));
        field.setInvalid(true);
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        }
        return true;
    }
}
