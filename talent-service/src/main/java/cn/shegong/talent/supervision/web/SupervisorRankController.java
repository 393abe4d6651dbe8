package cn.shegong.talent.supervision.web;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.platform.security.Caller;
import cn.shegong.talent.supervision.application.SupervisorRanks;
import cn.shegong.talent.supervision.web.SupervisorRankRequests.Lower;
import cn.shegong.talent.supervision.web.SupervisorRankRequests.Promote;
import cn.shegong.talent.supervision.web.SupervisorRankResponses.RankHistory;
import cn.shegong.talent.supervision.web.SupervisorRankResponses.Supervisor;

/**
 * An agency's HR appoints, promotes, demotes and removes its workers' supervisor ranks
 * (督导职级), reads each one's history and lists its supervisors.
 */
@RestController
@PreAuthorize("hasRole('agency-hr')")
class SupervisorRankController {

	private final SupervisorRanks ranks;

	SupervisorRankController(SupervisorRanks ranks) {
		this.ranks = ranks;
	}

	@GetMapping("/api/talent/workers/{workerId}/supervisor-rank")
	RankHistory read(Caller caller, @PathVariable String workerId) {
		return RankHistory.of(this.ranks.read(caller, workerId));
	}

	@PostMapping("/api/talent/workers/{workerId}/supervisor-rank")
	RankHistory promote(Caller caller, @PathVariable String workerId, @Valid @RequestBody Promote request) {
		return RankHistory.of(this.ranks.promote(caller, workerId, request.decision()));
	}

	@PostMapping("/api/talent/workers/{workerId}/supervisor-rank/demotion")
	RankHistory lower(Caller caller, @PathVariable String workerId, @Valid @RequestBody Lower request) {
		return RankHistory.of(this.ranks.demote(caller, workerId, request.decision()));
	}

	@GetMapping("/api/talent/supervisors")
	List<Supervisor> supervisors(Caller caller) {
		return this.ranks.supervisorsOf(caller).stream().map(Supervisor::of).toList();
	}

}
