package cn.shegong.talent.certificate.web;

import java.time.LocalDate;

import cn.shegong.talent.certificate.model.Certificate;
import cn.shegong.talent.certificate.model.CertificateLevel;
import cn.shegong.talent.certificate.model.Registration;
import cn.shegong.talent.certificate.model.RegistrationStatus;
import cn.shegong.talent.certificate.persistence.StoredCertificate;

/** A certificate with its current registration and where that stands today. */
record CertificateResponse(String id, String workerId, CertificateLevel level, String levelTitle, String number,
		int examYear, LocalDate registeredFrom, LocalDate validThrough, LocalDate renewalOpensOn,
		RegistrationStatus registrationStatus, boolean certifiesToday, long version) {

	static CertificateResponse of(StoredCertificate stored, LocalDate today) {
		Certificate certificate = stored.certificate();
		Registration current = certificate.currentRegistration();
		return new CertificateResponse(certificate.id(), certificate.workerId(), certificate.level(),
				certificate.level().title(), certificate.number(), certificate.examYear(), current.from(),
				current.validThrough(), current.renewalOpensOn(), current.statusOn(today),
				certificate.certifiesOn(today), stored.version());
	}

}
