package org.extranet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** README.md's configuration table names every {@code extranet.*} setting the product reads. */
class ConfigurationDocumentedTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(extranet\\.[a-z0-9.-]+)");
    private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");

    @Test
    void every_setting_is_in_the_readme() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        List<String> settings = settings();

        assertThat(settings).as("the settings found").contains("extranet.mail.from", "extranet.public-url",
                "extranet.sign-in.block", "extranet.demo-data");
        assertThat(settings).allSatisfy(setting -> assertThat(readme).as("README.md").contains("`" + environmentName(setting) + "`"));
    }

    /** The records bound with {@code @ConfigurationProperties}, and the placeholders in the code. */
    private static List<String> settings() throws IOException, ClassNotFoundException {
        var settings = new ArrayList<String>();
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        for (var definition : scanner.findCandidateComponents("org.extranet")) {
            Class<?> type = Class.forName(definition.getBeanClassName());
            String prefix = type.getAnnotation(ConfigurationProperties.class).value();
            if (prefix.startsWith("extranet.") && type.isRecord()) {
                for (var component : type.getRecordComponents()) {
                    settings.add(prefix + "." + CAMEL.matcher(component.getName()).replaceAll("$1-$2").toLowerCase(Locale.ROOT));
                }
            }
        }
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                PLACEHOLDER.matcher(Files.readString(source)).results().map(match -> match.group(1)).forEach(settings::add);
            }
        }
        return settings.stream().distinct().sorted().toList();
    }

    private static String environmentName(String setting) {
        return setting.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
