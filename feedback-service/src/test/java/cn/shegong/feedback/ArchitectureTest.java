package cn.shegong.feedback;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import cn.shegong.platform.test.ArchitectureRules;

@AnalyzeClasses(packages = "cn.shegong.feedback", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule domainModelIsPlainJava = ArchitectureRules.domainModelIsPlainJava();

}
