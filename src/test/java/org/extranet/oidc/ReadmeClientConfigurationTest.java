package org.extranet.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's Spring Boot client configuration, read from the README itself, against what the
 * provider serves: the issuer a client checks discovery against, the scopes it asks for (all of them
 * allowed to the demo application), the redirect address pattern, and a sign-in with the demo
 * application's client ID and secret, authenticating as Spring's client does (HTTP Basic).
 */
class ReadmeClientConfigurationTest extends ProviderTestSupport {

    private static final String PREFIX = "spring.security.oauth2.client.";

    private static Properties readmeConfiguration() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        var block = Pattern.compile("```properties\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("the README's client configuration").isTrue();
        var properties = new Properties();
        properties.load(new StringReader(block.group(1)));
        return properties;
    }

    @Test
    void the_readme_configuration_signs_a_user_in_to_the_demo_application() throws Exception {
        var readme = readmeConfiguration();
        assertThat(readme.stringPropertyNames()).hasSizeLessThanOrEqualTo(10);
        String issuer = "http://localhost:" + port;

        // Spring's client reads discovery from the issuer and insists that it names that same issuer.
        assertThat(URI.create(readme.getProperty(PREFIX + "provider.extranet.issuer-uri")).getPath()).isEmpty();
        var discovery = json(browser().get("/.well-known/openid-configuration", "Accept", "application/json"));
        assertThat(discovery.get("issuer").asString()).isEqualTo(issuer);
        assertThat(readme.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri"))
                .isEqualTo(readme.getProperty(PREFIX + "provider.extranet.issuer-uri"));
        assertThat(readme.getProperty(PREFIX + "registration.extranet.authorization-grant-type")).isEqualTo("authorization_code");
        List<String> scopes = List.of(readme.getProperty(PREFIX + "registration.extranet.scope").split(","));
        assertThat(scopes).containsExactlyInAnyOrderElementsOf(ExtranetScopes.ALL);
        String redirect = readme.getProperty(PREFIX + "registration.extranet.redirect-uri")
                .replace("{baseUrl}", "http://127.0.0.1:8081");
        assertThat(redirect).isEqualTo("http://127.0.0.1:8081/login/oauth2/code/extranet");

        var demo = new RelyingParty(port, "demo-application", "demo-application-secret", redirect);
        String email = fixtures.user(fixtures.company(), "VIEW_PRICES");
        var browser = signedIn(email);
        String verifier = RelyingParty.random();
        var response = RelyingParty.follow(browser, demo.authorizePath(String.join(" ", scopes), "s-1", "n-1", verifier, redirect));
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(redirect + "?");
        var tokens = json(demo.exchange(RelyingParty.query(location).get("code"), verifier));

        var idToken = SignedJWT.parse(tokens.get("id_token").asString()).getJWTClaimsSet();
        assertThat(idToken.getIssuer()).isEqualTo(issuer);
        assertThat(idToken.getStringClaim("email")).isEqualTo(email);
        assertThat(idToken.getJSONObjectClaim("company")).containsKeys("id", "customer_number", "name");
        assertThat(idToken.getStringListClaim("permissions")).containsExactly("VIEW_PRICES");
        assertThat(SignedJWT.parse(tokens.get("access_token").asString()).getJWTClaimsSet().getIssuer()).isEqualTo(issuer);
        assertThat(tokens.get("scope").asString().split(" ")).containsExactlyInAnyOrderElementsOf(scopes);
    }
}
