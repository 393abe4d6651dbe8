package cn.shegong.procurement.tender.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TenderRulesTest {

	private final TenderRules defaults = TenderRules.defaults();

	@Test
	void defaultsAreTheNationalNumbers() {
		assertThat(this.defaults.openTenderMinimumBiddingDays()).isEqualTo(20);
		assertThat(this.defaults.challengeWindowWorkingDays()).isEqualTo(7);
		assertThat(this.defaults.challengeReplyWorkingDays()).isEqualTo(7);
		assertThat(this.defaults.complaintWorkingDays()).isEqualTo(15);
		assertThat(this.defaults.minimumQualifiedBids()).isEqualTo(3);
		assertThat(this.defaults.consultationMinimumQualifiedBids()).isEqualTo(2);
		assertThat(this.defaults.singleSourceAddOnLimitBasisPoints()).isEqualTo(1_000);
	}

	@Test
	void competitiveConsultationNeedsTwoQualifiedSuppliers() {
		assertThat(this.defaults.minimumQualifiedBidsFor(ProcurementMethod.COMPETITIVE_CONSULTATION)).isEqualTo(2);
	}

	@ParameterizedTest
	@EnumSource(value = ProcurementMethod.class, names = { "OPEN_TENDER", "INVITED_TENDER", "COMPETITIVE_NEGOTIATION" })
	void otherCompetitiveMethodsNeedThreeQualifiedBids(ProcurementMethod method) {
		assertThat(this.defaults.minimumQualifiedBidsFor(method)).isEqualTo(3);
	}

	@Test
	void singleSourceNeedsItsOneSupplierWhateverTheConfiguredMinimum() {
		TenderRules strict = new TenderRules(20, 7, 7, 15, 5, 4, 1_000);

		assertThat(strict.minimumQualifiedBidsFor(ProcurementMethod.SINGLE_SOURCE)).isEqualTo(1);
	}

	@Test
	void aCityMayConfigureItsOwnMinimums() {
		TenderRules strict = new TenderRules(20, 7, 7, 15, 5, 4, 1_000);

		assertThat(strict.minimumQualifiedBidsFor(ProcurementMethod.OPEN_TENDER)).isEqualTo(5);
		assertThat(strict.minimumQualifiedBidsFor(ProcurementMethod.COMPETITIVE_CONSULTATION)).isEqualTo(4);
	}

	@Test
	void zeroDaysOrBidsAreRefusedAsConfiguration() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TenderRules(0, 7, 7, 15, 3, 2, 1_000))
			.withMessageContaining("openTenderMinimumBiddingDays");
		assertThatIllegalArgumentException().isThrownBy(() -> new TenderRules(20, 7, 7, 15, 3, 0, 1_000))
			.withMessageContaining("consultationMinimumQualifiedBids");
	}

	@Test
	void anAddOnLimitAboveTheWholeContractIsRefusedAsConfiguration() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TenderRules(20, 7, 7, 15, 3, 2, 10_001))
			.withMessageContaining("10001");
	}

	@Test
	void methodsCarryTheirChineseNames() {
		assertThat(ProcurementMethod.COMPETITIVE_CONSULTATION.chineseName()).isEqualTo("竞争性磋商");
		assertThat(ProcurementMethod.OPEN_TENDER.chineseName()).isEqualTo("公开招标");
	}

}
