package cn.shegong.talent.staffing.application;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.security.Caller;
import cn.shegong.talent.staffing.model.ContractTerm;
import cn.shegong.talent.staffing.model.StaffedContract;
import cn.shegong.talent.staffing.model.StaffingRequirement;

import static org.assertj.core.api.Assertions.assertThat;

class StaffingReadersTest {

	private static final StaffedContract IN_HAINING = StaffedContract.awarded("ctr-1", "prj-1", "agency-1", "330481",
			new ContractTerm(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)), StaffingRequirement.defaults());

	private static final Set<String> NO_PANEL = Set.of();

	private static Caller evaluator(String username) {
		return new Caller("s", username, Set.of("evaluator"), Optional.empty(), Optional.of("eval-zhiping"),
				Optional.empty());
	}

	private static Caller officerOf(String region) {
		return new Caller("s", "officer", Set.of("procurement-officer"), Optional.empty(), Optional.empty(),
				Optional.of(region));
	}

	private static Caller hrOf(String agency) {
		return new Caller("s", "hr", Set.of("agency-hr"), Optional.of(agency), Optional.empty(), Optional.empty());
	}

	@Test
	void anOfficerOfTheCityReadsTheStaffingOfItsCountiesContracts() {
		assertThat(StaffingReaders.mayRead(officerOf("330400"), IN_HAINING, NO_PANEL)).isTrue();
		assertThat(StaffingReaders.mayRead(officerOf("330481"), IN_HAINING, NO_PANEL)).isTrue();
	}

	@Test
	void anOfficerOfANeighbouringCountyDoesNotReadIt() {
		assertThat(StaffingReaders.mayRead(officerOf("330482"), IN_HAINING, NO_PANEL)).isFalse();
	}

	@Test
	void onlyTheContractedAgencysHrReadsIt() {
		assertThat(StaffingReaders.mayRead(hrOf("agency-1"), IN_HAINING, NO_PANEL)).isTrue();
		assertThat(StaffingReaders.mayRead(hrOf("agency-2"), IN_HAINING, NO_PANEL)).isFalse();
	}

	@Test
	void anEvaluatorOnAPanelOfTheContractReadsItsStaffing() {
		assertThat(StaffingReaders.mayRead(evaluator("evaluator.zhiping"), IN_HAINING,
				Set.of("evaluator.lanfang", "evaluator.zhiping")))
			.isTrue();
	}

	@Test
	void anEvaluatorOnNoPanelOfTheContractDoesNotReadIt() {
		assertThat(StaffingReaders.mayRead(evaluator("evaluator.other"), IN_HAINING, Set.of("evaluator.zhiping")))
			.isFalse();
		assertThat(StaffingReaders.mayRead(evaluator("evaluator.zhiping"), IN_HAINING, NO_PANEL)).isFalse();
	}

	@Test
	void beingNamedOnAPanelWithoutTheEvaluatorRoleOpensNothing() {
		Caller staff = new Caller("s", "evaluator.zhiping", Set.of("agency-staff"), Optional.of("agency-2"),
				Optional.empty(), Optional.empty());
		assertThat(StaffingReaders.mayRead(staff, IN_HAINING, Set.of("evaluator.zhiping"))).isFalse();
	}

	@Test
	void anAdminReadsEveryContractsStaffing() {
		Caller admin = new Caller("s", "admin", Set.of("admin"), Optional.empty(), Optional.empty(), Optional.empty());
		assertThat(StaffingReaders.mayRead(admin, IN_HAINING, NO_PANEL)).isTrue();
	}

}
