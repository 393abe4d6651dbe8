package cn.shegong.gateway;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The services' house rule, applied here too: a {@code model} package is plain Java. The
 * gateway has no domain model today, so the rule has nothing to check until it does.
 */
@AnalyzeClasses(packages = "cn.shegong.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule domainModelIsPlainJava = noClasses().that()
		.resideInAPackage("..model..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "org.bson..", "com.mongodb..", "org.apache.kafka..",
				"jakarta.servlet..", "jakarta.persistence..")
		.as("domain model packages are plain Java: no Spring, store, broker or web types")
		.allowEmptyShould(true);

}
