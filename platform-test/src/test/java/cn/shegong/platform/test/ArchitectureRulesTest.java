package cn.shegong.platform.test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArchitectureRulesTest {

	@Test
	void plainJavaModelPasses() {
		JavaClasses classes = new ClassFileImporter().importPackages("cn.shegong.platform.test.fixture.clean");

		assertThatCode(() -> ArchitectureRules.domainModelIsPlainJava().check(classes)).doesNotThrowAnyException();
	}

	@Test
	void modelThatDependsOnSpringIsCaught() {
		JavaClasses classes = new ClassFileImporter().importPackages("cn.shegong.platform.test.fixture.leaky");

		assertThatThrownBy(() -> ArchitectureRules.domainModelIsPlainJava().check(classes))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("LeakyTender");
	}

}
