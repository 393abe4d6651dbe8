package cn.shegong.evaluation.contract.application;

import org.springframework.stereotype.Service;

import cn.shegong.evaluation.contract.model.Contract;
import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.security.Caller;
import cn.shegong.platform.security.PlatformRoles;

/**
 * Who may read what evaluation knows about a contract: admins, evaluators, officers and
 * supervisors whose region contains it, and the staff of the agency delivering it. Anyone
 * else is told the contract does not exist.
 */
@Service
public class ContractAccess {

	private final ContractCopies copies;

	ContractAccess(ContractCopies copies) {
		this.copies = copies;
	}

	/** The contract, or 404 {@code contract-not-found}. */
	public Contract readable(Caller caller, String contractId) {
		return this.copies.find(contractId)
			.filter((contract) -> mayRead(caller, contract))
			.orElseThrow(() -> ProblemException.notFound("contract-not-found",
					"No contract %s here".formatted(contractId), contractId));
	}

	static boolean mayRead(Caller caller, Contract contract) {
		return caller.hasAnyRole(PlatformRoles.ADMIN, PlatformRoles.EVALUATOR)
				|| (caller.hasAnyRole(PlatformRoles.PROCUREMENT_OFFICER, PlatformRoles.SUPERVISOR)
						&& caller.governs(contract.regionCode()))
				|| (caller.hasRole(PlatformRoles.AGENCY_STAFF)
						&& caller.agencyId().filter(contract.agencyId()::equals).isPresent());
	}

}
