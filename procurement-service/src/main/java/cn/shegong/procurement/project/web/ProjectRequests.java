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
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import cn.shegong.procurement.budget.model.BudgetCategory;
import cn.shegong.procurement.budget.model.BudgetLine;
import cn.shegong.procurement.budget.model.ProjectBudget;
import cn.shegong.procurement.catalogue.model.CatalogueCode;
import cn.shegong.procurement.money.model.Money;
import cn.shegong.procurement.payment.model.PaymentSchedule;
import cn.shegong.procurement.payment.model.Tranche;
import cn.shegong.procurement.payment.model.TrancheTrigger;
import cn.shegong.procurement.project.application.ProjectUseCases.DraftCommand;
import cn.shegong.procurement.project.application.ProjectUseCases.DraftRules;
import cn.shegong.procurement.project.model.ContractTerm;
import cn.shegong.procurement.project.model.PerformanceTargets;
import cn.shegong.procurement.project.model.Project.ProjectDefinition;
import cn.shegong.procurement.project.model.ProjectType;
import cn.shegong.procurement.staffing.model.Fraction;
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
			Map<String, @PositiveOrZero Integer> serviceVolumes, @Valid StaffingRequirementRequest staffingRequirement,
			@Valid TargetsRequest targets,
			List<@Valid @NotNull TrancheRequest> paymentSchedule) implements DraftCommand {

		/**
		 * Bean Validation does not reach the elements of these record components, so a
		 * null element is refused while the body is read: the caller gets 400, not a
		 * server error.
		 */
		DraftProject {
			if (paymentSchedule != null && paymentSchedule.contains(null)) {
				throw new IllegalArgumentException("a tranche must not be null");
			}
			if (budgetLines != null && budgetLines.contains(null)) {
				throw new IllegalArgumentException("a budget line must not be null");
			}
			if (targetGroups != null && targetGroups.stream().anyMatch((group) -> group == null || group.isBlank())) {
				throw new IllegalArgumentException("a target group must not be blank");
			}
		}

		@Override
		public ProjectDefinition definition(String id, String regionCode, DraftRules rules) {
			BudgetLine[] lines = this.budgetLines.stream().map(BudgetLineRequest::toLine).toArray(BudgetLine[]::new);
			return new ProjectDefinition(id, this.buyerId, regionCode, this.title, this.projectType, this.serviceArea,
					(this.targetGroups != null) ? this.targetGroups : Set.of(),
					ProjectBudget.of(rules.budgetRules(), lines),
					ContractTerm.of(this.termFrom, this.termTo, this.reasonForLongTerm, rules.termRules()),
					(this.staffingRequirement != null) ? this.staffingRequirement.toRequirement()
							: rules.defaultStaffing(),
					definedTargets(), definedPaymentSchedule());
		}

		/** The buyer's targets, each one it leaves out at its default. */
		private PerformanceTargets definedTargets() {
			PerformanceTargets defaults = PerformanceTargets
				.defaults((this.serviceVolumes != null) ? this.serviceVolumes : Map.of());
			return (this.targets != null) ? this.targets.over(defaults) : defaults;
		}

		private PaymentSchedule definedPaymentSchedule() {
			if (this.paymentSchedule == null || this.paymentSchedule.isEmpty()) {
				return PaymentSchedule.defaults();
			}
			return new PaymentSchedule(this.paymentSchedule.stream().map(TrancheRequest::toTranche).toList());
		}

		@Override
		public Optional<CatalogueCode> requestedCatalogueCode() {
			return Optional.ofNullable(this.catalogueCode).filter((code) -> !code.isBlank()).map(CatalogueCode::of);
		}

	}

	/**
	 * A project's own staffing requirement; left out, a station project's [SEED 003, SEED
	 * 004].
	 */
	record StaffingRequirementRequest(@NotNull @PositiveOrZero Integer minimumFullTimeStaff,
			@NotNull @PositiveOrZero Integer minimumCertified, @NotNull @PositiveOrZero Integer certifiedRatioNumerator,
			@NotNull @Positive Integer certifiedRatioDenominator, @NotNull @Positive Integer workersPerSupervisor) {

		StaffingRequirementRequest {
			if (certifiedRatioNumerator != null && certifiedRatioDenominator != null
					&& certifiedRatioNumerator > certifiedRatioDenominator) {
				throw new IllegalArgumentException("a certified ratio cannot exceed 1");
			}
		}

		StaffingRequirement toRequirement() {
			return new StaffingRequirement(this.minimumFullTimeStaff, this.minimumCertified,
					Fraction.of(this.certifiedRatioNumerator, this.certifiedRatioDenominator),
					this.workersPerSupervisor);
		}

	}

	/** Performance targets; rates in basis points. Any left out keeps its default. */
	record TargetsRequest(Integer coverageBp, Integer satisfactionBp, Integer awarenessBp, Integer responseHours,
			Integer resourcesLinked, Integer communityHoursShareBp) {

		PerformanceTargets over(PerformanceTargets defaults) {
			return new PerformanceTargets(or(this.coverageBp, defaults.coverageBp()),
					or(this.satisfactionBp, defaults.satisfactionBp()), or(this.awarenessBp, defaults.awarenessBp()),
					or(this.responseHours, defaults.responseHours()),
					or(this.resourcesLinked, defaults.resourcesLinked()),
					or(this.communityHoursShareBp, defaults.communityHoursShareBp()), defaults.serviceVolumes());
		}

		private static int or(Integer given, int fallback) {
			return (given != null) ? given : fallback;
		}

	}

	/** One tranche of the payment schedule; the shares must sum to 100.00%. */
	record TrancheRequest(@NotBlank String name, @NotNull @Positive Integer shareBasisPoints,
			@NotNull TrancheTrigger trigger) {

		TrancheRequest {
			if (trigger == null) {
				throw new IllegalArgumentException("a tranche needs its trigger");
			}
		}

		Tranche toTranche() {
			return new Tranche(this.name, this.shareBasisPoints, this.trigger);
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
