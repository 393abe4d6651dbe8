package cn.shegong.talent.training.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import cn.shegong.platform.problem.ProblemException;

/** Hours of training a worker completed, dated by the day the activity ended. */
public record TrainingRecord(String id, String workerId, LocalDate date, BigDecimal hours, String provider,
		TrainingCategory category) {

	public TrainingRecord {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(workerId, "workerId");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(category, "category");
		if (hours == null || hours.signum() <= 0) {
			throw ProblemException.ruleViolated("training-hours-not-positive",
					"Training hours must be more than 0, were " + hours, hours);
		}
		if (provider == null || provider.isBlank()) {
			throw ProblemException.ruleViolated("training-provider-required", "A training record names its provider");
		}
		provider = provider.strip();
	}

	/** A record HR enters on {@code today}; training still to come cannot be recorded. */
	public static TrainingRecord completed(String id, String workerId, LocalDate date, BigDecimal hours,
			String provider, TrainingCategory category, LocalDate today) {
		if (date.isAfter(today)) {
			throw ProblemException.ruleViolated("training-date-in-the-future",
					"Only completed training is recorded; " + date + " is after today " + today, date, today);
		}
		return new TrainingRecord(id, workerId, date, hours, provider, category);
	}

	/** Equal date, provider and category, and hours equal in value (8 is 8.0). */
	public boolean hasSameFactsAs(TrainingRecord other) {
		return this.date.equals(other.date) && this.hours.compareTo(other.hours) == 0
				&& this.provider.equals(other.provider) && this.category == other.category;
	}

	public boolean isWithin(LocalDate from, LocalDate through) {
		return !this.date.isBefore(from) && !this.date.isAfter(through);
	}

}
