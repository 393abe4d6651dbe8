package cn.shegong.talent.training.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.shegong.talent.training.application.NewTrainingRecord;
import cn.shegong.talent.training.model.TrainingCategory;

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

}
