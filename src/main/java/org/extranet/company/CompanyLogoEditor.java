package org.extranet.company;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.ByteArrayInputStream;
import org.extranet.base.ui.LimitedUpload;
import org.extranet.base.ui.UploadTexts;

/**
 * Adding a logo: an administrator (or staff, for the company) chooses an image file and sees at once the logo
 * their quotes will carry; they can replace it or remove it.
 */
public class CompanyLogoEditor extends Div {

    private final CompanyLogoService logos;
    private final long companyId;
    private final Div preview = new Div();
    private final Upload upload;
    /** Refusals, announced at once by screen readers; beside the upload they concern. */
    private final Paragraph error = new Paragraph();
    /** Successes, announced politely. */
    private final Paragraph status = new Paragraph();
    private final Button remove;

    public CompanyLogoEditor(CompanyLogoService logos, long companyId) {
        this.logos = logos;
        this.companyId = companyId;
        addClassName("company-logo-page");

        preview.addClassName("logo-preview");
        add(new H2(getTranslation("logo.current")), preview);

        upload = new Upload(new LimitedUpload(CompanyLogoService.MAX_BYTES, this::uploaded, this::tooLarge));
        upload.setMaxFiles(1);
        // Only hints for the browser's file chooser: the server decides by the content.
        upload.setMaxFileSize(CompanyLogoService.MAX_BYTES);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/webp", ".png", ".jpg", ".jpeg", ".webp");
        upload.setI18n(i18n());
        upload.setDropAllowed(true);
        upload.addFileRejectedListener(rejected -> showError(rejected.getErrorMessage()));
        upload.addFailedListener(failed -> showError(getTranslation("logo.refused.FAILED")));
        upload.setId("logo-upload");

        error.addClassName("upload-error");
        error.setId("logo-upload-error");
        error.getElement().setAttribute("role", "alert");
        status.addClassName("upload-status");
        status.getElement().setAttribute("role", "status");

        remove = new Button(getTranslation("logo.remove"), VaadinIcon.TRASH.create(), click -> remove());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);

        add(new H2(getTranslation("logo.upload.heading")), new Paragraph(getTranslation("logo.upload.rules")),
                upload, error, status, remove);
        showCurrent();
    }

    /** Runs when the upload request ends, not on a click, so the refusal is shown here rather than by the error handler. */
    private void uploaded(UploadMetadata file, byte[] bytes) {
        upload.clearFileList();
        try {
            logos.replaceLogo(companyId, file.fileName(), String.valueOf(file.contentType()), bytes);
            clearMessages();
            status.setText(getTranslation("logo.replaced"));
        } catch (LogoRefused refused) {
            showError(getTranslation(refused.messageKey()));
        }
        showCurrent();
    }

    /** A file over the limit never reaches the service: the upload stops reading it. */
    private void tooLarge() {
        upload.clearFileList();
        showError(getTranslation("logo.refused." + LogoProblem.TOO_LARGE.name()));
    }

    private void remove() {
        boolean removed = logos.removeLogo(companyId);
        clearMessages();
        status.setText(getTranslation(removed ? "logo.removed" : "logo.none"));
        showCurrent();
    }

    private void showCurrent() {
        preview.removeAll();
        var logo = logos.logo(companyId);
        if (logo.isPresent()) {
            // A fresh handler (and address) each time, so the browser shows the new logo at once.
            var image = new Image(DownloadHandler.fromInputStream(request -> logos.logo(companyId)
                    .map(current -> new DownloadResponse(new ByteArrayInputStream(current.png()), "logo.png",
                            CompanyLogo.CONTENT_TYPE, current.png().length))
                    .orElseGet(() -> DownloadResponse.error(404))).inline(), getTranslation("logo.alt"));
            image.setWidth(logo.get().width() + "px");
            image.setMaxWidth("100%");
            image.addClassName("logo-image");
            preview.add(image, new Paragraph(getTranslation("logo.size", logo.get().width(), logo.get().height())));
        } else {
            preview.add(new Paragraph(getTranslation("logo.none")));
        }
        remove.setEnabled(logo.isPresent());
    }

    private void showError(String message) {
        status.setText("");
        error.setText(message);
        upload.getElement().setAttribute("aria-describedby", error.getId().orElseThrow());
    }

    private void clearMessages() {
        error.setText("");
        status.setText("");
    }

    private UploadI18N i18n() {
        return UploadTexts.of(this, getTranslation("logo.choose"), getTranslation("logo.drop"),
                getTranslation("logo.refused.TOO_MANY_FILES"), getTranslation("logo.refused.TOO_LARGE"),
                getTranslation("logo.refused.WRONG_TYPE"));
    }

}
