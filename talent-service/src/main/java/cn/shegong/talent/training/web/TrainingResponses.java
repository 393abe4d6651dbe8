package cn.shegong.talent.training.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.shegong.talent.certificate.model.CertificateLevel;
import cn.shegong.talent.training.model.HoursCheck;
import cn.shegong.talent.training.model.TrainingCategory;
import cn.shegong.talent.training.model.TrainingRecord;
import cn.shegong.talent.training.model.TrainingShortfall;

final class TrainingResponses {

	private TrainingResponses() {
	}

	record TrainingView(String id, String workerId, LocalDate date, BigDecimal hours, String provider,
			TrainingCategory category) {

		static TrainingView of(TrainingRecord record) {
			return new TrainingView(record.id(), record.workerId(), record.date(), record.hours(), record.provider(),
					record.category());
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
