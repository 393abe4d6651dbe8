package cn.shegong.procurement.registry.web;

import java.time.LocalDate;
import java.util.List;

import cn.shegong.procurement.registry.model.Agency;
import cn.shegong.procurement.registry.model.BanPeriod;
import cn.shegong.procurement.registry.model.CreditStatus;
import cn.shegong.procurement.registry.model.GradeAssessment;
import cn.shegong.procurement.registry.persistence.StoredAgency;

/**
 * An agency as of today: whether its grade still holds and whether a ban is active are
 * worked out when it is read, because both lapse by themselves.
 *
 * @param grade null if never assessed
 * @param bannedUntil the first day it may bid again, null when no ban is active today
 * @param version what a change must send back
 */
record AgencyResponse(String id, String name, String unifiedSocialCreditCode, GradeView grade,
		CreditStatus creditStatus, String creditStatusReason, boolean bannedToday, LocalDate bannedUntil,
		List<BanView> bans, long version) {

	static AgencyResponse of(StoredAgency stored, LocalDate today) {
		Agency agency = stored.agency();
		return new AgencyResponse(agency.id(), agency.name(), agency.creditCode().value(),
				agency.gradeAssessment().map((assessment) -> GradeView.of(assessment, today)).orElse(null),
				agency.creditStatus(), stored.creditStatusReason(), agency.isBannedOn(today),
				agency.activeBanOn(today).map(BanPeriod::until).orElse(null),
				agency.bans().stream().map(BanView::of).toList(), stored.version());
	}

	/** The last assessment, and whether it still holds today. */
	record GradeView(String grade, LocalDate assessedOn, LocalDate validUntil, boolean validToday) {

		static GradeView of(GradeAssessment assessment, LocalDate today) {
			return new GradeView(assessment.grade().display(), assessment.assessedOn(), assessment.validUntil(),
					assessment.isValidOn(today));
		}

	}

	/** A ban: active from {@code from} up to but excluding {@code until}. */
	record BanView(LocalDate from, LocalDate until, String reason, String sourceEvaluationId) {

		static BanView of(BanPeriod ban) {
			return new BanView(ban.from(), ban.until(), ban.reason(), ban.sourceEvaluationId());
		}

	}

}
