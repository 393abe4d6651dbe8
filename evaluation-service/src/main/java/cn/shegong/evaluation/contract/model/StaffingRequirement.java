package cn.shegong.evaluation.contract.model;

/**
 * The team a contract demands, as procurement awarded it: at least so many full-time
 * staff and certified staff, a certified share of at least numerator ÷ denominator, and
 * one supervisor per so many workers.
 */
public record StaffingRequirement(int minimumStaff, int minimumCertified, int certifiedRatioNumerator,
		int certifiedRatioDenominator, int workersPerSupervisor) {
}
