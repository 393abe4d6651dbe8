package cn.shegong.talent.training.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import cn.shegong.platform.problem.ProblemException;

/**
 * A training record with its history. Nothing is deleted: a correction keeps the values
 * it replaced, and a wrongly entered record is voided with a reason, after which it no
 * longer counts toward any training rule and can no longer be changed.
 */
public record LoggedTraining(TrainingRecord current, List<TrainingRevision> corrections,
		Optional<TrainingChange> voiding) {

	public LoggedTraining {
		Objects.requireNonNull(current, "current");
		Objects.requireNonNull(voiding, "voiding");
		corrections = List.copyOf(corrections);
	}

	/** A record as HR first enters it. */
	public static LoggedTraining entered(TrainingRecord record) {
		return new LoggedTraining(record, List.of(), Optional.empty());
	}

	public boolean isVoided() {
		return this.voiding.isPresent();
	}

	/**
	 * The record with {@code edit} applied on {@code today}; the values it had go into
	 * the history. A correction of a voided record, or one that changes nothing, is
	 * refused.
	 */
	public LoggedTraining correct(TrainingEdit edit, TrainingChange change, LocalDate today) {
		refuseIfVoided();
		TrainingRecord corrected = edit.applyTo(this.current, today);
		if (corrected.hasSameFactsAs(this.current)) {
			throw ProblemException.ruleViolated("training-correction-unchanged",
					"The correction changes nothing: date, hours, provider and category are already as given");
		}
		List<TrainingRevision> history = new ArrayList<>(this.corrections);
		history.add(new TrainingRevision(change, this.current));
		return new LoggedTraining(corrected, history, this.voiding);
	}

	/** The record marked as entered by mistake; it stays readable with its reason. */
	public LoggedTraining voidWith(TrainingChange change) {
		refuseIfVoided();
		return new LoggedTraining(this.current, this.corrections, Optional.of(change));
	}

	private void refuseIfVoided() {
		if (isVoided()) {
			throw ProblemException.ruleViolated("training-record-voided",
					"Training record %s was voided and can no longer be changed".formatted(this.current.id()),
					this.current.id());
		}
	}

}
