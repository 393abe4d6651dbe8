package cn.shegong.evaluation.evaluator.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import cn.shegong.evaluation.evaluator.model.Evaluator;
import cn.shegong.evaluation.evaluator.model.RegisteredContract;
import cn.shegong.evaluation.evaluator.persistence.EvaluatorRegister;
import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.security.Caller;
import cn.shegong.platform.security.PlatformRoles;

/**
 * The register of evaluators and of their organisations' contracts with agencies, which
 * an admin keeps so that assignments can be checked for conflicts of interest.
 */
@Service
public class Evaluators {

	private final EvaluatorRegister register;

	Evaluators(EvaluatorRegister register) {
		this.register = register;
	}

	public Evaluator register(Evaluator evaluator) {
		if (!this.register.registerIfAbsent(evaluator)) {
			throw ProblemException.conflict("evaluator-already-registered",
					"Evaluator " + evaluator.evaluatorId() + " is already registered.", evaluator.evaluatorId());
		}
		return evaluator;
	}

	public List<Evaluator> all() {
		return this.register.all();
	}

	public Evaluator evaluator(String evaluatorId) {
		return this.register.find(evaluatorId).orElseThrow(() -> notFound(evaluatorId));
	}

	/** The caller's own record, found by their sign-in name. */
	public Evaluator me(Caller caller) {
		return evaluator(caller.username());
	}

	public Evaluator addEmployment(String evaluatorId, String agencyId, LocalDate from, LocalDate until) {
		if (!this.register.addEmployment(evaluatorId, Evaluator.employment(agencyId, from, until))) {
			throw notFound(evaluatorId);
		}
		return evaluator(evaluatorId);
	}

	public RegisteredContract addContract(String evaluatorOrgId, String agencyId, LocalDate from, LocalDate until,
			String what) {
		RegisteredContract contract = new RegisteredContract("oc-" + UUID.randomUUID(), evaluatorOrgId, agencyId, from,
				until, what);
		this.register.addContract(contract);
		return contract;
	}

	/**
	 * An organisation's contracts, for an admin or the organisation's own evaluators.
	 */
	public List<RegisteredContract> contractsOf(Caller caller, String evaluatorOrgId) {
		boolean own = caller.hasRole(PlatformRoles.EVALUATOR)
				&& caller.evaluatorOrgId().filter(evaluatorOrgId::equals).isPresent();
		if (!caller.hasRole(PlatformRoles.ADMIN) && !own) {
			throw ProblemException.forbidden("another-evaluator-organisation",
					"Only an admin or the evaluators of " + evaluatorOrgId + " may read its contracts.",
					evaluatorOrgId);
		}
		return this.register.contractsOf(evaluatorOrgId);
	}

	static ProblemException notFound(String evaluatorId) {
		return ProblemException.notFound("evaluator-not-found", "No evaluator " + evaluatorId + " is registered.",
				evaluatorId);
	}

}
