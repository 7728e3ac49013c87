package org.extranet.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * Vaadin's upload component in the user's language: the feature's own words for choosing, dropping
 * and refusing a file, and the product's words for everything the component says while it uploads.
 */
public final class UploadTexts {

    private UploadTexts() {
    }

    /** Every text but {@code choose}, {@code drop} and the three refusals, already translated, comes from the bundles. */
    public static UploadI18N of(Component page, String choose, String drop, String tooManyFiles, String tooLarge,
                                String wrongType) {
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(choose).setMany(choose));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(tooManyFiles).setFileIsTooBig(tooLarge)
                .setIncorrectFileType(wrongType));
        i18n.setFile(new UploadI18N.File().setRetry(page.getTranslation("upload.retry"))
                .setStart(page.getTranslation("upload.start")).setRemove(page.getTranslation("upload.remove")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(page.getTranslation("upload.connecting"))
                        .setStalled(page.getTranslation("upload.stalled"))
                        .setProcessing(page.getTranslation("upload.processing"))
                        .setHeld(page.getTranslation("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(page.getTranslation("upload.remaining"))
                        .setUnknown(page.getTranslation("upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(page.getTranslation("upload.server-unavailable"))
                        .setUnexpectedServerError(page.getTranslation("upload.server-error"))
                        .setForbidden(page.getTranslation("upload.forbidden"))
                        .setFileTooLarge(tooLarge)));
        return i18n;
    }
}
