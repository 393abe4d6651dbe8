package cn.shegong.talent.supervision.web;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.shegong.talent.supervision.application.RankDecision;
import cn.shegong.talent.tier.model.SupervisorRank;

/** The bodies the supervisor rank endpoints accept. */
final class SupervisorRankRequests {

	private SupervisorRankRequests() {
	}

	/**
	 * An appointment to the first rank or a promotion one step up.
	 *
	 * @param version the version of the rank record read before, absent if there was none
	 */
	record Promote(@NotNull SupervisorRank rank, @NotNull LocalDate effectiveOn,
			@NotBlank @Size(max = 500) String reason, Long version) {

		RankDecision decision() {
			return new RankDecision(Optional.of(this.rank), this.effectiveOn, this.reason.strip(),
					Optional.ofNullable(this.version));
		}

	}

	/**
	 * A demotion to a lower rank, or the rank's removal when {@code rank} is null; the
	 * reason (e.g. the failed appraisal) is what the history keeps.
	 */
	record Lower(SupervisorRank rank, @NotNull LocalDate effectiveOn, @NotBlank @Size(max = 500) String reason,
			@NotNull Long version) {

		RankDecision decision() {
			return new RankDecision(Optional.ofNullable(this.rank), this.effectiveOn, this.reason.strip(),
					Optional.of(this.version));
		}

	}

}
