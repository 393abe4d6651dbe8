package cn.shegong.talent.training.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/**
 * The project contract's own demand: at least so many training hours in each calendar
 * year (72 by default [SEED 004]). Checked apart from the national cycle rule, because a
 * worker can satisfy one and fail the other.
 */
public record AnnualTrainingRule(BigDecimal minimumHoursPerYear) {

	public static final AnnualTrainingRule CONTRACT_DEFAULT = new AnnualTrainingRule(BigDecimal.valueOf(72));

	public AnnualTrainingRule {
		Objects.requireNonNull(minimumHoursPerYear, "minimumHoursPerYear");
		if (minimumHoursPerYear.signum() < 0) {
			throw new IllegalArgumentException("an annual minimum cannot be negative");
		}
	}

	public HoursCheck check(int year, Collection<TrainingRecord> records) {
		return HoursCheck.over(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), this.minimumHoursPerYear, records);
	}

}
