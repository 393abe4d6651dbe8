package cn.shegong.talent.certificate.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.platform.security.Caller;
import cn.shegong.talent.certificate.application.CertificateBook;
import cn.shegong.talent.certificate.persistence.StoredCertificate;
import cn.shegong.talent.certificate.web.CertificateRequests.RecordCertificate;
import cn.shegong.talent.certificate.web.CertificateRequests.Renew;

/**
 * {@code /api/talent/workers/{workerId}/certificates}: HR records its workers'
 * certificates and renews their registration once the renewal window is open.
 */
@RestController
@RequestMapping("/api/talent/workers/{workerId}/certificates")
@PreAuthorize("hasRole('agency-hr')")
class CertificateController {

	private final CertificateBook book;

	CertificateController(CertificateBook book) {
		this.book = book;
	}

	@PostMapping
	ResponseEntity<CertificateResponse> record(Caller caller, @PathVariable String workerId,
			@Valid @RequestBody RecordCertificate request) {
		StoredCertificate stored = this.book.record(caller, workerId, request.toNewCertificate());
		return ResponseEntity
			.created(URI.create("/api/talent/workers/" + workerId + "/certificates/" + stored.certificate().id()))
			.body(view(stored));
	}

	@GetMapping
	List<CertificateResponse> list(Caller caller, @PathVariable String workerId) {
		return this.book.heldBy(caller, workerId).stream().map(this::view).toList();
	}

	@PutMapping("/{certificateId}/registration")
	CertificateResponse renew(Caller caller, @PathVariable String workerId, @PathVariable String certificateId,
			@Valid @RequestBody Renew request) {
		return view(this.book.renew(caller, workerId, certificateId, request.version()));
	}

	private CertificateResponse view(StoredCertificate stored) {
		return CertificateResponse.of(stored, this.book.today());
	}

}
