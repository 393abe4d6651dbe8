package cn.shegong.talent.worker.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.shegong.talent.worker.model.Education;
import cn.shegong.talent.worker.model.Employment;
import cn.shegong.talent.worker.model.ProtectedResidentId;
import cn.shegong.talent.worker.model.SocialWorker;

/**
 * A worker as stored. The resident ID number is here only sealed, hashed and masked; the
 * current employer is copied to the top so an agency's workers are one indexed query.
 */
@Document(WorkerDocument.COLLECTION)
record WorkerDocument(@Id String id, String name, String residentIdCiphertext, String residentIdHash,
		String residentIdMasked, Education education, int yearsOfService, String employerId,
		List<EmploymentDocument> employments, @Version Long version) {

	static final String COLLECTION = "workers";

	static WorkerDocument of(SocialWorker worker, Long version) {
		ProtectedResidentId residentId = worker.residentId();
		return new WorkerDocument(worker.id(), worker.name(), residentId.ciphertext(), residentId.lookupHash(),
				residentId.masked(), worker.education(), worker.yearsOfService(), worker.employerId(),
				worker.employments().stream().map(EmploymentDocument::of).toList(), version);
	}

	StoredWorker toStored() {
		SocialWorker worker = new SocialWorker(this.id, this.name,
				new ProtectedResidentId(this.residentIdCiphertext, this.residentIdHash, this.residentIdMasked),
				this.education, this.yearsOfService,
				this.employments.stream().map(EmploymentDocument::toEmployment).toList());
		return new StoredWorker(worker, this.version);
	}

	record EmploymentDocument(String agencyId, LocalDate from, LocalDate until) {

		static EmploymentDocument of(Employment employment) {
			return new EmploymentDocument(employment.agencyId(), employment.from(), employment.until().orElse(null));
		}

		Employment toEmployment() {
			return new Employment(this.agencyId, this.from, Optional.ofNullable(this.until));
		}

	}

}
