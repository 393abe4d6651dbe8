package cn.shegong.talent.staffing.application;

import java.time.LocalDate;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.security.Caller;
import cn.shegong.talent.panel.EvaluatorPanels;
import cn.shegong.talent.event.ContractAwarded;
import cn.shegong.talent.staffing.model.Assignment;
import cn.shegong.talent.staffing.model.StaffedContract;
import cn.shegong.talent.staffing.model.StaffingAssessment;
import cn.shegong.talent.staffing.persistence.StaffedContracts;
import cn.shegong.talent.staffing.persistence.StaffedContracts.Versioned;
import cn.shegong.talent.worker.application.Employers;
import cn.shegong.talent.worker.application.HrAgency;

/**
 * The contracted agency's HR places its own workers on a contract and ends their
 * placements; each change is re-assessed at once. Another agency's HR, and anyone who may
 * not read a contract's staffing, is told the contract does not exist.
 */
@Service
public class ContractStaffing {

	private static final Logger log = LoggerFactory.getLogger(ContractStaffing.class);

	private final StaffedContracts contracts;

	private final StaffingCompliance compliance;

	private final Employers employers;

	private final EvaluatorPanels panels;

	ContractStaffing(StaffedContracts contracts, StaffingCompliance compliance, Employers employers,
			EvaluatorPanels panels) {
		this.contracts = contracts;
		this.compliance = compliance;
		this.employers = employers;
		this.panels = panels;
	}

	/**
	 * Keeps talent's copy of an awarded contract; a repeat of the award changes nothing.
	 */
	public void awarded(ContractAwarded award) {
		StaffedContract contract = StaffedContract.awarded(award.contractId(), award.projectId(), award.agencyId(),
				award.regionCode(), award.term(), award.requirement());
		if (this.contracts.insertIfAbsent(contract)) {
			log.info("Contract {} of agency {} awaits its team", award.contractId(), award.agencyId());
		}
	}

	public Placed assign(Caller caller, String contractId, NewAssignment request) {
		Versioned read = ownContract(caller, contractId);
		String agencyId = read.contract().agencyId();
		if (this.employers.currentEmployerOf(request.workerId()).filter(agencyId::equals).isEmpty()) {
			// Another agency's worker reads as unknown, as it does everywhere in talent.
			throw ProblemException.notFound("worker-not-found",
					"No worker %s in your agency".formatted(request.workerId()), request.workerId());
		}
		String assignmentId = "assignment-" + UUID.randomUUID();
		StaffedContract changed = read.contract()
			.assign(assignmentId, new Assignment(request.workerId(), request.role(), request.fteBasisPoints(),
					request.from(), request.to()));
		long version = this.compliance.saveAssessed(changed, read.version(), true);
		return new Placed(assignmentId, changed, version);
	}

	public Placed end(Caller caller, String contractId, String assignmentId, LocalDate lastDay, long version) {
		Versioned read = ownContract(caller, contractId);
		read.contract().assignment(assignmentId);
		if (read.version() != version) {
			// The client decided on a state that is gone; judge nothing against the new
			// one.
			throw new OptimisticLockingFailureException(
					"contract " + contractId + " staffing is no longer at version " + version);
		}
		StaffedContract changed = read.contract().end(assignmentId, lastDay);
		long saved = this.compliance.saveAssessed(changed, version, true);
		return new Placed(assignmentId, changed, saved);
	}

	public Versioned assignments(Caller caller, String contractId) {
		return ownContract(caller, contractId);
	}

	public Assessed staffing(Caller caller, String contractId) {
		StaffedContract contract = readable(caller, contractId);
		return new Assessed(contract, this.compliance.assessToday(contract));
	}

	/**
	 * The staffing as it will be (or was) on a given day, e.g. the first day of the term
	 * while the team is still being put together.
	 */
	public Assessed staffingOn(Caller caller, String contractId, LocalDate day) {
		StaffedContract contract = readable(caller, contractId);
		return new Assessed(contract, this.compliance.assessOn(contract, day));
	}

	private StaffedContract readable(Caller caller, String contractId) {
		return this.contracts.find(contractId)
			.map(Versioned::contract)
			.filter((found) -> StaffingReaders.mayRead(caller, found, () -> this.panels.evaluatorsOf(contractId)))
			.orElseThrow(() -> notFound(contractId));
	}

	private Versioned ownContract(Caller caller, String contractId) {
		String agencyId = HrAgency.of(caller);
		return this.contracts.find(contractId)
			.filter((found) -> found.contract().agencyId().equals(agencyId))
			.orElseThrow(() -> notFound(contractId));
	}

	private static ProblemException notFound(String contractId) {
		return ProblemException.notFound("contract-not-found", "No contract %s for you".formatted(contractId),
				contractId);
	}

	/** A contract after an assignment was placed or ended, at its new version. */
	public record Placed(String assignmentId, StaffedContract contract, long version) {

	}

	/** A contract with its team assessed on today. */
	public record Assessed(StaffedContract contract, StaffingAssessment assessment) {

	}

}
