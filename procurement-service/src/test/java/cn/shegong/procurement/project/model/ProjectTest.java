package cn.shegong.procurement.project.model;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.procurement.catalogue.model.CatalogueCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectTest {

	@Test
	void aProjectWithCatalogueCodeAndApprovedBudgetEntersProcurement() {
		Project project = Projects.draftWithCatalogueCode();
		project.approveBudget("finance.haining");

		ProjectPublished published = project.publish();

		assertThat(project.status()).isEqualTo(ProjectStatus.PUBLISHED);
		assertThat(published.catalogueCode()).isEqualTo("C090101");
		assertThat(published.budgetFen()).isEqualTo(48_000_000L);
		assertThat(published.regionCode()).isEqualTo("330481");
	}

	@Test
	void aProjectWithoutCatalogueCodeCannotEnterProcurement() {
		Project project = Project.draft(Projects.stationProject(), Optional.empty(), TermRules.defaults());
		project.approveBudget("finance.haining");

		assertThatThrownBy(project::publish).isInstanceOf(ProblemException.class)
			.extracting((ex) -> ((ProblemException) ex).rule())
			.isEqualTo("project-without-catalogue-code");
		assertThat(project.status()).isEqualTo(ProjectStatus.DRAFT);
	}

	@Test
	void aProjectWithoutApprovedBudgetCannotEnterProcurement() {
		Project project = Projects.draftWithCatalogueCode();

		assertThatThrownBy(project::publish).isInstanceOf(ProblemException.class)
			.extracting((ex) -> ((ProblemException) ex).rule())
			.isEqualTo("budget-not-approved");
	}

	@Test
	void aPublishedProjectCannotBeChangedOrPublishedAgain() {
		Project project = Projects.draftWithCatalogueCode();
		project.approveBudget("finance.haining");
		project.publish();

		assertThatThrownBy(() -> project.assignCatalogueCode(CatalogueCode.of("C090102")))
			.isInstanceOf(ProblemException.class)
			.extracting((ex) -> ((ProblemException) ex).rule())
			.isEqualTo("project-already-published");
		assertThatThrownBy(project::publish).isInstanceOf(ProblemException.class);
	}

	@Test
	void aDraftGetsTheDefaultMilestonesOfItsTerm() {
		assertThat(Projects.draftWithCatalogueCode().milestones()).extracting(Milestone::type)
			.contains(MilestoneType.MID_TERM, MilestoneType.FINAL);
	}

}
