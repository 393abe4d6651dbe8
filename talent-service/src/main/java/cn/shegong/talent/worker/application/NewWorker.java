package cn.shegong.talent.worker.application;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

import cn.shegong.talent.worker.model.Education;

/**
 * What HR types to record a worker. {@code residentId} is the clear number as typed; it
 * is sealed before anything is stored. {@code employedSince} defaults to today and
 * {@code fteBasisPoints} to full time.
 */
public record NewWorker(String name, String residentId, Education education, int yearsOfService,
		Optional<LocalDate> employedSince, OptionalInt fteBasisPoints) {

	/** A worker hired full time. */
	public NewWorker(String name, String residentId, Education education, int yearsOfService,
			Optional<LocalDate> employedSince) {
		this(name, residentId, education, yearsOfService, employedSince, OptionalInt.empty());
	}

	@Override
	public String toString() {
		return "NewWorker[" + this.name + "]";
	}

}
