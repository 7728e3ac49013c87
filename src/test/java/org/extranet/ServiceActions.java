package org.extranet;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jooq.DSLContext;
import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The product's service actions, found by reflection: every public method of the Spring beans in
 * {@code org.extranet} ({@code @Service}, {@code @Component}; not configuration) that take a
 * {@link DSLContext}, named like {@code "SignInSupport.lockUser(long)"}. A {@link Tracker}
 * tells which of them a call reaches.
 */
final class ServiceActions {

    private static final ImportOption MAIN_CLASSES_ONLY = new ImportOption.DoNotIncludeTests();

    private ServiceActions() {
    }

    static List<Class<?>> serviceClasses() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        scanner.addExcludeFilter(new AnnotationTypeFilter(Configuration.class));
        return scanner.findCandidateComponents("org.extranet").stream()
                .filter(ServiceActions::isMainClass)
                .map(ServiceActions::load)
                .filter(type -> Arrays.stream(type.getDeclaredConstructors())
                        .anyMatch(constructor -> Arrays.asList(constructor.getParameterTypes()).contains(DSLContext.class)))
                .toList();
    }

    static SortedSet<String> publicMethods(List<Class<?>> serviceClasses) {
        return serviceClasses.stream()
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic() && !method.isBridge())
                .map(ServiceActions::nameOf)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static String nameOf(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName()
                + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(",", "(", ")"));
    }

    private static boolean isMainClass(BeanDefinition candidate) {
        try {
            var resource = ((AbstractBeanDefinition) candidate).getResource();
            return resource != null && MAIN_CLASSES_ONLY.includes(Location.of(resource.getURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(BeanDefinition candidate) {
        try {
            return ClassUtils.forName(candidate.getBeanClassName(), ServiceActions.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Watches the service beans for as long as it is open: which service method a call on this
     * thread reaches first; what that method calls in other services in turn is not counted. It
     * watches through the beans' Spring proxies, which every service with a {@code @Transactional}
     * method has; a service without one (its transactions in a {@code TransactionTemplate}) cannot
     * be watched.
     */
    static final class Tracker implements MethodInterceptor, AutoCloseable {

        private final List<Advised> proxies = new ArrayList<>();
        private final SortedSet<String> unwatched = new TreeSet<>();
        private final ThreadLocal<SortedSet<String>> reached = new ThreadLocal<>();
        private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);

        Tracker(ApplicationContext context, List<Class<?>> serviceClasses) {
            for (Class<?> type : serviceClasses) {
                if (context.getBean(type) instanceof Advised proxy) {
                    proxy.addAdvice(0, this);
                    proxies.add(proxy);
                } else {
                    unwatched.add(type.getSimpleName());
                }
            }
        }

        /** The services without a Spring proxy, by simple name: no call into them is seen. */
        SortedSet<String> unwatched() {
            return unwatched;
        }

        /** The service methods the call reached first; an exception it ends with is expected and dropped. */
        SortedSet<String> reachedBy(Runnable call) {
            var methods = new TreeSet<String>();
            reached.set(methods);
            try {
                call.run();
            } catch (RuntimeException refused) {
                // The cases are refusals; the test that runs them checks how they end.
            } finally {
                reached.remove();
            }
            return methods;
        }

        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            SortedSet<String> methods = reached.get();
            if (methods == null) {
                return invocation.proceed();
            }
            if (depth.get() == 0) {
                methods.add(nameOf(invocation.getMethod()));
            }
            depth.set(depth.get() + 1);
            try {
                return invocation.proceed();
            } finally {
                depth.set(depth.get() - 1);
            }
        }

        @Override
        public void close() {
            proxies.forEach(proxy -> proxy.removeAdvice(this));
            proxies.clear();
        }
    }
}
