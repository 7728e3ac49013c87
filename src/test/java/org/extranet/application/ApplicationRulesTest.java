package org.extranet.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.extranet.base.FieldRefusal;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What a registration must be before the provider takes it: exact, absolute, https (or loopback http) addresses. */
class ApplicationRulesTest {

    private static ApplicationData with(List<String> redirects, List<String> postLogout, @Nullable String backchannel,
                                        Set<String> scopes) {
        return new ApplicationData("  Orders  ", redirects, postLogout, backchannel, true, scopes);
    }

    private static ApplicationData redirectingTo(String address) {
        return with(List.of(address), List.of(), null, Set.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://orders.example.com/login/oauth2/code/extranet", "https://orders.example.com:8443/cb?tenant=1",
            "http://localhost:8081/cb", "http://127.0.0.1:8081/cb", "http://[::1]:8081/cb", "HTTPS://orders.example.com/cb"})
    void exact_https_or_loopback_http_addresses_are_taken_as_typed(String address) {
        assertThat(ApplicationRules.checked(redirectingTo(address)).redirectUris()).containsExactly(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://*.example.com/cb", "https://orders.example.com/*", "https://orders.example.com/cb*",
            "https://orders.example.com/cb#fragment", "https://orders.example.com/cb#", "http://orders.example.com/cb",
            "http://localhost.example.com/cb", "http://10.0.0.1/cb", "/login/oauth2/code/extranet", "orders.example.com/cb",
            "javascript:alert(1)", "com.example.orders:/cb", "ftp://orders.example.com/cb", "https:///cb",
            "https://orders.example.com/a,https://orders.example.com/b", "https://orders example.com/cb"})
    void wildcards_fragments_plain_http_elsewhere_and_relative_addresses_are_refused_at_their_field(String address) {
        assertThatThrownBy(() -> ApplicationRules.checked(redirectingTo(address)))
                .isInstanceOfSatisfying(FieldRefusal.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo(ApplicationField.REDIRECT_URIS);
                    assertThat(refusal.messageKey()).isEqualTo("application.error.address");
                });
    }

    @Test
    void the_same_rules_hold_after_signing_out_and_for_back_channel_logout() {
        assertThatThrownBy(() -> ApplicationRules.checked(with(List.of("https://a.example/cb"),
                List.of("https://a.example/bye#x"), null, Set.of())))
                .isInstanceOfSatisfying(FieldRefusal.class, refusal ->
                        assertThat(refusal.field()).isEqualTo(ApplicationField.POST_LOGOUT_URIS));
        assertThatThrownBy(() -> ApplicationRules.checked(with(List.of("https://a.example/cb"), List.of(),
                "http://a.example/logout", Set.of())))
                .isInstanceOfSatisfying(FieldRefusal.class, refusal ->
                        assertThat(refusal.field()).isEqualTo(ApplicationField.BACKCHANNEL_LOGOUT_URI));
    }

    @Test
    void blank_lines_and_repeats_go_the_name_is_trimmed_and_openid_is_always_granted() {
        var checked = ApplicationRules.checked(with(List.of(" https://a.example/cb ", "", "https://a.example/cb"),
                List.of("  "), " ", Set.of("email")));

        assertThat(checked.name()).isEqualTo("Orders");
        assertThat(checked.redirectUris()).containsExactly("https://a.example/cb");
        assertThat(checked.postLogoutRedirectUris()).isEmpty();
        assertThat(checked.backchannelLogoutUri()).isNull();
        assertThat(checked.scopes()).containsExactlyInAnyOrder("openid", "email");
    }

    @Test
    void a_name_at_least_one_redirect_address_and_known_scopes_are_required() {
        assertThatThrownBy(() -> ApplicationRules.checked(new ApplicationData(" ", List.of("https://a.example/cb"),
                List.of(), null, true, Set.of())))
                .isInstanceOfSatisfying(FieldRefusal.class, refusal -> assertThat(refusal.field()).isEqualTo(ApplicationField.NAME));
        assertThatThrownBy(() -> ApplicationRules.checked(new ApplicationData("x".repeat(ApplicationRules.LONGEST_NAME + 1),
                List.of("https://a.example/cb"), List.of(), null, true, Set.of())))
                .isInstanceOfSatisfying(FieldRefusal.class, refusal -> assertThat(refusal.messageKey()).isEqualTo("application.error.too-long"));
        assertThatThrownBy(() -> ApplicationRules.checked(with(List.of(" "), List.of(), null, Set.of())))
                .isInstanceOfSatisfying(FieldRefusal.class, refusal ->
                        assertThat(refusal.messageKey()).isEqualTo("application.error.redirect-required"));
        assertThatThrownBy(() -> ApplicationRules.checked(with(List.of("https://a.example/cb"), List.of(), null,
                Set.of("offline_access"))))
                .isInstanceOfSatisfying(FieldRefusal.class, refusal -> assertThat(refusal.field()).isEqualTo(ApplicationField.SCOPES));
        var tooMany = java.util.stream.IntStream.range(0, 40).mapToObj(i -> "https://orders.example.com/callback/" + i).toList();
        assertThatThrownBy(() -> ApplicationRules.checked(with(tooMany, List.of(), null, Set.of())))
                .isInstanceOfSatisfying(FieldRefusal.class, refusal -> assertThat(refusal.messageKey()).isEqualTo("application.error.too-long"));
    }
}
