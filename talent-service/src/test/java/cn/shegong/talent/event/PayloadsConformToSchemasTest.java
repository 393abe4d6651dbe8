package cn.shegong.talent.event;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.event.EventType;
import cn.shegong.platform.test.EventSchemas;
import cn.shegong.talent.appraisal.model.AppraisalGrade;
import cn.shegong.talent.certificate.model.CertificateLevel;
import cn.shegong.talent.staffing.model.Assignment;
import cn.shegong.talent.staffing.model.Certifications;
import cn.shegong.talent.staffing.model.CertifiedPeriod;
import cn.shegong.talent.staffing.model.Roster;
import cn.shegong.talent.staffing.model.StaffRole;
import cn.shegong.talent.staffing.model.StaffingRequirement;
import cn.shegong.talent.tier.model.AllowanceSchedule;
import cn.shegong.talent.tier.model.Tier;
import cn.shegong.talent.tier.model.TierDecision;
import cn.shegong.talent.tier.model.TierPolicy;
import cn.shegong.talent.tier.model.WorkerStanding;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The payload records the application layer will publish write JSON their own schemas
 * accept, so the examples are not the only thing the schemas were tried on.
 */
class PayloadsConformToSchemasTest {

	private static final LocalDate DAY = LocalDate.of(2027, 3, 1);

	private final EventJson json = EventJson.standard();

	@Test
	void aStaffingAssessmentWithShortfallsPublishesAsStaffingChanged() {
		Roster twoWorkers = Roster.of(Assignment.fullTime("w-1", StaffRole.SUPERVISOR, DAY),
				Assignment.fullTime("w-2", StaffRole.FRONTLINE, DAY));
		Certifications oneCertified = Certifications
			.of(List.of(new CertifiedPeriod("w-1", DAY.minusYears(1), DAY.plusYears(2))));

		StaffingChanged data = StaffingChanged.of("ctr-1", "prj-1", "agency-1",
				StaffingRequirement.defaults().assess(twoWorkers, oneCertified, DAY));

		assertThat(data.compliant()).isFalse();
		assertThat(violations(TalentEvents.STAFFING_CHANGED, data)).isEmpty();
	}

	@Test
	void aPromotionPublishesAsTierChangedWithTheNewAllowance() {
		TierDecision promotion = TierPolicy.defaults()
			.review(new WorkerStanding("w-1", Tier.ONE, Optional.of(CertificateLevel.ASSISTANT), 2,
					Optional.of(AppraisalGrade.GOOD)));

		TierChanged data = TierChanged.of(promotion, "agency-1", AllowanceSchedule.defaults(), DAY);

		assertThat(data.monthlyAllowanceFen()).isEqualTo(40_000);
		assertThat(violations(TalentEvents.TIER_CHANGED, data)).isEmpty();
	}

	@Test
	void aDecisionThatKeepsTheTierIsNoTierChange() {
		TierDecision kept = TierPolicy.defaults()
			.review(new WorkerStanding("w-1", Tier.ONE, Optional.empty(), 2, Optional.of(AppraisalGrade.GOOD)));

		assertThatIllegalArgumentException()
			.isThrownBy(() -> TierChanged.of(kept, "agency-1", AllowanceSchedule.defaults(), DAY));
	}

	@Test
	void anExpiryNoticePublishesAsCertificateExpiring() {
		CertificateExpiring data = new CertificateExpiring("w-1", "agency-1", "crt-1", CertificateLevel.ASSISTANT,
				DAY.plusDays(90), 90);

		assertThat(violations(TalentEvents.CERTIFICATE_EXPIRING, data)).isEmpty();
	}

	private List<String> violations(EventType type, Object data) {
		String dataJson = JsonMapper.builder().build().writeValueAsString(this.json.toData(data));
		InputStream schema = PublishedEventSchemasTest.resource(TalentEvents.schemaPath(type));
		return EventSchemas.violations(schema, dataJson);
	}

}
