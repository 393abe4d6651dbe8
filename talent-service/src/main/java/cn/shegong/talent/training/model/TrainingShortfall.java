package cn.shegong.talent.training.model;

import java.util.Optional;

import cn.shegong.talent.certificate.model.CertificateLevel;

/**
 * One worker's two training checks side by side; the national one is empty for a worker
 * not certified on the report day.
 */
public record TrainingShortfall(String workerId, String name, HoursCheck annual, Optional<CertificateLevel> level,
		Optional<HoursCheck> continuingEducation) {

	public boolean fallsShort() {
		return this.annual.fallsShort() || this.continuingEducation.map(HoursCheck::fallsShort).orElse(false);
	}

}
