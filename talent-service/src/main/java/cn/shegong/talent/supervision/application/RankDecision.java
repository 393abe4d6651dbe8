package cn.shegong.talent.supervision.application;

import java.time.LocalDate;
import java.util.Optional;

import cn.shegong.talent.tier.model.SupervisorRank;

/**
 * What HR decides about a worker's supervisor rank.
 *
 * @param rank the rank held from {@code effectiveOn}; empty only when removing it
 * @param version the version of the rank record HR decided on, empty if it saw none
 */
public record RankDecision(Optional<SupervisorRank> rank, LocalDate effectiveOn, String reason,
		Optional<Long> version) {

}
