package org.organizer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** Decisions from architecture.md that a test can hold, phrased as what the code must not do. */
class ArchitectureRulesTests {

    private static final JavaClasses CODE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.organizer");

    @Test
    void noJpa() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
                .because("storage is Spring Data JDBC and JdbcClient with plain SQL (architecture.md)")
                .check(CODE);
    }

    @Test
    void controllersDoNotQueryTheDatabase() {
        noClasses()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .dependOnClassesThat()
                .areAssignableTo(JdbcClient.class)
                .because("use cases and their access checks live in services, so pages and the API share them")
                .check(CODE);
    }

    @Test
    void configurationIsReadThroughTypedProperties() {
        noClasses()
                .should()
                .callMethod(Environment.class, "getProperty", String.class)
                .because("each module has a @ConfigurationProperties record (conventions.md, 7)")
                .check(CODE);
    }

    @Test
    void noFieldInjection() {
        noFields()
                .should()
                .beAnnotatedWith(Autowired.class)
                .because("constructor injection keeps dependencies visible and classes testable")
                .check(CODE);
    }
}
