package cn.shegong.procurement.registry.persistence;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.shegong.platform.outbox.PendingEvent;
import cn.shegong.procurement.registry.model.Agency;
import cn.shegong.procurement.registry.model.BanPeriod;
import cn.shegong.procurement.registry.model.CreditStatus;
import cn.shegong.procurement.registry.model.GradeAssessment;
import cn.shegong.procurement.registry.model.OrganisationGrade;
import cn.shegong.procurement.registry.model.UnifiedSocialCreditCode;

/**
 * An agency as stored: the aggregate, why its credit status is what it is, the events
 * waiting to leave with it, and the version that guards against lost updates. Whether it
 * is banned is never stored, because bans lapse by themselves.
 */
@Document(AgencyDocument.COLLECTION)
record AgencyDocument(@Id String id, String name, String creditCode, GradeDocument gradeAssessment,
		CreditStatus creditStatus, String creditStatusReason, List<BanDocument> bans, List<PendingEvent> outbox,
		@Version Long version) {

	static final String COLLECTION = "agencies";

	static AgencyDocument of(Agency agency) {
		return of(agency, null, null);
	}

	static AgencyDocument of(Agency agency, String creditStatusReason, Long version) {
		return new AgencyDocument(agency.id(), agency.name(), agency.creditCode().value(),
				GradeDocument.of(agency.gradeAssessment().orElse(null)), agency.creditStatus(), creditStatusReason,
				BanDocument.allOf(agency.bans()), List.of(), version);
	}

	StoredAgency toStored() {
		Agency agency = new Agency(this.id, this.name, UnifiedSocialCreditCode.parse(this.creditCode),
				(this.gradeAssessment != null) ? this.gradeAssessment.toAssessment() : null, this.creditStatus,
				(this.bans != null) ? this.bans.stream().map(BanDocument::toPeriod).toList() : List.of());
		return new StoredAgency(agency, this.creditStatusReason, this.version);
	}

	record GradeDocument(String grade, LocalDate assessedOn, LocalDate validUntil) {

		static GradeDocument of(GradeAssessment assessment) {
			return (assessment != null)
					? new GradeDocument(assessment.grade().display(), assessment.assessedOn(), assessment.validUntil())
					: null;
		}

		GradeAssessment toAssessment() {
			return new GradeAssessment(OrganisationGrade.fromDisplay(this.grade), this.assessedOn, this.validUntil);
		}

	}

	record BanDocument(LocalDate from, LocalDate until, String reason, String sourceEvaluationId) {

		static List<BanDocument> allOf(List<BanPeriod> bans) {
			return bans.stream()
				.map((ban) -> new BanDocument(ban.from(), ban.until(), ban.reason(), ban.sourceEvaluationId()))
				.toList();
		}

		BanPeriod toPeriod() {
			return new BanPeriod(this.from, this.until, this.reason, this.sourceEvaluationId);
		}

	}

}
