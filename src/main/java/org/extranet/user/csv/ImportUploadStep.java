package org.extranet.user.csv;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.util.function.Consumer;
import org.extranet.base.Refusal;
import org.extranet.base.ui.LimitedUpload;
import org.extranet.base.ui.UploadTexts;

/**
 * The import's first step: what the file must look like, and the upload. A file refused as a whole
 * (too large, not UTF-8, quotes that do not pair up, too many rows) is said here, and nothing else
 * happens.
 */
class ImportUploadStep extends Div {

    private final Upload upload;
    private final H2 heading = new H2();
    /** Refusals, announced at once by screen readers; beside the upload they concern. */
    private final Paragraph error = new Paragraph();
    private final Consumer<ImportFile> read;

    ImportUploadStep(Consumer<ImportFile> read) {
        this.read = read;
        addClassName("import-step");
        heading.setText(getTranslation("user-import.upload.heading"));
        heading.getElement().setAttribute("tabindex", "-1");
        upload = new Upload(new LimitedUpload(UserCsvReader.MAX_BYTES, this::uploaded, this::tooLarge));
        upload.setMaxFiles(1);
        // Hints for the browser's file chooser only: the reader decides by the content.
        upload.setMaxFileSize(UserCsvReader.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setDropAllowed(true);
        upload.setI18n(i18n());
        upload.setId("user-import-upload");
        upload.addFileRejectedListener(rejected -> showError(rejected.getErrorMessage()));
        upload.addFailedListener(failed -> showError(getTranslation("user-import.refused.failed")));
        error.addClassName("upload-error");
        error.setId("user-import-error");
        error.getElement().setAttribute("role", "alert");
        add(heading, new Paragraph(getTranslation("user-import.upload.rules", UserCsvReader.MAX_ROWS, megabytes())),
                new Paragraph(getTranslation("user-import.upload.columns")), upload, error);
    }

    H2 heading() {
        return heading;
    }

    /** Runs when the upload request ends, not on a click, so a refusal is shown here rather than by the error handler. */
    private void uploaded(UploadMetadata file, byte[] bytes) {
        upload.clearFileList();
        ImportFile rows;
        try {
            rows = UserCsvReader.read(bytes);
        } catch (Refusal refused) {
            showError(getTranslation(refused.messageKey(), refused.arguments()));
            return;
        }
        error.setText("");
        read.accept(rows);
    }

    private void tooLarge() {
        upload.clearFileList();
        showError(getTranslation("user-import.refused.too-large", megabytes()));
    }

    private void showError(String message) {
        error.setText(message);
        upload.getElement().setAttribute("aria-describedby", "user-import-error");
    }

    private static int megabytes() {
        return UserCsvReader.MAX_BYTES / (1024 * 1024);
    }

    private UploadI18N i18n() {
        return UploadTexts.of(this, getTranslation("user-import.upload.choose"), getTranslation("user-import.upload.drop"),
                getTranslation("user-import.refused.too-many-files"),
                getTranslation("user-import.refused.too-large", megabytes()), getTranslation("user-import.refused.wrong-type"));
    }
}
