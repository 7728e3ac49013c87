package org.extranet.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;

/** Tells Vaadin's security which view signs people in, so that it can forward to it by class. */
@Configuration(proxyBeanMethods = false)
class SignInPage {

    @Bean
    Customizer<VaadinSecurityConfigurer> loginView() {
        return vaadin -> vaadin.loginView(LoginView.class);
    }
}
