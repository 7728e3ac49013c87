package org.extranet;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

// The jOOQ classes generated into org.extranet.db are left out of the import (they cost ~20 s);
// rules about depending on them match the package name, which needs no imported class.
@AnalyzeClasses(packages = "org.extranet",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NotGenerated.class})
class ArchitectureTest {

    static final class NotGenerated implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/org/extranet/db/");
        }
    }

    @ArchTest
    static final ArchRule views_hold_no_sql = noClasses()
            .that().areAssignableTo(com.vaadin.flow.component.Component.class)
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.extranet.db..", "java.sql..", "javax.sql..")
            .because("views call services; SQL stays in the services");

    @ArchTest
    static final ArchRule services_know_nothing_of_the_ui = noClasses()
            .that().areAnnotatedWith(Service.class)
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..")
            .because("the rules live in services, which any front end (or test) can call");

    @ArchTest
    static final ArchRule components_outside_the_ui_know_nothing_of_vaadin = noClasses()
            .that().areAnnotatedWith(Component.class).or().areAnnotatedWith(Configuration.class)
            .and().resideOutsideOfPackages("org.extranet.ui..", "org.extranet.base.ui..", "org.extranet.security..")
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..")
            .because("only the ui packages (and the security configuration, which sets Vaadin's up) speaks Vaadin;"
                    + " the rest of the product's beans serve any front end");

    @ArchTest
    static final ArchRule services_take_and_give_no_jooq_types = methods()
            .that().arePublic().and().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
            .should(new ArchCondition<JavaMethod>("take and return no jOOQ or generated types") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    var types = new ArrayList<>(method.getRawParameterTypes());
                    types.add(method.getRawReturnType());
                    types.stream()
                            .filter(type -> type.getPackageName().startsWith("org.jooq")
                                    || type.getPackageName().startsWith("org.extranet.db"))
                            .forEach(type -> events.add(SimpleConditionEvent.violated(method,
                                    method.getFullName() + " uses " + type.getName())));
                }
            })
            .because("jOOQ records never leave a service: callers get the product's own records");

    @ArchTest
    static final ArchRule uploads_are_refused_past_their_limit_while_they_are_read = noClasses()
            .should().callMethodWhere(target(owner(assignableTo(UploadHandler.class)))
                    .and(target(nameMatching("inMemory|toFile|toTempFile"))))
            .because("Vaadin's ready-made handlers take in a whole upload, however large; base.ui.LimitedUpload stops past its limit");

    @ArchTest
    static final ArchRule feature_packages_do_not_depend_on_each_other_in_circles = slices()
            .matching("org.extranet.(*)..")
            .should().beFreeOfCycles();
}
