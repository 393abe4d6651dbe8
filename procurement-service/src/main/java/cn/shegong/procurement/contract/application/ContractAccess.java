package cn.shegong.procurement.contract.application;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.security.Caller;
import cn.shegong.platform.security.PlatformRoles;
import cn.shegong.procurement.access.Jurisdiction;
import cn.shegong.procurement.contract.model.Contract;
import cn.shegong.procurement.contract.persistence.ContractStore;
import cn.shegong.procurement.contract.persistence.ContractStore.Versioned;

/**
 * Who may see and change a contract: the buyer's officers (and supervisors and admins)
 * within their region, and the contracted agency's staff. Anyone else is told it does not
 * exist, so that contract ids cannot be probed. Only officers of the region change it.
 */
@Component
public class ContractAccess {

	private final ContractStore store;

	ContractAccess(ContractStore store) {
		this.store = store;
	}

	public Versioned readable(Caller caller, String id) {
		return this.store.find(id).filter((found) -> maySee(caller, found.contract())).orElseThrow(() -> notFound(id));
	}

	/** A contract the caller's agency delivers; only its staff act for it. */
	public Versioned ofCallersAgency(Caller caller, String id) {
		String agencyId = caller.agencyId()
			.orElseThrow(() -> ProblemException.forbidden("caller-without-agency",
					"Your account names no agency, so it delivers no contract"));
		return this.store.find(id)
			.filter((found) -> found.contract().agencyId().equals(agencyId))
			.orElseThrow(() -> notFound(id));
	}

	/** A contract the caller may change, at the version the change was made on. */
	public Versioned changeable(Caller caller, String id, long version) {
		Versioned found = readable(caller, id);
		if (!Jurisdiction.mayChange(caller, found.contract().regionCode())) {
			throw ProblemException.forbidden("not-your-region", "Only a procurement officer of region "
					+ found.contract().regionCode() + " may change contract " + id);
		}
		if (found.version() != version) {
			// Refused before the domain looks, so a stale change never reads as a rule
			// violation.
			throw new OptimisticLockingFailureException(
					"contract " + id + " is at version " + found.version() + ", the change was made on " + version);
		}
		return found;
	}

	static boolean maySee(Caller caller, Contract contract) {
		return Jurisdiction.mayRead(caller, contract.regionCode()) || isContractedAgency(caller, contract);
	}

	private static boolean isContractedAgency(Caller caller, Contract contract) {
		return caller.hasRole(PlatformRoles.AGENCY_STAFF)
				&& caller.agencyId().filter(contract.agencyId()::equals).isPresent();
	}

	public static ProblemException notFound(String id) {
		return ProblemException.notFound("contract-not-found", "No contract " + id + " that you may see", id);
	}

}
