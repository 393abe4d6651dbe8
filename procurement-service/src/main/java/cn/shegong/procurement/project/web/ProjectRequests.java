package cn.shegong.procurement.project.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import cn.shegong.procurement.budget.model.BudgetCategory;
import cn.shegong.procurement.budget.model.BudgetLine;
import cn.shegong.procurement.budget.model.BudgetRules;
import cn.shegong.procurement.budget.model.ProjectBudget;
import cn.shegong.procurement.catalogue.model.CatalogueCode;
import cn.shegong.procurement.money.model.Money;
import cn.shegong.procurement.payment.model.PaymentSchedule;
import cn.shegong.procurement.project.application.ProjectUseCases.DraftCommand;
import cn.shegong.procurement.project.model.ContractTerm;
import cn.shegong.procurement.project.model.PerformanceTargets;
import cn.shegong.procurement.project.model.Project.ProjectDefinition;
import cn.shegong.procurement.project.model.ProjectType;
import cn.shegong.procurement.project.model.TermRules;
import cn.shegong.procurement.staffing.model.StaffingRequirement;

/**
 * The bodies the project endpoints accept. Amounts are yuan as decimal strings, never
 * floats.
 */
final class ProjectRequests {

	private ProjectRequests() {
	}

	record DraftProject(@NotBlank String buyerId, @NotBlank String title, @NotNull ProjectType projectType,
			@NotBlank String serviceArea, Set<String> targetGroups,
			@NotEmpty List<@Valid BudgetLineRequest> budgetLines, @NotNull LocalDate termFrom,
			@NotNull LocalDate termTo, String reasonForLongTerm, String catalogueCode,
			Map<String, @PositiveOrZero Integer> serviceVolumes) implements DraftCommand {

		/**
		 * Bean Validation does not reach the elements of these record components, so a
		 * null element is refused while the body is read: the caller gets 400, not a
		 * server error.
		 */
		DraftProject {
			if (budgetLines != null && budgetLines.contains(null)) {
				throw new IllegalArgumentException("a budget line must not be null");
			}
			if (targetGroups != null && targetGroups.stream().anyMatch((group) -> group == null || group.isBlank())) {
				throw new IllegalArgumentException("a target group must not be blank");
			}
		}

		@Override
		public ProjectDefinition definition(String id, String regionCode, TermRules termRules) {
			BudgetLine[] lines = this.budgetLines.stream().map(BudgetLineRequest::toLine).toArray(BudgetLine[]::new);
			return new ProjectDefinition(id, this.buyerId, regionCode, this.title, this.projectType, this.serviceArea,
					(this.targetGroups != null) ? this.targetGroups : Set.of(),
					ProjectBudget.of(BudgetRules.defaults(), lines),
					ContractTerm.of(this.termFrom, this.termTo, this.reasonForLongTerm, termRules),
					StaffingRequirement.defaults(),
					PerformanceTargets.defaults((this.serviceVolumes != null) ? this.serviceVolumes : Map.of()),
					PaymentSchedule.defaults());
		}

		@Override
		public Optional<CatalogueCode> requestedCatalogueCode() {
			return Optional.ofNullable(this.catalogueCode).filter((code) -> !code.isBlank()).map(CatalogueCode::of);
		}

	}

	record BudgetLineRequest(@NotNull BudgetCategory category, @NotBlank String amountYuan) {

		BudgetLine toLine() {
			return new BudgetLine(this.category, MoneyText.yuan(this.amountYuan));
		}

	}

	record VersionedChange(@NotNull Long version) {

	}

	record CatalogueCodeChange(@NotBlank String catalogueCode, @NotNull Long version) {

	}

	/** Yuan text to Money, with the refusal a user can act on. */
	static final class MoneyText {

		private MoneyText() {
		}

		static Money yuan(String text) {
			try {
				return Money.ofYuan(text.trim());
			}
			catch (RuntimeException ex) {
				throw cn.shegong.platform.problem.ProblemException.ruleViolated("invalid-amount",
						"An amount is yuan with at most two decimals, e.g. 330000.00; got " + text);
			}
		}

	}

}
