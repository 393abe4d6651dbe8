package cn.shegong.talent.event;

import java.time.LocalDate;

import cn.shegong.talent.staffing.model.ContractTerm;
import cn.shegong.talent.staffing.model.Fraction;
import cn.shegong.talent.staffing.model.StaffingRequirement;

/**
 * Talent's own copy of the fields it reads from {@code procurement.ContractAwarded} v1:
 * whose contract it is, where and when it runs, and the team it demands. Other fields are
 * ignored, so procurement may add fields without breaking talent.
 */
public record ContractAwarded(String contractId, String projectId, String agencyId, String regionCode,
		LocalDate termFrom, LocalDate termTo, Staffing staffingRequirement) {

	public ContractTerm term() {
		return new ContractTerm(this.termFrom, this.termTo);
	}

	public StaffingRequirement requirement() {
		return this.staffingRequirement.toRequirement();
	}

	/** As procurement writes it: the certified ratio as numerator and denominator. */
	public record Staffing(int minimumStaff, int minimumCertified, int certifiedRatioNumerator,
			int certifiedRatioDenominator, int workersPerSupervisor) {

		StaffingRequirement toRequirement() {
			return new StaffingRequirement(this.minimumStaff, this.minimumCertified,
					Fraction.of(this.certifiedRatioNumerator, this.certifiedRatioDenominator),
					this.workersPerSupervisor);
		}

	}

}
