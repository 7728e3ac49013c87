package org.extranet.address;

import org.extranet.base.Language;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Distributor Service Department ({@code extranet.service-department.*}): where requests for
 * new delivery addresses are mailed, and in which language.
 */
@ConfigurationProperties("extranet.service-department")
public record ServiceDepartment(@DefaultValue("dystrybutorzy@manufacturer.example") String email,
                                @DefaultValue("pl") Language language) {
}
