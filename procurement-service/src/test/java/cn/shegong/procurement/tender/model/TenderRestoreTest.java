package cn.shegong.procurement.tender.model;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TenderRestoreTest {

	@Test
	void aStoredPublishedTenderLoadsEvenIfTheRulesHaveSinceBecomeStricter() {
		TenderRules stricter = new TenderRules(30, TenderRules.defaults().challengeWindowWorkingDays(),
				TenderRules.defaults().challengeReplyWorkingDays(), TenderRules.defaults().complaintWorkingDays(),
				TenderRules.defaults().minimumQualifiedBids(),
				TenderRules.defaults().consultationMinimumQualifiedBids(),
				TenderRules.defaults().singleSourceAddOnLimitBasisPoints());
		Instant published = Instant.parse("2027-01-04T02:00:00Z");
		Instant deadline = Instant.parse("2027-01-25T02:00:00Z");

		Tender tender = Tender.restore("tdr-1", "prj-1", "330481", ProcurementMethod.OPEN_TENDER,
				new TenderNotice("社工站项目", "公开招标"), "national-default", stricter,
				new Tender.StoredState(TenderStatus.PUBLISHED, published, deadline, null, null, null, null));

		assertThat(tender.status()).isEqualTo(TenderStatus.PUBLISHED);
		assertThat(tender.biddingDeadline()).contains(deadline);
	}

}
