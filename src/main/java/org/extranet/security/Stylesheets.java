package org.extranet.security;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Plain GETs of the product's stylesheets, the files that really lie at the root of the static
 * resources: the only requests that anyone may make and that skip the session check. Matched
 * exactly, never by pattern, and never with Vaadin's request-type parameter: Vaadin answers its
 * own requests on any path, so {@code /anything.css?v-r=uidl} is not a stylesheet.
 */
final class Stylesheets implements RequestMatcher {

    private static final String VAADIN_REQUEST_TYPE = "v-r";

    private final Set<String> paths;

    Stylesheets(Set<String> paths) {
        this.paths = Set.copyOf(paths);
    }

    /** The stylesheets Maven copies from {@code frontend/} to the root of the static resources. */
    static Stylesheets ofTheProduct() {
        try {
            var files = new PathMatchingResourcePatternResolver().getResources("classpath*:META-INF/resources/*.css");
            return new Stylesheets(Arrays.stream(files).map(Resource::getFilename).filter(Objects::nonNull)
                    .map(name -> "/" + name).collect(Collectors.toSet()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Set<String> paths() {
        return paths;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        // The raw path: a path parameter (;...) or an encoded character makes it no stylesheet.
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return HttpMethod.GET.matches(request.getMethod())
                && request.getParameter(VAADIN_REQUEST_TYPE) == null
                && paths.contains(path);
    }
}
