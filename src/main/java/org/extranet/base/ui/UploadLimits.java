package org.extranet.base.ui;

import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The servlet container's multipart limits ({@code spring.servlet.multipart.*}) for Vaadin's servlet too: the
 * second line behind {@link LimitedUpload}. Vaadin registers its servlet with no multipart limits, so a multipart
 * request posted to it directly would be read to the end (onto disk) before any upload handler saw it.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

    @Bean
    static BeanPostProcessor vaadinServletMultipartLimits(ObjectProvider<MultipartConfigElement> limits) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof ServletRegistrationBean<?> registration
                        && registration.getServlet() instanceof SpringServlet) {
                    registration.setMultipartConfig(limits.getObject());
                }
                return bean;
            }
        };
    }
}
