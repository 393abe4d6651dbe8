package cn.shegong.talent.worker.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.shegong.talent.worker.model.Education;
import cn.shegong.talent.worker.model.Employment;
import cn.shegong.talent.worker.model.FieldChange;
import cn.shegong.talent.worker.model.ProfileChange;
import cn.shegong.talent.worker.model.ProtectedResidentId;
import cn.shegong.talent.worker.model.SocialWorker;

/**
 * A worker as stored. The resident ID number is here only sealed, hashed and masked; the
 * current employer is copied to the top so an agency's workers are one indexed query.
 */
@Document(WorkerDocument.COLLECTION)
record WorkerDocument(@Id String id, String name, String residentIdCiphertext, String residentIdHash,
		String residentIdMasked, Education education, int yearsOfService, String employerId,
		List<EmploymentDocument> employments, List<ProfileChangeDocument> profileHistory, @Version Long version) {

	static final String COLLECTION = "workers";

	static WorkerDocument of(SocialWorker worker, Long version) {
		ProtectedResidentId residentId = worker.residentId();
		return new WorkerDocument(worker.id(), worker.name(), residentId.ciphertext(), residentId.lookupHash(),
				residentId.masked(), worker.education(), worker.yearsOfService(), worker.employerId(),
				worker.employments().stream().map(EmploymentDocument::of).toList(),
				worker.profileHistory().stream().map(ProfileChangeDocument::of).toList(), version);
	}

	StoredWorker toStored() {
		SocialWorker worker = new SocialWorker(this.id, this.name,
				new ProtectedResidentId(this.residentIdCiphertext, this.residentIdHash, this.residentIdMasked),
				this.education, this.yearsOfService,
				this.employments.stream().map(EmploymentDocument::toEmployment).toList(), storedProfileHistory());
		return new StoredWorker(worker, this.version);
	}

	/** Workers stored before corrections existed have no history field. */
	private List<ProfileChange> storedProfileHistory() {
		return (this.profileHistory != null)
				? this.profileHistory.stream().map(ProfileChangeDocument::toProfileChange).toList() : List.of();
	}

	record ProfileChangeDocument(String changedBy, Instant changedAt, String reason, List<FieldChange> fields) {

		static ProfileChangeDocument of(ProfileChange change) {
			return new ProfileChangeDocument(change.changedBy(), change.changedAt(), change.reason(), change.fields());
		}

		ProfileChange toProfileChange() {
			return new ProfileChange(this.changedBy, this.changedAt, this.reason, this.fields);
		}

	}

	/** Employments stored before part time existed have no share and were full time. */
	record EmploymentDocument(String agencyId, LocalDate from, LocalDate until, Integer fteBasisPoints) {

		static EmploymentDocument of(Employment employment) {
			return new EmploymentDocument(employment.agencyId(), employment.from(), employment.until().orElse(null),
					employment.fteBasisPoints());
		}

		Employment toEmployment() {
			return new Employment(this.agencyId, this.from, Optional.ofNullable(this.until),
					(this.fteBasisPoints != null) ? this.fteBasisPoints : Employment.FULL_TIME);
		}

	}

}
