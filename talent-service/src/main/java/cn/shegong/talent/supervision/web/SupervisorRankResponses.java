package cn.shegong.talent.supervision.web;

import java.time.LocalDate;
import java.util.List;

import cn.shegong.talent.supervision.application.AgencySupervisor;
import cn.shegong.talent.supervision.application.RankRecord;
import cn.shegong.talent.supervision.model.RankChange;
import cn.shegong.talent.supervision.model.RankPeriod;
import cn.shegong.talent.tier.model.SupervisorRank;

/** What the supervisor rank endpoints answer; a removed or never held rank is null. */
final class SupervisorRankResponses {

	private SupervisorRankResponses() {
	}

	/** The current rank and every decision, oldest first. */
	record RankHistory(String workerId, SupervisorRank currentRank, String currentRankName, Long version,
			List<Period> history) {

		static RankHistory of(RankRecord record) {
			SupervisorRank current = record.history().current().orElse(null);
			return new RankHistory(record.history().workerId(), current, nameOf(current), record.version().orElse(null),
					record.history().periods().stream().map(Period::of).toList());
		}

	}

	/** One decision and the days it was in force; {@code until} is null while it is. */
	record Period(RankChange.Kind change, SupervisorRank rank, String rankName, LocalDate from, LocalDate until,
			String decidedBy, String reason) {

		static Period of(RankPeriod period) {
			RankChange change = period.change();
			SupervisorRank rank = change.rank().orElse(null);
			return new Period(change.kind(), rank, nameOf(rank), change.effectiveOn(), period.until().orElse(null),
					change.decidedBy(), change.reason());
		}

	}

	record Supervisor(String workerId, String name, SupervisorRank rank, String rankName, LocalDate since) {

		static Supervisor of(AgencySupervisor supervisor) {
			RankPeriod current = supervisor.history().periods().get(supervisor.history().periods().size() - 1);
			SupervisorRank rank = current.change().rank().orElseThrow();
			return new Supervisor(supervisor.workerId(), supervisor.name(), rank, rank.chineseName(),
					current.change().effectiveOn());
		}

	}

	private static String nameOf(SupervisorRank rank) {
		return (rank != null) ? rank.chineseName() : null;
	}

}
