package cn.shegong.procurement.tender.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static cn.shegong.procurement.tender.model.TenderStatus.AWARDED;
import static cn.shegong.procurement.tender.model.TenderStatus.AWARD_PROPOSED;
import static cn.shegong.procurement.tender.model.TenderStatus.BIDDING_CLOSED;
import static cn.shegong.procurement.tender.model.TenderStatus.BIDS_SCORED;
import static cn.shegong.procurement.tender.model.TenderStatus.CANCELLED;
import static cn.shegong.procurement.tender.model.TenderStatus.CHALLENGE_WINDOW;
import static cn.shegong.procurement.tender.model.TenderStatus.COMPLETED;
import static cn.shegong.procurement.tender.model.TenderStatus.CONTRACT_SIGNED;
import static cn.shegong.procurement.tender.model.TenderStatus.DRAFT;
import static cn.shegong.procurement.tender.model.TenderStatus.IN_SERVICE;
import static cn.shegong.procurement.tender.model.TenderStatus.PUBLISHED;
import static cn.shegong.procurement.tender.model.TenderStatus.TERMINATED;
import static cn.shegong.procurement.tender.model.TenderStatus.UNSUCCESSFUL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

class TenderStatusTest {

	/** The lifecycle as the issue states it, written out independently of the enum. */
	private static final Map<TenderStatus, Set<TenderStatus>> ALLOWED = Map.ofEntries(
			Map.entry(DRAFT, EnumSet.of(PUBLISHED, CANCELLED)),
			Map.entry(PUBLISHED, EnumSet.of(BIDDING_CLOSED, CANCELLED)),
			Map.entry(BIDDING_CLOSED, EnumSet.of(BIDS_SCORED, UNSUCCESSFUL, CANCELLED)),
			Map.entry(BIDS_SCORED, EnumSet.of(AWARD_PROPOSED, UNSUCCESSFUL, CANCELLED)),
			Map.entry(AWARD_PROPOSED, EnumSet.of(CHALLENGE_WINDOW, CANCELLED)),
			Map.entry(CHALLENGE_WINDOW, EnumSet.of(AWARDED, CANCELLED)),
			Map.entry(AWARDED, EnumSet.of(CONTRACT_SIGNED)), Map.entry(CONTRACT_SIGNED, EnumSet.of(IN_SERVICE)),
			Map.entry(IN_SERVICE, EnumSet.of(COMPLETED, TERMINATED)),
			Map.entry(COMPLETED, EnumSet.noneOf(TenderStatus.class)),
			Map.entry(TERMINATED, EnumSet.noneOf(TenderStatus.class)),
			Map.entry(CANCELLED, EnumSet.noneOf(TenderStatus.class)),
			Map.entry(UNSUCCESSFUL, EnumSet.noneOf(TenderStatus.class)));

	static Stream<Arguments> allowedMoves() {
		return allMoves().filter((move) -> isAllowed(move));
	}

	static Stream<Arguments> forbiddenMoves() {
		return allMoves().filter((move) -> !isAllowed(move));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@MethodSource("allowedMoves")
	void everyMoveOfTheLifecycleIsAllowed(TenderStatus from, TenderStatus to) {
		assertThat(from.canGoTo(to)).isTrue();
		assertThatNoException().isThrownBy(() -> from.requireCanGoTo(to));
	}

	@ParameterizedTest(name = "{0} ↛ {1}")
	@MethodSource("forbiddenMoves")
	void everyOtherMoveIsRefusedAsAConflictNamingBothStatuses(TenderStatus from, TenderStatus to) {
		assertThat(from.canGoTo(to)).isFalse();
		assertThat(Problems.illegalTransition(() -> from.requireCanGoTo(to)))
			.hasMessage("cannot go from " + from + " to " + to)
			.satisfies((problem) -> assertThat(problem.arguments()).containsExactly(from, to));
	}

	@Test
	void theTableCoversEveryStatus() {
		assertThat(ALLOWED).containsOnlyKeys(TenderStatus.values());
	}

	@Test
	void cancellingIsPossibleUntilTheAwardIsFinal() {
		assertThat(Arrays.stream(TenderStatus.values()).filter((status) -> status.canGoTo(CANCELLED)))
			.containsExactlyInAnyOrder(DRAFT, PUBLISHED, BIDDING_CLOSED, BIDS_SCORED, AWARD_PROPOSED, CHALLENGE_WINDOW);
	}

	@Test
	void completedTerminatedCancelledAndUnsuccessfulAreFinal() {
		assertThat(Arrays.stream(TenderStatus.values()).filter(TenderStatus::isFinal))
			.containsExactlyInAnyOrder(COMPLETED, TERMINATED, CANCELLED, UNSUCCESSFUL);
	}

	private static Stream<Arguments> allMoves() {
		return Arrays.stream(TenderStatus.values())
			.flatMap((from) -> Arrays.stream(TenderStatus.values()).map((to) -> Arguments.of(from, to)));
	}

	private static boolean isAllowed(Arguments move) {
		Object[] pair = move.get();
		return ALLOWED.get((TenderStatus) pair[0]).contains((TenderStatus) pair[1]);
	}

}
