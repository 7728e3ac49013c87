package org.extranet.security;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * What every response tells the browser. Spring Security's defaults stay (nosniff, no caching of
 * pages, frame denial, HSTS on HTTPS requests); added are a content security policy, no referrer
 * (set-password links carry their token in the address) and a permissions policy.
 * <p>
 * They are written before the request goes on, not when the response is committed: Vaadin serves
 * its pages through a forward that commits the response behind the back of Spring Security's
 * late writing, so pages went out with none of these. Vaadin keeps what is already set (its own
 * X-Frame-Options yields to ours) and sets its own Cache-Control on static files.
 */
final class BrowserHeaders {

    /**
     * As strict as Vaadin Flow allows: it boots from an inline script, runs server-sent JavaScript
     * through {@code new Function} (hence 'unsafe-eval'), and its components and Lumo set inline
     * styles and use data: images. Everything else comes from the product's own origin only.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final String PERMISSIONS_POLICY = String.join(", ",
            "accelerometer=()", "camera=()", "geolocation=()", "gyroscope=()", "magnetometer=()",
            "microphone=()", "payment=()", "usb=()");

    private BrowserHeaders() {
    }

    static void configure(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <F extends HeaderWriterFilter> F postProcess(F filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                });
    }
}
