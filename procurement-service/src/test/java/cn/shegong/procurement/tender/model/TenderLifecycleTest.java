package cn.shegong.procurement.tender.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.shegong.procurement.tender.model.TenderEvent.ContractSigned;
import cn.shegong.procurement.tender.model.TenderEvent.ServiceStarted;
import cn.shegong.procurement.tender.model.TenderEvent.TenderCancelled;
import cn.shegong.procurement.tender.model.TenderEvent.TenderCompleted;
import cn.shegong.procurement.tender.model.TenderEvent.TenderTerminated;

import static org.assertj.core.api.Assertions.assertThat;

class TenderLifecycleTest {

	@Test
	void anAwardedTenderSignsItsContractWithTheAwardedAgency() {
		Tender tender = Tenders.inStatus(TenderStatus.AWARDED);

		assertThat(tender.signContract()).isEqualTo(new ContractSigned("tender-1", "project-7", Tenders.AGENCY));
		assertThat(tender.status()).isEqualTo(TenderStatus.CONTRACT_SIGNED);
	}

	@Test
	void noContractIsSignedWhileChallengesMayStillCome() {
		Tender tender = Tenders.inChallengeWindow();

		Problems.illegalTransition(tender::signContract);
	}

	@Test
	void serviceStartsOnceTheContractIsSigned() {
		Tender tender = Tenders.inStatus(TenderStatus.CONTRACT_SIGNED);

		assertThat(tender.startService()).isEqualTo(new ServiceStarted("tender-1"));
		assertThat(tender.status()).isEqualTo(TenderStatus.IN_SERVICE);
	}

	@Test
	void serviceCannotStartWithoutASignedContract() {
		Tender tender = Tenders.inStatus(TenderStatus.AWARDED);

		Problems.illegalTransition(tender::startService);
	}

	@Test
	void aTenderInServiceCompletes() {
		Tender tender = Tenders.inStatus(TenderStatus.IN_SERVICE);

		assertThat(tender.complete()).isEqualTo(new TenderCompleted("tender-1"));
		assertThat(tender.status()).isEqualTo(TenderStatus.COMPLETED);
	}

	@Test
	void aTenderCannotCompleteBeforeItsServiceStarted() {
		Tender tender = Tenders.inStatus(TenderStatus.CONTRACT_SIGNED);

		Problems.illegalTransition(tender::complete);
	}

	@Test
	void aTenderInServiceIsTerminatedWithAReason() {
		Tender tender = Tenders.inStatus(TenderStatus.IN_SERVICE);

		assertThat(tender.terminate("agency lost its registration"))
			.isEqualTo(new TenderTerminated("tender-1", "agency lost its registration"));
		assertThat(tender.status()).isEqualTo(TenderStatus.TERMINATED);
		assertThat(tender.closingReason()).contains("agency lost its registration");
	}

	@Test
	void terminationWithoutAReasonIsRefused() {
		Tender tender = Tenders.inStatus(TenderStatus.IN_SERVICE);

		Problems.ruleViolated("termination-reason-required", () -> tender.terminate(" "));
		assertThat(tender.status()).isEqualTo(TenderStatus.IN_SERVICE);
	}

	@Test
	void aSignedContractWhoseServiceHasNotStartedCannotBeTerminated() {
		Tender tender = Tenders.inStatus(TenderStatus.CONTRACT_SIGNED);

		Problems.illegalTransition(() -> tender.terminate("changed our minds"));
	}

	@ParameterizedTest
	@EnumSource(value = TenderStatus.class, names = { "COMPLETED", "TERMINATED" })
	void anEndedServiceCannotEndAgain(TenderStatus ended) {
		Tender tender = Tenders.inStatus(ended);

		Problems.illegalTransition(tender::complete);
		Problems.illegalTransition(() -> tender.terminate("again"));
	}

	@ParameterizedTest
	@EnumSource(value = TenderStatus.class,
			names = { "DRAFT", "PUBLISHED", "BIDDING_CLOSED", "BIDS_SCORED", "CHALLENGE_WINDOW" })
	void aTenderIsCancelledWithAReasonUntilItsAwardIsFinal(TenderStatus from) {
		Tender tender = Tenders.inStatus(from);

		assertThat(tender.cancel("budget withdrawn"))
			.isEqualTo(new TenderCancelled("tender-1", from, "budget withdrawn"));
		assertThat(tender.status()).isEqualTo(TenderStatus.CANCELLED);
		assertThat(tender.closingReason()).contains("budget withdrawn");
	}

	@ParameterizedTest
	@EnumSource(value = TenderStatus.class, names = { "AWARDED", "CONTRACT_SIGNED", "IN_SERVICE", "COMPLETED",
			"TERMINATED", "CANCELLED", "UNSUCCESSFUL" })
	void aTenderCannotBeCancelledOnceItsAwardIsFinalOrItHasEnded(TenderStatus from) {
		Tender tender = Tenders.inStatus(from);

		Problems.illegalTransition(() -> tender.cancel("budget withdrawn"));
		assertThat(tender.status()).isEqualTo(from);
	}

	@Test
	void cancellationWithoutAReasonIsRefused() {
		Tender tender = Tenders.inStatus(TenderStatus.PUBLISHED);

		Problems.ruleViolated("cancellation-reason-required", () -> tender.cancel(null));
		assertThat(tender.status()).isEqualTo(TenderStatus.PUBLISHED);
	}

	@Test
	void aNewTenderIsADraftAtVersionZero() {
		Tender tender = Tenders.openTenderDraft();

		assertThat(tender.status()).isEqualTo(TenderStatus.DRAFT);
		assertThat(tender.version()).isZero();
		assertThat(tender.scoringSchemeId()).isEqualTo("scheme-2026");
		assertThat(tender.buyerRegion()).isEqualTo("320623");
		assertThat(tender.notice().title()).contains("社会工作服务站");
	}

}
