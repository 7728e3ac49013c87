package org.extranet.operations;

import jakarta.servlet.http.HttpServletRequest;
import org.extranet.security.SignInFactors;
import org.extranet.security.SignedInSessions;
import org.extranet.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Who may read the actuator's endpoints, in a filter chain of their own ahead of the product's:
 * <ul>
 * <li>health and its liveness and readiness groups (and {@code /livez}, {@code /readyz}): anyone,
 *     with details for staff only ({@code management.endpoint.health.show-details=when-authorized});</li>
 * <li>every other endpoint (metrics, prometheus, info) on the product's port: staff with a complete
 *     sign-in, their session checked as on every page; anyone else gets 401 or 403;</li>
 * <li>on a separate management port ({@code management.server.port}): everything, without signing
 *     in, so that Prometheus can scrape it. That port is for the operators' network only.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain actuatorEndpoints(HttpSecurity http, SignedInSessions sessions) throws Exception {
        var health = new OrRequestMatcher(EndpointRequest.to(HealthEndpoint.class),
                EndpointRequest.toAdditionalPaths(WebServerNamespace.SERVER, HealthEndpoint.class));
        http.securityMatcher(new OrRequestMatcher(EndpointRequest.toAnyEndpoint(),
                        EndpointRequest.toAdditionalPaths(WebServerNamespace.SERVER, HealthEndpoint.class)))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(health).permitAll()
                        .requestMatchers(ActuatorSecurity::onManagementPort).permitAll()
                        .anyRequest().access((authentication, context) ->
                                new AuthorizationDecision(isStaff(authentication.get()))))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .addFilterAfter(sessions.sessionCheck(), SecurityContextHolderFilter.class);
        return http.build();
    }

    /** Staff whose sign-in is complete (the second factor given): they may see how the product runs. */
    static boolean isStaff(@Nullable Authentication authentication) {
        return SignInFactors.complete(authentication) && authentication != null
                && authentication.getAuthorities().stream()
                .anyMatch(authority -> ("ROLE_" + SignedInUser.STAFF_ROLE).equals(authority.getAuthority()));
    }

    /** A request to the management server, which runs only when its port differs from the product's. */
    private static boolean onManagementPort(HttpServletRequest request) {
        var context = WebApplicationContextUtils.getWebApplicationContext(request.getServletContext());
        return context != null && WebServerApplicationContext.hasServerNamespace(context, "management");
    }
}
