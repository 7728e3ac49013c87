package org.extranet.quote;

import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;

/** A quote's PDF as a download, made when it is asked for, with the rights checked then. */
final class QuotePdfDownload {

    static final String CONTENT_TYPE = "application/pdf";

    private QuotePdfDownload() {
    }

    static DownloadHandler handler(QuoteService quotes, long id, String number, Locale locale) {
        return DownloadHandler.fromInputStream(request -> quotes.pdf(id, locale)
                .map(pdf -> new DownloadResponse(new ByteArrayInputStream(pdf), number + ".pdf", CONTENT_TYPE,
                        pdf.length))
                .orElseGet(() -> DownloadResponse.error(404)));
    }
}
