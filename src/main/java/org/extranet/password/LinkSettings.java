package org.extranet.password;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long set-password links stay valid ({@code extranet.links.*}). */
@ConfigurationProperties("extranet.links")
public record LinkSettings(@DefaultValue("72h") Duration invitationValidity,
                           @DefaultValue("1h") Duration passwordResetValidity) {

    Duration validity(TokenPurpose purpose) {
        return switch (purpose) {
            case INVITATION -> invitationValidity;
            case PASSWORD_RESET -> passwordResetValidity;
        };
    }
}
