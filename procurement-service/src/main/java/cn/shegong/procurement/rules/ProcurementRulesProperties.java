package cn.shegong.procurement.rules;

import java.math.BigDecimal;
import java.time.Period;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

import cn.shegong.procurement.bidding.model.ConflictOfInterest;
import cn.shegong.procurement.bidding.model.PriorityBonus;
import cn.shegong.procurement.budget.model.BudgetRules;
import cn.shegong.procurement.money.model.Money;
import cn.shegong.procurement.payment.model.Grade;
import cn.shegong.procurement.payment.model.GradePayout;
import cn.shegong.procurement.payment.model.PayoutPolicy;
import cn.shegong.procurement.project.model.TermRules;
import cn.shegong.procurement.registry.model.BanPolicy;
import cn.shegong.procurement.staffing.model.Fraction;
import cn.shegong.procurement.staffing.model.StaffingRequirement;
import cn.shegong.procurement.tender.model.TenderRules;

/**
 * The numbers a city sets for its own procurement, under
 * {@code shegong.procurement.rules} (see application.yml). Every one is optional: one
 * left out keeps the default the domain model states with its source, so each default
 * lives in one place only.
 */
@ConfigurationProperties("shegong.procurement.rules")
public record ProcurementRulesProperties(Budget budget, Term term, Tendering tendering, Staffing staffing,
		Payout payout, Ban ban, Scoring scoring) {

	BudgetRules budgetRules() {
		BudgetRules rules = BudgetRules.defaults();
		if (this.budget == null) {
			return rules;
		}
		return new BudgetRules(or(this.budget.personnelShareLimitBp(), rules.personnelShareLimitBasisPoints()),
				or(this.budget.citySubsidyBp(), rules.citySubsidyBasisPoints()),
				(this.budget.citySubsidyCapPerTownPerYearYuan() != null)
						? Money.ofYuan(this.budget.citySubsidyCapPerTownPerYearYuan())
						: rules.citySubsidyCapPerTownPerYear(),
				or(this.budget.salaryFloorBpOfAverageWage(), rules.salaryFloorBasisPointsOfAverageWage()));
	}

	TermRules termRules() {
		TermRules rules = TermRules.defaults();
		if (this.term == null) {
			return rules;
		}
		return new TermRules(or(this.term.standardMaximum(), rules.standardMaximum()),
				or(this.term.extendedMaximum(), rules.extendedMaximum()),
				or(this.term.finalEvaluationBeforeEnd(), rules.finalEvaluationBeforeEnd()));
	}

	TenderRules tenderRules() {
		TenderRules rules = TenderRules.defaults();
		if (this.tendering == null) {
			return rules;
		}
		Tendering t = this.tendering;
		return new TenderRules(or(t.openTenderMinimumBiddingDays(), rules.openTenderMinimumBiddingDays()),
				or(t.challengeWindowWorkingDays(), rules.challengeWindowWorkingDays()),
				or(t.challengeReplyWorkingDays(), rules.challengeReplyWorkingDays()),
				or(t.complaintWorkingDays(), rules.complaintWorkingDays()),
				or(t.minimumQualifiedBids(), rules.minimumQualifiedBids()),
				or(t.consultationMinimumQualifiedBids(), rules.consultationMinimumQualifiedBids()),
				or(t.singleSourceAddOnLimitBp(), rules.singleSourceAddOnLimitBasisPoints()));
	}

	StaffingRequirement staffingRequirement() {
		StaffingRequirement rules = StaffingRequirement.defaults();
		if (this.staffing == null) {
			return rules;
		}
		Staffing s = this.staffing;
		Fraction ratio = (s.certifiedRatioNumerator() != null && s.certifiedRatioDenominator() != null)
				? Fraction.of(s.certifiedRatioNumerator(), s.certifiedRatioDenominator())
				: rules.minimumCertifiedRatio();
		return new StaffingRequirement(or(s.minimumFullTimeStaff(), rules.minimumFullTimeStaff()),
				or(s.minimumCertified(), rules.minimumCertified()), ratio,
				or(s.workersPerSupervisor(), rules.workersPerSupervisor()));
	}

	PayoutPolicy payoutPolicy() {
		PayoutPolicy rules = PayoutPolicy.defaults();
		if (this.payout == null || this.payout.heldBpByGrade() == null) {
			return (this.payout != null && this.payout.leastMidTermGrade() != null)
					? new PayoutPolicy(rules.payoutByGrade(), this.payout.leastMidTermGrade()) : rules;
		}
		if (this.payout.heldBpByGrade().containsKey(Grade.FAIL)) {
			throw new IllegalArgumentException("不合格 (FAIL) withholds the whole tranche until a re-evaluation passes;"
					+ " shegong.procurement.rules.payout.held-bp-by-grade names only passing grades");
		}
		Map<Grade, GradePayout> byGrade = new java.util.EnumMap<>(rules.payoutByGrade());
		this.payout.heldBpByGrade().forEach((grade, held) -> byGrade.put(grade, GradePayout.releaseAllBut(held)));
		return new PayoutPolicy(byGrade, or(this.payout.leastMidTermGrade(), rules.leastMidTermGrade()));
	}

	BanPolicy banPolicy() {
		return (this.ban != null && this.ban.months() != null) ? new BanPolicy(this.ban.months())
				: BanPolicy.defaults();
	}

	PriorityBonus priorityBonus() {
		PriorityBonus rules = PriorityBonus.defaults();
		if (this.scoring == null) {
			return rules;
		}
		return new PriorityBonus(or(this.scoring.excellentBonus(), rules.excellent()),
				or(this.scoring.goodBonus(), rules.good()));
	}

	ConflictOfInterest conflictOfInterest() {
		return (this.scoring != null && this.scoring.panelConflictLookBack() != null)
				? new ConflictOfInterest(this.scoring.panelConflictLookBack()) : ConflictOfInterest.defaults();
	}

	private static <T> T or(T given, T fallback) {
		return (given != null) ? given : fallback;
	}

	/** Personnel share limit, city subsidy share and cap, salary floor [SEED 003]. */
	public record Budget(Integer personnelShareLimitBp, Integer citySubsidyBp, String citySubsidyCapPerTownPerYearYuan,
			Integer salaryFloorBpOfAverageWage) {
	}

	/** Contract terms: ≤ 1 year, ≤ 3 with a stated reason [NAT]. */
	public record Term(Period standardMaximum, Period extendedMaximum, Period finalEvaluationBeforeEnd) {
	}

	/** Bidding period, challenge periods and qualified-bid minimums [NAT]. */
	public record Tendering(Integer openTenderMinimumBiddingDays, Integer challengeWindowWorkingDays,
			Integer challengeReplyWorkingDays, Integer complaintWorkingDays, Integer minimumQualifiedBids,
			Integer consultationMinimumQualifiedBids, Integer singleSourceAddOnLimitBp) {
	}

	/**
	 * A project's staffing requirement when its buyer states none [SEED 003, SEED 004].
	 */
	public record Staffing(Integer minimumFullTimeStaff, Integer minimumCertified, Integer certifiedRatioNumerator,
			Integer certifiedRatioDenominator, Integer workersPerSupervisor) {
	}

	/**
	 * How passing grades pay a tranche: per grade the share held until rectification is
	 * verified (10000 = all); 不合格 always withholds until a re-evaluation passes. And the
	 * least mid-term grade that pays at all.
	 */
	public record Payout(Map<Grade, Integer> heldBpByGrade, Grade leastMidTermGrade) {
	}

	/** Months a final 不合格 bars an agency from new bids [LOC]. */
	public record Ban(Integer months) {
	}

	/**
	 * Priority bonus points for past grades, and the panel's conflict look-back [NAT].
	 */
	public record Scoring(BigDecimal excellentBonus, BigDecimal goodBonus, Period panelConflictLookBack) {
	}

}
