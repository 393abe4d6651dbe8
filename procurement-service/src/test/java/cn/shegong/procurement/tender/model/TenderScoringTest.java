package cn.shegong.procurement.tender.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.shegong.procurement.tender.model.TenderEvent.BidsScored;
import cn.shegong.procurement.tender.model.TenderEvent.TenderUnsuccessful;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TenderScoringTest {

	@Test
	void competitiveConsultationWithTwoQualifiedSuppliersContinues() {
		Tender tender = Tenders.closed(ProcurementMethod.COMPETITIVE_CONSULTATION);

		assertThat(tender.recordScoring(2)).isEqualTo(new BidsScored("tender-1", 2));
		assertThat(tender.status()).isEqualTo(TenderStatus.BIDS_SCORED);
	}

	@Test
	void competitiveConsultationWithOneQualifiedSupplierIsTerminated() {
		Tender tender = Tenders.closed(ProcurementMethod.COMPETITIVE_CONSULTATION);

		TenderEvent event = tender.recordScoring(1);

		assertThat(event).isInstanceOfSatisfying(TenderUnsuccessful.class, (unsuccessful) -> {
			assertThat(unsuccessful.qualifiedBids()).isEqualTo(1);
			assertThat(unsuccessful.requiredQualifiedBids()).isEqualTo(2);
			assertThat(unsuccessful.reason()).contains("only 1 qualified bids").contains("needs 2");
		});
		assertThat(tender.status()).isEqualTo(TenderStatus.UNSUCCESSFUL);
		assertThat(tender.closingReason()).isPresent();
	}

	@ParameterizedTest
	@EnumSource(value = ProcurementMethod.class, names = { "OPEN_TENDER", "INVITED_TENDER", "COMPETITIVE_NEGOTIATION" })
	void otherMethodsWithThreeQualifiedBidsContinue(ProcurementMethod method) {
		Tender tender = Tenders.closed(method);

		tender.recordScoring(3);

		assertThat(tender.status()).isEqualTo(TenderStatus.BIDS_SCORED);
	}

	@ParameterizedTest
	@EnumSource(value = ProcurementMethod.class, names = { "OPEN_TENDER", "INVITED_TENDER", "COMPETITIVE_NEGOTIATION" })
	void otherMethodsWithTwoQualifiedBidsAreUnsuccessful(ProcurementMethod method) {
		Tender tender = Tenders.closed(method);

		assertThat(tender.recordScoring(2))
			.isEqualTo(new TenderUnsuccessful("tender-1", 2, 3, "only 2 qualified bids, " + method + " needs 3"));
		assertThat(tender.status()).isEqualTo(TenderStatus.UNSUCCESSFUL);
	}

	@Test
	void singleSourceGoesOnWithItsOneSupplier() {
		Tender tender = Tenders.closed(ProcurementMethod.SINGLE_SOURCE);

		tender.recordScoring(1);

		assertThat(tender.status()).isEqualTo(TenderStatus.BIDS_SCORED);
	}

	@Test
	void noQualifiedBidAtAllIsUnsuccessful() {
		Tender tender = Tenders.closed(ProcurementMethod.SINGLE_SOURCE);

		tender.recordScoring(0);

		assertThat(tender.status()).isEqualTo(TenderStatus.UNSUCCESSFUL);
	}

	@Test
	void aRescoringThatStillHasEnoughBidsKeepsTheTenderScored() {
		Tender tender = Tenders.inStatus(TenderStatus.BIDS_SCORED);

		assertThat(tender.recordScoring(4)).isEqualTo(new BidsScored("tender-1", 4));
		assertThat(tender.status()).isEqualTo(TenderStatus.BIDS_SCORED);
	}

	@Test
	void aRescoringThatLeavesTooFewBidsMakesAScoredTenderUnsuccessful() {
		Tender tender = Tenders.inStatus(TenderStatus.BIDS_SCORED);

		tender.recordScoring(2);

		assertThat(tender.status()).isEqualTo(TenderStatus.UNSUCCESSFUL);
	}

	@Test
	void bidsCannotBeScoredWhileBiddingIsOpen() {
		Tender tender = Tenders.inStatus(TenderStatus.PUBLISHED);

		Problems.illegalTransition(() -> tender.recordScoring(3));
	}

	@Test
	void tooFewBidsCannotEndATenderWhoseAwardIsProposed() {
		Tender tender = Tenders.inChallengeWindow();

		Problems.illegalTransition(() -> tender.recordScoring(1));
		assertThat(tender.status()).isEqualTo(TenderStatus.CHALLENGE_WINDOW);
	}

	@Test
	void anUnsuccessfulTenderCannotBeScoredAgain() {
		Tender tender = Tenders.inStatus(TenderStatus.UNSUCCESSFUL);

		Problems.illegalTransition(() -> tender.recordScoring(5));
	}

	@Test
	void aNegativeCountIsAProgrammingError() {
		Tender tender = Tenders.closed(ProcurementMethod.OPEN_TENDER);

		assertThatIllegalArgumentException().isThrownBy(() -> tender.recordScoring(-1));
	}

}
