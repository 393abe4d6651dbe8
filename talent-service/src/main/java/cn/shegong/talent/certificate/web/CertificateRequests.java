package cn.shegong.talent.certificate.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import cn.shegong.talent.certificate.application.NewCertificate;
import cn.shegong.talent.certificate.model.CertificateLevel;

/** The bodies the certificate endpoints accept. */
final class CertificateRequests {

	private CertificateRequests() {
	}

	record RecordCertificate(@NotNull CertificateLevel level, @NotBlank @Size(max = 64) String number,
			@NotNull Integer examYear, @NotNull LocalDate registeredOn) {

		NewCertificate toNewCertificate() {
			return new NewCertificate(this.level, this.number, this.examYear, this.registeredOn);
		}

	}

	record Renew(@NotNull @PositiveOrZero Long version) {

	}

}
