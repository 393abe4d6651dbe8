package cn.shegong.talent.importing.model;

import java.util.Optional;

import cn.shegong.talent.worker.model.Education;
import cn.shegong.talent.worker.model.ResidentId;

/** A row every import rule accepts: a worker and, if the row has one, a certificate. */
public record ValidRow(int rowNumber, String name, ResidentId residentId, Education education, int yearsOfService,
		Optional<CertificateEntry> certificate) implements CheckedRow {

	@Override
	public String residentIdMasked() {
		return this.residentId.masked();
	}

}
