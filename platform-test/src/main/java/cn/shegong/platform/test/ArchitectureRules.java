package cn.shegong.platform.test;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The house rules every service proves with ArchUnit. Domain logic lives in {@code model}
 * packages inside a business area ({@code ...procurement.tender.model}) and speaks plain
 * Java: no Spring, no store, no broker, no web. Adapters sit beside it at the edges.
 */
public final class ArchitectureRules {

	private ArchitectureRules() {
	}

	public static ArchRule domainModelIsPlainJava() {
		return noClasses().that()
			.resideInAPackage("..model..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "org.bson..", "com.mongodb..", "org.apache.kafka..",
					"jakarta.servlet..", "jakarta.persistence..")
			.as("domain model packages are plain Java: no Spring, store, broker or web types")
			// Services grow their model packages issue by issue; an area without one has
			// nothing to check.
			.allowEmptyShould(true);
	}

}
