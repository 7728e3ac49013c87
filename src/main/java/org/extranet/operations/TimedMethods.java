package org.extranet.operations;

import io.micrometer.core.annotation.Timed;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Times the service methods annotated with Micrometer's {@link Timed} (the admin panel's list and
 * count, say) as the caller waits for them: around their transaction, not inside it. Spring's own
 * proxies do it, as they do {@code @Transactional}, so no AspectJ is needed.
 */
@Configuration(proxyBeanMethods = false)
class TimedMethods {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor timedMethodsAdvisor(ObjectProvider<MeterRegistry> registries) {
        MethodInterceptor timing = invocation -> {
            Timed timed = AnnotatedElementUtils.findMergedAnnotation(invocation.getMethod(), Timed.class);
            MeterRegistry registry = registries.getIfAvailable();
            if (timed == null || registry == null) {
                return invocation.proceed();
            }
            Timer.Sample sample = Timer.start(registry);
            String outcome = "error";
            try {
                Object result = invocation.proceed();
                outcome = "success";
                return result;
            } finally {
                sample.stop(Timer.builder(timed.value())
                        .description(timed.description().isEmpty() ? null : timed.description())
                        .tags(timed.extraTags())
                        .tag("outcome", outcome)
                        .publishPercentileHistogram(timed.histogram())
                        .register(registry));
            }
        };
        var advisor = new DefaultPointcutAdvisor(new AnnotationMatchingPointcut(null, Timed.class, true), timing);
        // Outside the transaction's interceptor, so that the time includes beginning and committing it.
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }
}
