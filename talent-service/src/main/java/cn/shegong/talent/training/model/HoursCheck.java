package cn.shegong.talent.training.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Hours required over a period against hours done in it; {@code shortfall} is what is
 * still missing, never negative.
 */
public record HoursCheck(LocalDate from, LocalDate through, BigDecimal required, BigDecimal done) {

	static HoursCheck over(LocalDate from, LocalDate through, BigDecimal required, Collection<TrainingRecord> records) {
		BigDecimal done = records.stream()
			.filter((record) -> record.isWithin(from, through))
			.map(TrainingRecord::hours)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return new HoursCheck(from, through, required, done);
	}

	public BigDecimal shortfall() {
		return this.required.subtract(this.done).max(BigDecimal.ZERO);
	}

	public boolean fallsShort() {
		return shortfall().signum() > 0;
	}

}
