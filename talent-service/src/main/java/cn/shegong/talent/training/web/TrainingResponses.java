package cn.shegong.talent.training.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.shegong.talent.certificate.model.CertificateLevel;
import cn.shegong.talent.training.model.HoursCheck;
import cn.shegong.talent.training.model.LoggedTraining;
import cn.shegong.talent.training.model.TrainingCategory;
import cn.shegong.talent.training.model.TrainingChange;
import cn.shegong.talent.training.model.TrainingRecord;
import cn.shegong.talent.training.model.TrainingRevision;
import cn.shegong.talent.training.persistence.StoredTraining;
import cn.shegong.talent.training.model.TrainingShortfall;

final class TrainingResponses {

	private TrainingResponses() {
	}

	/**
	 * A record with what it said before each correction; {@code voided} is absent while
	 * the record counts.
	 */
	record TrainingView(String id, String workerId, LocalDate date, BigDecimal hours, String provider,
			TrainingCategory category, ChangeView voided, List<RevisionView> corrections, long version) {

		static TrainingView of(StoredTraining stored) {
			LoggedTraining training = stored.training();
			TrainingRecord record = training.current();
			return new TrainingView(record.id(), record.workerId(), record.date(), record.hours(), record.provider(),
					record.category(), training.voiding().map(ChangeView::of).orElse(null),
					training.corrections().stream().map(RevisionView::of).toList(), stored.version());
		}

	}

	record ChangeView(String changedBy, Instant changedAt, String reason) {

		static ChangeView of(TrainingChange change) {
			return new ChangeView(change.changedBy(), change.changedAt(), change.reason());
		}

	}

	/** The values the record had before this correction. */
	record RevisionView(String changedBy, Instant changedAt, String reason, LocalDate date, BigDecimal hours,
			String provider, TrainingCategory category) {

		static RevisionView of(TrainingRevision revision) {
			TrainingRecord before = revision.before();
			return new RevisionView(revision.change().changedBy(), revision.change().changedAt(),
					revision.change().reason(), before.date(), before.hours(), before.provider(), before.category());
		}

	}

	/**
	 * {@code continuingEducation} is absent for a worker not certified on the report day.
	 */
	record ShortfallView(String workerId, String name, HoursView annual, CertificateLevel level,
			HoursView continuingEducation) {

		static ShortfallView of(TrainingShortfall shortfall) {
			return new ShortfallView(shortfall.workerId(), shortfall.name(), HoursView.of(shortfall.annual()),
					shortfall.level().orElse(null), shortfall.continuingEducation().map(HoursView::of).orElse(null));
		}

	}

	record HoursView(LocalDate from, LocalDate through, BigDecimal required, BigDecimal done, BigDecimal shortfall) {

		static HoursView of(HoursCheck check) {
			return new HoursView(check.from(), check.through(), check.required(), check.done(), check.shortfall());
		}

	}

}
