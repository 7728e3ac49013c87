package org.extranet.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.extranet.Fixtures;
import org.extranet.application.ApplicationData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * One application, users of two companies: each token, each userinfo answer and each introspection
 * carries only the signed-in user's own company and permissions. Introspection is for applications
 * that authenticate (a resource server checking a token another application was given); a public
 * application, having no secret, cannot ask.
 */
class TwoCompaniesTest extends ProviderTestSupport {

    private RelyingParty orders;
    private RelyingParty ordersApi;

    @BeforeAll
    void applications() {
        orders = confidentialApplication();
        ordersApi = confidentialApplication();
    }

    private record Signed(long company, long userId, JsonNode tokens) {
    }

    private Signed signedInThroughOrders(String... permissions) {
        long company = fixtures.company();
        String email = fixtures.user(company, permissions);
        return new Signed(company, fixtures.userId(email), tokens(signedIn(email), orders));
    }

    @Test
    void each_users_tokens_userinfo_and_introspection_carry_only_their_own_company_and_permissions() throws Exception {
        var a = signedInThroughOrders("PLACE_ORDERS", "VIEW_PRICES");
        var b = signedInThroughOrders("VIEW_INVOICES");

        for (var user : List.of(a, b)) {
            var other = user == a ? b : a;
            var id = SignedJWT.parse(user.tokens().get("id_token").asString()).getJWTClaimsSet();
            var access = SignedJWT.parse(user.tokens().get("access_token").asString()).getJWTClaimsSet();
            var userInfo = json(userInfo(user.tokens().get("access_token").asString()));
            var introspected = ordersApi.introspect(user.tokens().get("access_token").asString());

            assertThat(id.getSubject()).isEqualTo(Long.toString(user.userId()));
            assertThat(id.getJSONObjectClaim("company")).containsEntry("id", Long.toString(user.company()))
                    .containsEntry("name", fixtures.companyName(user.company()));
            assertThat(access.getStringClaim("company_id")).isEqualTo(Long.toString(user.company()));
            assertThat(userInfo.get("sub").asString()).isEqualTo(Long.toString(user.userId()));
            assertThat(userInfo.get("company").get("id").asString()).isEqualTo(Long.toString(user.company()));
            assertThat(introspected.get("sub").asString()).isEqualTo(Long.toString(user.userId()));
            assertThat(introspected.get("company_id").asString()).isEqualTo(Long.toString(user.company()));
            for (String text : List.of(id.toString(), access.toString(), userInfo.toString(), introspected.toString())) {
                assertThat(text).as("nothing of the other company's user")
                        .doesNotContain(fixtures.companyName(other.company()))
                        .doesNotContain("\"" + other.company() + "\"").doesNotContain("\"" + other.userId() + "\"");
            }
        }
        assertThat(SignedJWT.parse(a.tokens().get("access_token").asString()).getJWTClaimsSet()
                .getStringListClaim("permissions")).containsExactlyInAnyOrder("PLACE_ORDERS", "VIEW_PRICES");
        assertThat(SignedJWT.parse(b.tokens().get("access_token").asString()).getJWTClaimsSet()
                .getStringListClaim("permissions")).containsExactly("VIEW_INVOICES");
    }

    @Test
    void a_public_application_cannot_introspect_tokens() {
        var a = signedInThroughOrders("PLACE_ORDERS");
        var prices = register(new ApplicationData(Fixtures.unique("Prices"), List.of(redirect), List.of(), null, false,
                Set.of("openid")));

        var response = prices.server.post("/oauth2/introspect", Map.of("token", a.tokens().get("access_token").asString(),
                "client_id", prices.clientId), "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain(Long.toString(a.userId()));
    }
}
