package cn.shegong.talent.training.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import cn.shegong.talent.training.application.NewTrainingRecord;
import cn.shegong.talent.training.model.TrainingCategory;
import cn.shegong.talent.training.model.TrainingEdit;

final class TrainingRequests {

	private TrainingRequests() {
	}

	/** Hours to one decimal place, as certificates of attendance state them. */
	record RecordTraining(@NotNull LocalDate date,
			@NotNull @Digits(integer = 4, fraction = 1) @DecimalMax("1000") BigDecimal hours,
			@NotBlank @Size(max = 200) String provider, @NotNull TrainingCategory category) {

		NewTrainingRecord toNewRecord() {
			return new NewTrainingRecord(this.date, this.hours, this.provider, this.category);
		}

	}

	/** A correction; absent values stay as they are. */
	record CorrectTraining(LocalDate date,
			@Positive @Digits(integer = 4, fraction = 1) @DecimalMax("1000") BigDecimal hours,
			@Size(max = 200) String provider, TrainingCategory category, @NotBlank @Size(max = 500) String reason,
			@NotNull @PositiveOrZero Long version) {

		TrainingEdit toEdit() {
			return new TrainingEdit(Optional.ofNullable(this.date), Optional.ofNullable(this.hours),
					Optional.ofNullable(this.provider), Optional.ofNullable(this.category));
		}

	}

	record VoidTraining(@NotBlank @Size(max = 500) String reason, @NotNull @PositiveOrZero Long version) {

	}

}
