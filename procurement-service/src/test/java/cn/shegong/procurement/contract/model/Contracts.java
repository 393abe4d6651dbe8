package cn.shegong.procurement.contract.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.shegong.procurement.delivery.model.ContractMilestone;
import cn.shegong.procurement.money.model.Money;
import cn.shegong.procurement.payment.model.Grade;
import cn.shegong.procurement.payment.model.PaymentSchedule;
import cn.shegong.procurement.payment.model.PayoutPolicy;
import cn.shegong.procurement.project.model.ContractTerm;
import cn.shegong.procurement.project.model.MilestoneType;
import cn.shegong.procurement.project.model.PerformanceTargets;
import cn.shegong.procurement.project.model.TermRules;
import cn.shegong.procurement.staffing.model.StaffingRequirement;

/** Contracts for tests: the Maqiao station's 2027 contract at ¥465,000. */
final class Contracts {

	static final LocalDate TERM_FROM = LocalDate.of(2027, 1, 1);

	static final LocalDate SIGNED_ON = LocalDate.of(2026, 12, 15);

	static final LocalDate MID_TERM_ON = LocalDate.of(2027, 7, 2);

	private Contracts() {
	}

	static Contract draft() {
		ContractTerm term = ContractTerm.of(TERM_FROM, LocalDate.of(2027, 12, 31), null, TermRules.defaults());
		AgreedTerms terms = new AgreedTerms(Money.ofYuan(465_000), term, PaymentSchedule.defaults(),
				PerformanceTargets.defaults(Map.of("cases", 30)), StaffingRequirement.defaults());
		return Contract.drawUp("ctr-1",
				new ContractParties("tdr-1", "prj-1", "buyer-330481-maqiao", "330481", "agency-maqiao", "马桥街道社工站"),
				terms, PayoutPolicy.defaults(),
				List.of(ContractMilestone.scheduled("q-2027-03-31", MilestoneType.QUARTERLY_MONITORING,
						LocalDate.of(2027, 3, 31)),
						ContractMilestone.scheduled("mid-term", MilestoneType.MID_TERM, MID_TERM_ON),
						ContractMilestone.scheduled("final", MilestoneType.FINAL, LocalDate.of(2027, 11, 30))),
				"internal");
	}

	static Contract signed() {
		Contract contract = draft();
		contract.sign("officer.haining", SIGNED_ON);
		return contract;
	}

	static EvaluationOutcome outcome(String evaluationId, EvaluationKind kind, String milestoneId, Grade grade) {
		return new EvaluationOutcome(evaluationId, milestoneId, kind, new BigDecimal("84.75"), grade, false,
				LocalDate.of(2027, 7, 20));
	}

}
