package org.extranet.operations;

import io.micrometer.core.annotation.Timed;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
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
        // Looked up once per method, not at every call: the list is timed at every page it shows.
        Map<Method, Timer[]> timers = new ConcurrentHashMap<>();
        MethodInterceptor timing = invocation -> {
            Timer[] successAndError = timers.computeIfAbsent(invocation.getMethod(), method -> {
                Timed timed = AnnotatedElementUtils.findMergedAnnotation(method, Timed.class);
                MeterRegistry registry = registries.getIfUnique();
                return timed == null || registry == null ? new Timer[0]
                        : new Timer[] {timer(timed, "success", registry), timer(timed, "error", registry)};
            });
            if (successAndError.length == 0) {
                return invocation.proceed();
            }
            long start = System.nanoTime();
            boolean succeeded = false;
            try {
                Object result = invocation.proceed();
                succeeded = true;
                return result;
            } finally {
                successAndError[succeeded ? 0 : 1].record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            }
        };
        var advisor = new DefaultPointcutAdvisor(new AnnotationMatchingPointcut(null, Timed.class, true), timing);
        // Outside the transaction's interceptor, so that the time includes beginning and committing it.
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    private static Timer timer(Timed timed, String outcome, MeterRegistry registry) {
        return Timer.builder(timed.value())
                .description(timed.description().isEmpty() ? null : timed.description())
                .tags(timed.extraTags())
                .tag("outcome", outcome)
                .publishPercentileHistogram(timed.histogram())
                .register(registry);
    }
}
