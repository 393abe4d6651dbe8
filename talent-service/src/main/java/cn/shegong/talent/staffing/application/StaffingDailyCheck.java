package cn.shegong.talent.staffing.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.shegong.talent.staffing.persistence.StaffedContracts;

/**
 * Re-assesses every contract whose term is not over once a day, because registrations
 * lapse and assignments start and end without anyone touching them. Safe to run again and
 * from several instances: a contract whose figures are already announced announces
 * nothing.
 */
@Component
public class StaffingDailyCheck {

	private static final Logger log = LoggerFactory.getLogger(StaffingDailyCheck.class);

	private final StaffedContracts contracts;

	private final StaffingCompliance compliance;

	StaffingDailyCheck(StaffedContracts contracts, StaffingCompliance compliance) {
		this.contracts = contracts;
		this.compliance = compliance;
	}

	/** One pass; returns how many contracts' staffing this pass announced. */
	public int runOnce() {
		int announced = 0;
		for (String contractId : this.contracts.notEndedBy(this.compliance.today())) {
			try {
				announced += this.compliance.recompute(contractId) ? 1 : 0;
			}
			catch (RuntimeException ex) {
				// One contract that cannot be assessed must not keep the others
				// unchecked.
				log.warn("Staffing of contract {} could not be re-assessed; the next pass tries again", contractId, ex);
			}
		}
		if (announced > 0) {
			log.info("{} contract(s) changed staffing on {}", announced, this.compliance.today());
		}
		return announced;
	}

}
