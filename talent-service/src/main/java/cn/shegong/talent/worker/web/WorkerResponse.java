package cn.shegong.talent.worker.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.shegong.talent.worker.model.Education;
import cn.shegong.talent.worker.model.Employment;
import cn.shegong.talent.worker.model.ProfileChange;
import cn.shegong.talent.worker.persistence.StoredWorker;

/** A worker as HR sees it: the resident ID number only masked. */
record WorkerResponse(String id, String name, String residentIdMasked, Education education, int yearsOfService,
		String employerId, List<EmploymentView> employments, List<ProfileChangeView> profileHistory, long version) {

	static WorkerResponse of(StoredWorker stored) {
		var worker = stored.worker();
		return new WorkerResponse(worker.id(), worker.name(), worker.residentId().masked(), worker.education(),
				worker.yearsOfService(), worker.employerId(),
				worker.employments().stream().map(EmploymentView::of).toList(),
				worker.profileHistory().stream().map(ProfileChangeView::of).toList(), stored.version());
	}

	record ProfileChangeView(String changedBy, Instant changedAt, String reason, List<FieldChangeView> fields) {

		static ProfileChangeView of(ProfileChange change) {
			return new ProfileChangeView(change.changedBy(), change.changedAt(), change.reason(),
					change.fields()
						.stream()
						.map((field) -> new FieldChangeView(field.field(), field.from(), field.to()))
						.toList());
		}

	}

	record FieldChangeView(String field, String from, String to) {

	}

	record EmploymentView(String agencyId, LocalDate from, LocalDate until, int fteBasisPoints) {

		static EmploymentView of(Employment employment) {
			return new EmploymentView(employment.agencyId(), employment.from(), employment.until().orElse(null),
					employment.fteBasisPoints());
		}

	}

}
