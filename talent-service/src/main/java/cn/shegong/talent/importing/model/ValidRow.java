package cn.shegong.talent.importing.model;

import java.time.LocalDate;
import java.util.Optional;

import cn.shegong.talent.worker.model.Education;
import cn.shegong.talent.worker.model.ResidentId;
import cn.shegong.talent.worker.model.WorkerProfile;

/**
 * A row every import rule accepts: a worker and, if the row has one, a certificate.
 * {@code employedSince} is empty when the sheet gives no employment start date.
 */
public record ValidRow(int rowNumber, String name, ResidentId residentId, Education education, int yearsOfService,
		Optional<CertificateEntry> certificate, Optional<LocalDate> employedSince) implements CheckedRow {

	/** The profile the row says the worker has. */
	public WorkerProfile profile() {
		return new WorkerProfile(this.name, this.education, this.yearsOfService);
	}

	@Override
	public String residentIdMasked() {
		return this.residentId.masked();
	}

}
