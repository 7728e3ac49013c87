package org.extranet.quote;

import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/** A quote's PDF as a download, made when it is asked for, with the rights checked then. */
final class QuotePdfDownload {

    static final String CONTENT_TYPE = "application/pdf";
    private static final Logger log = LoggerFactory.getLogger(QuotePdfDownload.class);

    private QuotePdfDownload() {
    }

    static DownloadHandler handler(QuoteService quotes, long id, String number, Locale locale) {
        return DownloadHandler.fromInputStream(request -> response(quotes, id, number, locale));
    }

    /**
     * The PDF, or 404 when there is no such quote or it is not the user's to see (any more): the
     * same answer for both, as on the print page. The service has audited a refusal already, so
     * the log gets one warning line, not a stack trace.
     */
    static DownloadResponse response(QuoteService quotes, long id, String number, Locale locale) {
        Optional<byte[]> pdf;
        try {
            pdf = quotes.pdf(id, locale);
        } catch (AccessDeniedException refused) {
            pdf = Optional.empty();
        }
        if (pdf.isEmpty()) {
            log.warn("Quote PDF not found: quote {} does not exist or is not this user's", id);
            return DownloadResponse.error(HttpStatusCode.NOT_FOUND.getCode());
        }
        byte[] bytes = pdf.get();
        return new DownloadResponse(new ByteArrayInputStream(bytes), number + ".pdf", CONTENT_TYPE, bytes.length);
    }
}
