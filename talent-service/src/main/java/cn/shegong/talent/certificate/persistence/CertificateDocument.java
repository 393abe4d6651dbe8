package cn.shegong.talent.certificate.persistence;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.shegong.talent.certificate.model.Certificate;
import cn.shegong.talent.certificate.model.CertificateLevel;
import cn.shegong.talent.certificate.model.Registration;

/** A certificate as stored, its registrations oldest first. */
@Document(CertificateDocument.COLLECTION)
record CertificateDocument(@Id String id, String workerId, CertificateLevel level, String number, int examYear,
		List<RegistrationDocument> registrations, @Version Long version) {

	static final String COLLECTION = "certificates";

	static CertificateDocument of(Certificate certificate, Long version) {
		return new CertificateDocument(certificate.id(), certificate.workerId(), certificate.level(),
				certificate.number(), certificate.examYear(),
				certificate.registrations().stream().map(RegistrationDocument::of).toList(), version);
	}

	StoredCertificate toStored() {
		return new StoredCertificate(new Certificate(this.id, this.workerId, this.level, this.number, this.examYear,
				this.registrations.stream().map(RegistrationDocument::toRegistration).toList()), this.version);
	}

	record RegistrationDocument(LocalDate from, LocalDate validThrough, LocalDate renewalOpensOn) {

		static RegistrationDocument of(Registration registration) {
			return new RegistrationDocument(registration.from(), registration.validThrough(),
					registration.renewalOpensOn());
		}

		Registration toRegistration() {
			return new Registration(this.from, this.validThrough, this.renewalOpensOn);
		}

	}

}
