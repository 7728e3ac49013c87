package org.extranet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ExtranetApplication {

    public static void main(String[] args) {
        SpringApplication.run(ExtranetApplication.class, args);
    }
}
