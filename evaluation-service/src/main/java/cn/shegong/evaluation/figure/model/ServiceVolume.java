package cn.shegong.evaluation.figure.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.shegong.evaluation.contract.model.Contract;

/**
 * Reported service volume against the contract's targets (服务量完成率), as a percentage.
 *
 * <p>
 * Every reported volume whose name is also a whole-number target of the contract is
 * compared with it; volumes without a target and targets without a volume are left out. A
 * count (cases, groups, activities, beneficiaries, service hours, resources linked) is
 * held against its target pro-rated to the period: target × days of the period within the
 * term ÷ days of the term. A share ({@code …Bp}, e.g. community hours share) is held
 * against its target as it is. Each comparison is capped at 100%, so surplus on one
 * volume cannot hide a shortfall on another, and the figure is their mean, rounded half
 * up to two decimals. With no volume to compare (or a period outside the term) there is
 * no figure.
 */
public final class ServiceVolume {

	private static final MathContext EXACT_ENOUGH = MathContext.DECIMAL64;

	private ServiceVolume() {
	}

	public static Optional<BigDecimal> percentOfTargets(Contract contract, ReportedVolumes reported) {
		long periodDays = contract.term().daysWithin(reported.periodFrom(), reported.periodTo());
		List<BigDecimal> achievements = new ArrayList<>();
		for (Map.Entry<String, Long> volume : reported.volumes().entrySet()) {
			Optional<Long> target = contract.numericTarget(volume.getKey()).filter((value) -> value > 0);
			if (target.isEmpty() || (periodDays == 0 && !ReportedVolumes.isShare(volume.getKey()))) {
				continue;
			}
			BigDecimal expected = ReportedVolumes.isShare(volume.getKey()) ? BigDecimal.valueOf(target.get())
					: BigDecimal.valueOf(target.get())
						.multiply(BigDecimal.valueOf(periodDays))
						.divide(BigDecimal.valueOf(contract.term().days()), EXACT_ENOUGH);
			BigDecimal achieved = BigDecimal.valueOf(volume.getValue()).divide(expected, EXACT_ENOUGH);
			achievements.add(achieved.min(BigDecimal.ONE));
		}
		if (achievements.isEmpty()) {
			return Optional.empty();
		}
		BigDecimal sum = achievements.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return Optional.of(sum.multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(achievements.size()), Percentages.SCALE, RoundingMode.HALF_UP));
	}

}
