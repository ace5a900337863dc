package io.plantrail;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.plantrail.change.StoredEvent;
import jakarta.servlet.Filter;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The layout DESIGN.md describes, kept: features depend on each other one way only, each
 * feature's events are its public face, in its own {@code events} package, and its aggregate and
 * projections stay inside it.
 */
@AnalyzeClasses(packages = "io.plantrail", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresDependOneWayOnly = slices().matching("io.plantrail.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule eventsArePublicRecords = classes().that().areAnnotatedWith(StoredEvent.class)
            .should().bePublic().andShould().beRecords();

    @ArchTest
    static final ArchRule eachFeaturesEventsLiveInItsEventsPackage = classes().that().areAnnotatedWith(StoredEvent.class)
            .should().resideInAPackage("io.plantrail.*.events");

    @ArchTest
    static final ArchRule eventsPackagesHoldOnlyEvents = classes().that().resideInAPackage("io.plantrail.*.events")
            .should().beAnnotatedWith(StoredEvent.class);

    @ArchTest
    static final ArchRule aggregatesStayInside = classes().that().areAnnotatedWith(Aggregate.class).should().notBePublic();

    @ArchTest
    static final ArchRule projectionsStayInside = classes().that().areAnnotatedWith(ProcessingGroup.class).should().notBePublic();

    @ArchTest
    static final ArchRule readSideHandlersStandInTheReadModel = classes().that().areAnnotatedWith(ProcessingGroup.class)
            .and().haveSimpleNameEndingWith("Projector").should().resideInAPackage("io.plantrail.readmodel");

    @ArchTest
    static final ArchRule graphQlControllersStandInGraphql = classes().that().areAnnotatedWith(Controller.class)
            .should().resideInAPackage("io.plantrail.graphql..");

    @ArchTest
    static final ArchRule downloadsStandInDownload = classes().that().areAnnotatedWith(RestController.class)
            .or().areAnnotatedWith(RestControllerAdvice.class).should().resideInAPackage("io.plantrail.download");

    @ArchTest
    static final ArchRule servletFiltersStandInWeb = classes().that().areAssignableTo(Filter.class)
            .should().resideInAPackage("io.plantrail.web");

    @ArchTest
    static final ArchRule configurationIsNamedByRole = classes().that().areAnnotatedWith(Configuration.class)
            .should().haveSimpleNameEndingWith("Configuration").orShould().haveSimpleNameEndingWith("Properties");
}
