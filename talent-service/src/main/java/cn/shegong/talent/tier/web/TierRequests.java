package cn.shegong.talent.tier.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import cn.shegong.talent.appraisal.model.AppraisalInputs;
import cn.shegong.talent.appraisal.model.AppraisalSource;

/** The bodies the tier endpoints accept. */
final class TierRequests {

	private TierRequests() {
	}

	/**
	 * One year's 360-degree scores on 100 points. A rater the policy weighs 0 may be left
	 * out; a missing one that counts is refused by the policy, naming the rater.
	 */
	record RecordAppraisal(@NotNull @Min(2000) @Max(2100) Integer year, BigDecimal self, BigDecimal clients,
			BigDecimal peers, BigDecimal supervisor) {

		AppraisalInputs inputs() {
			AppraisalInputs inputs = AppraisalInputs.none();
			inputs = add(inputs, AppraisalSource.SELF, this.self);
			inputs = add(inputs, AppraisalSource.CLIENTS, this.clients);
			inputs = add(inputs, AppraisalSource.PEERS, this.peers);
			return add(inputs, AppraisalSource.SUPERVISOR, this.supervisor);
		}

		private static AppraisalInputs add(AppraisalInputs inputs, AppraisalSource source, BigDecimal points) {
			return (points != null) ? inputs.with(source, points.toPlainString()) : inputs;
		}

	}

}
