package cn.shegong.talent.training.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** The values of a training record HR wants changed; an empty one stays as it is. */
public record TrainingEdit(Optional<LocalDate> date, Optional<BigDecimal> hours, Optional<String> provider,
		Optional<TrainingCategory> category) {

	TrainingRecord applyTo(TrainingRecord current, LocalDate today) {
		return TrainingRecord.completed(current.id(), current.workerId(), this.date.orElse(current.date()),
				this.hours.orElse(current.hours()), this.provider.orElse(current.provider()),
				this.category.orElse(current.category()), today);
	}

}
