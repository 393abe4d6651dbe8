package cn.shegong.talent.training.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

import cn.shegong.talent.training.model.TrainingCategory;
import cn.shegong.talent.training.model.TrainingRecord;

/** A training record as stored; hours as Decimal128 so sums stay exact. */
@Document(TrainingRecordDocument.COLLECTION)
record TrainingRecordDocument(@Id String id, String workerId, LocalDate date,
		@Field(targetType = FieldType.DECIMAL128) BigDecimal hours, String provider, TrainingCategory category) {

	static final String COLLECTION = "training_records";

	static TrainingRecordDocument of(TrainingRecord record) {
		return new TrainingRecordDocument(record.id(), record.workerId(), record.date(), record.hours(),
				record.provider(), record.category());
	}

	TrainingRecord toRecord() {
		return new TrainingRecord(this.id, this.workerId, this.date, this.hours, this.provider, this.category);
	}

}
