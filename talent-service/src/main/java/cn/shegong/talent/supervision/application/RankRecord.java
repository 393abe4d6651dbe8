package cn.shegong.talent.supervision.application;

import java.util.Optional;

import cn.shegong.talent.supervision.model.SupervisorRankHistory;

/**
 * A worker's rank history as stored, with the version a change must be based on; empty
 * before the first decision is stored.
 */
public record RankRecord(SupervisorRankHistory history, Optional<Long> version) {

	static RankRecord none(String workerId) {
		return new RankRecord(SupervisorRankHistory.none(workerId), Optional.empty());
	}

}
