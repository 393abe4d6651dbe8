package cn.shegong.procurement.bidding.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.shegong.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class ConflictOfInterestTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	private static final Set<String> BIDDERS = Set.of("agency-sunshine", "agency-harmony");

	private final ConflictOfInterest conflicts = ConflictOfInterest.defaults();

	@Test
	void aMemberStillEmployedByABidderMustRecuseNamingTheAgencyAndRelation() {
		PanelMember member = PanelMembers.declaring(Declaration.ongoing("agency-sunshine", DeclaredRelation.EMPLOYED));

		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> this.conflicts.check(member, BIDDERS, TODAY))
			.satisfies(ex -> assertThat(ex.rule()).isEqualTo("panel-member-conflict"))
			.withMessageContaining("worked for bidder agency-sunshine (EMPLOYED, ongoing)");
	}

	@Test
	void employmentThatEndedExactlyThreeYearsAgoStillCounts() {
		PanelMember member = PanelMembers
			.declaring(Declaration.ended("agency-sunshine", DeclaredRelation.EMPLOYED, LocalDate.of(2023, 6, 15)));

		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> this.conflicts.check(member, BIDDERS, TODAY))
			.withMessageContaining("until 2023-06-15");
	}

	@Test
	void employmentThatEndedThreeYearsAndADayAgoIsNoConflict() {
		PanelMember member = PanelMembers
			.declaring(Declaration.ended("agency-sunshine", DeclaredRelation.EMPLOYED, LocalDate.of(2023, 6, 14)));

		assertThatNoException().isThrownBy(() -> this.conflicts.check(member, BIDDERS, TODAY));
		assertThat(this.conflicts.conflictsOf(member, BIDDERS, TODAY)).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = DeclaredRelation.class, names = { "DIRECTOR", "SUPERVISOR_BOARD", "CONTROLLER" })
	void aRoleInABidderWithinThreeYearsIsAConflict(DeclaredRelation relation) {
		PanelMember member = PanelMembers.declaring(Declaration.ended("agency-harmony", relation, TODAY.minusYears(2)));

		assertThat(this.conflicts.conflictsOf(member, BIDDERS, TODAY)).hasSize(1);
	}

	@Test
	void closeFamilyOfTheLegalRepresentativeIsAConflictHoweverLongAgo() {
		PanelMember member = PanelMembers.declaring(Declaration.ended("agency-harmony",
				DeclaredRelation.CLOSE_FAMILY_OF_LEGAL_REPRESENTATIVE, TODAY.minusYears(10)));

		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> this.conflicts.check(member, BIDDERS, TODAY))
			.withMessageContaining("close family of the legal representative of bidder agency-harmony");
	}

	@Test
	void aTieToAnAgencyThatDoesNotBidIsNoConflict() {
		PanelMember member = PanelMembers
			.declaring(Declaration.ongoing("agency-elsewhere", DeclaredRelation.CONTROLLER));

		assertThatNoException().isThrownBy(() -> this.conflicts.check(member, BIDDERS, TODAY));
	}

	@Test
	void aMemberWithoutTiesMayServe() {
		assertThatNoException().isThrownBy(() -> this.conflicts.check(PanelMembers.withoutTies(), BIDDERS, TODAY));
	}

	@Test
	void everyTieToABidderIsNamed() {
		PanelMember member = PanelMembers.declaring(Declaration.ongoing("agency-sunshine", DeclaredRelation.DIRECTOR),
				Declaration.ended("agency-harmony", DeclaredRelation.EMPLOYED, TODAY.minusMonths(6)));

		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> this.conflicts.check(member, BIDDERS, TODAY))
			.withMessageContaining("agency-sunshine")
			.withMessageContaining("agency-harmony");
	}

	@Test
	void aCityMayLookFurtherBack() {
		ConflictOfInterest fiveYears = new ConflictOfInterest(Period.ofYears(5));
		PanelMember member = PanelMembers
			.declaring(Declaration.ended("agency-sunshine", DeclaredRelation.EMPLOYED, TODAY.minusYears(4)));

		assertThat(fiveYears.conflictsOf(member, BIDDERS, TODAY)).hasSize(1);
		assertThat(this.conflicts.conflictsOf(member, BIDDERS, TODAY)).isEmpty();
	}

}
