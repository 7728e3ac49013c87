package org.extranet.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfiguration {

    /** The sign-in page's path; the UI names the view behind it (a {@code VaadinSecurityConfigurer} customizer). */
    public static final String LOGIN_PATH = "login";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInAccounts accounts, SessionRecords records,
                                            Customizer<VaadinSecurityConfigurer> loginView,
                                            ObjectProvider<SecurityContextHolderStrategy> securityContexts,
                                            RequestUtil vaadinRequests, SessionSettings sessionSettings, Clock clock,
                                            WebAuthnRelyingPartyOperations passkeys, PasskeyThrottle passkeyThrottle,
                                            AuthenticationEventPublisher authenticationEvents,
                                            ApplicationEventPublisher events, RecentSignIn recentSignIn)
            throws Exception {
        var contexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        // Spring Security's WebAuthn filters take the holder strategy that is global when they are made,
        // and two of them cannot be given another; Vaadin makes its strategy global only once every bean
        // exists, after this chain is built. Global now, those filters read the context the others fill.
        SecurityContextHolder.setContextHolderStrategy(contexts);
        // Vaadin's configurer first: it names the sign-in page during its init, which must come before
        // the form-login configurer's init, or Spring Security serves its own generated page at /login.
        // Its CSRF setup would exempt the sign-in form; the one below does not (login CSRF).
        // An address that is no page reaches the router, which answers with the translated not-found
        // page, instead of a bare 403 (Vaadin's default denies it); signed-in users only.
        // Signing out (Vaadin's sign-out runs the same handlers) ends the session's record.
        http.with(vaadin(), vaadin -> {
            loginView.customize(vaadin);
            vaadin.enableCsrfConfiguration(false);
            vaadin.anyRequest(AuthorizedUrl::authenticated);
            vaadin.addLogoutHandler((request, response, authentication) -> {
                Long recordId = CurrentUser.recordOf(request.getSession(false));
                if (recordId != null) {
                    records.end(recordId);
                }
            });
        });
        // Every successful sign-in gets its session record (SessionRecords).
        http.sessionManagement(sessions -> sessions.addSessionAuthenticationStrategy(
                (authentication, request, response) -> records.start(authentication, request)));
        // Vaadin's own requests carry Vaadin's CSRF token; every other POST, the sign-in form's
        // included, must carry Spring Security's (the form takes it from the page's meta tags).
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // A sign-in page whose token is no longer valid (its session ended) says so and lets the user retry.
        var redirect = new DefaultRedirectStrategy();
        // Any other refusal stays a plain 403: a signed-in user is not sent to the sign-in page.
        http.exceptionHandling(exceptions -> exceptions
                .defaultAccessDeniedHandlerFor((request, response, denied) -> redirect.sendRedirect(request, response,
                                "/" + LOGIN_PATH + "?error=" + SignInError.EXPIRED.parameter()),
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/" + LOGIN_PATH))
                .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE));
        // The product's stylesheets (frontend/*.css, served from the root) style the sign-in page too;
        // Vaadin opens only /styles.css itself, not the partials it imports.
        var stylesheets = Stylesheets.ofTheProduct();
        http.authorizeHttpRequests(requests -> requests.requestMatchers(stylesheets).permitAll()
                .requestMatchers(PasskeyEndpoints.REMOVAL).denyAll());
        http.formLogin(form -> form.failureHandler(new SignInFailureHandler("/" + LOGIN_PATH)));
        http.webAuthn(webAuthn -> PasskeyEndpoints.configure(http, webAuthn,
                new PasskeySignIn(passkeys, accounts, passkeyThrottle, clock), authenticationEvents, events, contexts));
        http.headers(BrowserHeaders::configure);
        http.addFilterAfter(new SessionCheckFilter(accounts, records, contexts, stylesheets, sessionSettings, clock),
                SecurityContextHolderFilter.class);
        http.addFilterAfter(PasskeyEndpoints.registrationNeedsRecentSignIn(recentSignIn), SessionCheckFilter.class);
        return http.build();
    }

    /**
     * Whether an account is locked or not yet activated is told only to someone who typed its
     * password correctly; before that every failure looks the same. Repeated failures block the
     * address typed and the client for a while ({@link SignInThrottle}).
     */
    @Bean
    AuthenticationProvider authenticationProvider(SignInAccounts accounts, PasswordEncoder passwordEncoder,
                                                  SignInThrottle throttle, PasswordChecks checks) {
        var provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(user -> { });
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isAccountNonLocked()) {
                throw new LockedException("Account locked");
            }
            if (!user.isEnabled()) {
                throw new DisabledException("Account not activated");
            }
        });
        return new ThrottledSignIn(provider, throttle, checks);
    }

    /**
     * Spring Security's events for every sign-in outcome, the product's own refusals included (a
     * block, no turn to check the password), so that each reaches the application log like any other failure.
     */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        var publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(Map.of(
                SignInBlockedException.class, SignInRefusedEvent.class,
                SignInBusyException.class, SignInRefusedEvent.class));
        return publisher;
    }

    /**
     * No observation around each filter of the chain: every request (each of Vaadin's too) would
     * time some fifteen filters, about a tenth of a sign-in's CPU outside the password check. The
     * requests are timed once each as {@code http.server.requests}; sign-ins and their outcomes are
     * counted by the product ({@code operations.SignInMetrics}), and authentications and
     * authorizations keep their observations.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.withDefaults().shouldObserveRequests(false).build();
    }
}
