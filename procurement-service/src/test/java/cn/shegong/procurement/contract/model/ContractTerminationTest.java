package cn.shegong.procurement.contract.model;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContractTerminationTest {

	private static final LocalDate ON = LocalDate.of(2027, 6, 1);

	@Test
	void aRunningContractIsTerminatedWithItsReasonAndKeepsWhatWasPaid() {
		Contract contract = Contracts.signed();
		long paidBefore = contract.payments().records().size();

		Termination termination = contract.terminate("机构严重违约", ON, "officer.haining");

		assertThat(contract.status()).isEqualTo(ContractStatus.TERMINATED);
		assertThat(termination.reason()).isEqualTo("机构严重违约");
		assertThat(contract.payments().records()).hasSize((int) paidBefore);
		assertThat(contract.status().isPublic()).isTrue();
	}

	@Test
	void aDraftOrAnAlreadyTerminatedContractCannotBeTerminated() {
		Contract draft = Contracts.draft();
		Contract terminated = Contracts.signed();
		terminated.terminate("违约", ON, "officer.haining");

		assertThatThrownBy(() -> draft.terminate("违约", ON, "officer.haining")).isInstanceOfSatisfying(
				ProblemException.class, (refusal) -> assertThat(refusal.rule()).isEqualTo("contract-not-running"));
		assertThatThrownBy(() -> terminated.terminate("再次", ON, "officer.haining")).isInstanceOfSatisfying(
				ProblemException.class, (refusal) -> assertThat(refusal.rule()).isEqualTo("contract-not-running"));
	}

	@Test
	void terminatingWithoutAReasonIsRefusedAndTheContractRuns() {
		Contract contract = Contracts.signed();

		assertThatThrownBy(() -> contract.terminate("  ", ON, "officer.haining")).isInstanceOfSatisfying(
				ProblemException.class,
				(refusal) -> assertThat(refusal.rule()).isEqualTo("termination-reason-required"));
		assertThat(contract.status()).isEqualTo(ContractStatus.SIGNED);
	}

	@Test
	void aTerminatedContractTakesNoAddOn() {
		Contract contract = Contracts.signed();
		contract.terminate("违约", ON, "officer.haining");

		assertThatThrownBy(() -> contract.addOn("addon-1", cn.shegong.procurement.money.model.Money.ofYuan(100), "x",
				ON, "officer.haining", cn.shegong.procurement.tender.model.TenderRules.defaults()))
			.isInstanceOfSatisfying(ProblemException.class,
					(refusal) -> assertThat(refusal.rule()).isEqualTo("contract-not-running"));
	}

}
