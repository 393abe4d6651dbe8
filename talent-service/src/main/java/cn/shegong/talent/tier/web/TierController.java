package cn.shegong.talent.tier.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.security.Caller;
import cn.shegong.talent.tier.AllowanceRunCsv;
import cn.shegong.talent.tier.application.AllowancePayroll;
import cn.shegong.talent.tier.application.TierBook;
import cn.shegong.talent.tier.web.TierRequests.RecordAppraisal;

/**
 * An agency's HR appraises its workers, reviews their tiers and downloads the month's
 * allowance sheet for finance.
 */
@RestController
@PreAuthorize("hasRole('agency-hr')")
class TierController {

	private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private final TierBook tierBook;

	private final AllowancePayroll payroll;

	TierController(TierBook tierBook, AllowancePayroll payroll) {
		this.tierBook = tierBook;
		this.payroll = payroll;
	}

	@PostMapping("/api/talent/workers/{workerId}/appraisals")
	TierResponses.Appraisal recordAppraisal(Caller caller, @PathVariable String workerId,
			@Valid @RequestBody RecordAppraisal request) {
		return TierResponses.Appraisal.of(workerId,
				this.tierBook.recordAppraisal(caller, workerId, request.year(), request.inputs()));
	}

	@PostMapping("/api/talent/workers/{workerId}/tier-review")
	TierResponses.Review review(Caller caller, @PathVariable String workerId) {
		return TierResponses.Review.of(this.tierBook.review(caller, workerId));
	}

	@GetMapping("/api/talent/allowances/{month}.csv")
	ResponseEntity<byte[]> allowanceSheet(Caller caller, @PathVariable String month) {
		byte[] sheet = AllowanceRunCsv.bytes(this.payroll.runFor(caller, monthOf(month)));
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("allowances-" + month + ".csv").build().toString())
			.body(sheet);
	}

	private static YearMonth monthOf(String text) {
		try {
			return YearMonth.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw ProblemException.ruleViolated("allowance-month-invalid",
					"The month is written yyyy-MM, e.g. 2025-03; was %s".formatted(text), text);
		}
	}

}
