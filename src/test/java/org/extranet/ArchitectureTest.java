package org.extranet;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.streams.UploadHandler;
import org.springframework.stereotype.Service;

@AnalyzeClasses(packages = "org.extranet", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule views_hold_no_sql = noClasses()
            .that().areAssignableTo(Component.class)
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.extranet.db..", "java.sql..", "javax.sql..")
            .because("views call services; SQL stays in the services");

    @ArchTest
    static final ArchRule services_know_nothing_of_the_ui = noClasses()
            .that().areAnnotatedWith(Service.class)
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..")
            .because("the rules live in services, which any front end (or test) can call");

    @ArchTest
    static final ArchRule uploads_are_refused_past_their_limit_while_they_are_read = noClasses()
            .should().callMethodWhere(target(owner(assignableTo(UploadHandler.class)))
                    .and(target(nameMatching("inMemory|toFile|toTempFile"))))
            .because("Vaadin's ready-made handlers take in a whole upload, however large; ui.LimitedUpload stops past its limit");

    @ArchTest
    static final ArchRule feature_packages_do_not_depend_on_each_other_in_circles = slices()
            .matching("org.extranet.(*)..")
            .should().beFreeOfCycles();
}
