package cn.shegong.talent.training.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

import cn.shegong.talent.training.model.LoggedTraining;
import cn.shegong.talent.training.model.TrainingCategory;
import cn.shegong.talent.training.model.TrainingChange;
import cn.shegong.talent.training.model.TrainingRecord;
import cn.shegong.talent.training.model.TrainingRevision;

/**
 * A training record as stored; hours as Decimal128 so sums stay exact. The current values
 * stay at the top, where the rules' queries read them; {@code voiding} is absent while
 * the record counts. Records stored before corrections existed have no history, voiding
 * or version.
 */
@Document(TrainingRecordDocument.COLLECTION)
record TrainingRecordDocument(@Id String id, String workerId, LocalDate date,
		@Field(targetType = FieldType.DECIMAL128) BigDecimal hours, String provider, TrainingCategory category,
		List<RevisionDocument> corrections, ChangeDocument voiding, @Version Long version) {

	static final String COLLECTION = "training_records";

	static TrainingRecordDocument of(LoggedTraining training, Long version) {
		TrainingRecord record = training.current();
		return new TrainingRecordDocument(record.id(), record.workerId(), record.date(), record.hours(),
				record.provider(), record.category(),
				training.corrections().stream().map(RevisionDocument::of).toList(),
				training.voiding().map(ChangeDocument::of).orElse(null), version);
	}

	TrainingRecord toRecord() {
		return new TrainingRecord(this.id, this.workerId, this.date, this.hours, this.provider, this.category);
	}

	StoredTraining toStored() {
		List<TrainingRevision> history = (this.corrections != null)
				? this.corrections.stream().map((revision) -> revision.toRevision(this)).toList() : List.of();
		return new StoredTraining(
				new LoggedTraining(toRecord(), history,
						Optional.ofNullable(this.voiding).map(ChangeDocument::toChange)),
				(this.version != null) ? this.version : 0);
	}

	record ChangeDocument(String changedBy, Instant changedAt, String reason) {

		static ChangeDocument of(TrainingChange change) {
			return new ChangeDocument(change.changedBy(), change.changedAt(), change.reason());
		}

		TrainingChange toChange() {
			return new TrainingChange(this.changedBy, this.changedAt, this.reason);
		}

	}

	record RevisionDocument(ChangeDocument change, LocalDate date,
			@Field(targetType = FieldType.DECIMAL128) BigDecimal hours, String provider, TrainingCategory category) {

		static RevisionDocument of(TrainingRevision revision) {
			TrainingRecord before = revision.before();
			return new RevisionDocument(ChangeDocument.of(revision.change()), before.date(), before.hours(),
					before.provider(), before.category());
		}

		TrainingRevision toRevision(TrainingRecordDocument owner) {
			return new TrainingRevision(this.change.toChange(),
					new TrainingRecord(owner.id, owner.workerId, this.date, this.hours, this.provider, this.category));
		}

	}

}
