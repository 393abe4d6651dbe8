package cn.shegong.talent.worker.application;

import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.shegong.talent.worker.persistence.WorkerRepository;

/**
 * Query port for other areas of talent-service (staffing, tiers): which agency employs a
 * worker now. It asks no caller, so callers check their own access first.
 */
@Component
public class Employers {

	private final WorkerRepository workers;

	Employers(WorkerRepository workers) {
		this.workers = workers;
	}

	/** The worker's current primary employer, or empty if no such worker is recorded. */
	public Optional<String> currentEmployerOf(String workerId) {
		return this.workers.findById(workerId).map((stored) -> stored.worker().employerId());
	}

}
