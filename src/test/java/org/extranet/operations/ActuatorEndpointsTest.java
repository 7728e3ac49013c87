package org.extranet.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.extranet.Fixtures;
import org.extranet.security.SignInFactors;
import org.extranet.security.WebClient;
import org.extranet.security.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The actuator on the product's own port, as it runs by default: health for anyone without
 * details, every other endpoint for staff with a complete sign-in only.
 */
class ActuatorEndpointsTest extends WebTest {

    private static final String[] JSON = {"Accept", "application/json"};

    @Autowired UserDetailsService accounts;

    @Test
    void liveness_and_readiness_answer_anyone_with_the_status_only() {
        var anyone = browser();
        for (String path : List.of("/actuator/health/liveness", "/actuator/health/readiness", "/actuator/health",
                "/livez", "/readyz")) {
            var response = anyone.get(path, JSON);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertStatusOnly(response.body());
            assertThat(response.headers().firstValue("Set-Cookie")).as("no session for a probe").isEmpty();
        }
    }

    @Test
    void metrics_and_the_other_endpoints_are_refused_to_anyone_not_signed_in() {
        var anyone = browser();
        for (String path : List.of("/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/jvm.memory.used",
                "/actuator/info", "/actuator")) {
            var response = anyone.get(path, JSON);
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.body()).as(path).doesNotContain("extranet_", "jvm");
        }
    }

    @Test
    void metrics_are_refused_to_a_company_administrator_and_to_staff_before_their_second_factor() {
        WebClient administrator = browser();
        assertThat(administrator.signIn(fixtures.user(fixtures.company(), "MANAGE_USERS"), Fixtures.PASSWORD)
                .statusCode()).isEqualTo(302);
        assertThat(administrator.get("/actuator/prometheus", JSON).statusCode()).isEqualTo(403);
        assertStatusOnly(administrator.get("/actuator/health", JSON).body());

        WebClient staff = browser();
        staff.signIn(fixtures.staff(), Fixtures.PASSWORD);
        assertThat(staff.get("/actuator/prometheus", JSON).statusCode()).isEqualTo(403);
    }

    @Test
    void staff_count_once_their_sign_in_is_complete() {
        String staff = fixtures.staff();
        String administrator = fixtures.user(fixtures.company(), "MANAGE_USERS");

        assertThat(ActuatorSecurity.isStaff(signedIn(staff, FactorGrantedAuthority.PASSWORD_AUTHORITY,
                SignInFactors.AUTHENTICATOR_APP))).isTrue();
        assertThat(ActuatorSecurity.isStaff(signedIn(staff, FactorGrantedAuthority.PASSWORD_AUTHORITY))).isFalse();
        assertThat(ActuatorSecurity.isStaff(signedIn(administrator, FactorGrantedAuthority.PASSWORD_AUTHORITY))).isFalse();
        assertThat(ActuatorSecurity.isStaff(null)).isFalse();
    }

    /** The status, and for the whole health the names of its groups; no component and no detail. */
    private static void assertStatusOnly(String body) {
        assertThat(body).contains("\"status\":\"UP\"").doesNotContain("components", "details", "db", "mailOutbox");
    }

    private Authentication signedIn(String email, String... factors) {
        var user = accounts.loadUserByUsername(email);
        var authorities = new ArrayList<GrantedAuthority>(user.getAuthorities());
        for (String factor : factors) {
            authorities.add(FactorGrantedAuthority.fromAuthority(factor));
        }
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }
}
