package cn.shegong.evaluation.callback.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.evaluation.callback.application.CallbackChecking;
import cn.shegong.evaluation.callback.application.SampleAccess;
import cn.shegong.evaluation.callback.model.CallbackFile;
import cn.shegong.evaluation.callback.model.PhoneNumber;
import cn.shegong.evaluation.callback.model.ServiceRecord;
import cn.shegong.evaluation.evaluation.model.CallbackOutcome;
import cn.shegong.platform.security.Caller;

/**
 * The anti-fraud callbacks (回访) of an evaluation: the agency's service records, the
 * sample, each callback's outcome and the data quality they give.
 */
@RestController
@RequestMapping("/api/evaluation/evaluations/{id}")
class CallbackController {

	private static final String READERS = "hasAnyRole('admin', 'evaluator', 'procurement-officer', 'supervisor', 'agency-staff')";

	private final CallbackChecking callbacks;

	CallbackController(CallbackChecking callbacks) {
		this.callbacks = callbacks;
	}

	@PostMapping("/service-records")
	@PreAuthorize("hasRole('agency-staff')")
	RecordsView reportRecords(Caller caller, @PathVariable String id, @Valid @RequestBody RecordsRequest request) {
		List<ServiceRecord> records = request.records().stream().map(RecordRequest::toRecord).toList();
		return RecordsView.of(this.callbacks.reportRecords(caller, id, records));
	}

	@GetMapping("/service-records")
	@PreAuthorize(READERS)
	RecordsView records(Caller caller, @PathVariable String id) {
		return RecordsView.of(this.callbacks.read(caller, id));
	}

	@PostMapping("/callbacks/sample")
	@PreAuthorize("hasAnyRole('admin', 'evaluator', 'procurement-officer')")
	CallbacksView draw(Caller caller, @PathVariable String id) {
		CallbackChecking.Shown drawn = this.callbacks.draw(caller, id);
		return CallbacksView.of(drawn.file(), this.callbacks.rules(), drawn.access());
	}

	@PostMapping("/callbacks/{beneficiaryId}")
	@PreAuthorize("hasRole('evaluator')")
	CallbacksView recordOutcome(Caller caller, @PathVariable String id, @PathVariable String beneficiaryId,
			@Valid @RequestBody OutcomeRequest request) {
		CallbackFile file = this.callbacks.recordOutcome(caller, id, beneficiaryId, request.result(), request.note());
		return CallbacksView.of(file, this.callbacks.rules(), SampleAccess.PHONES_IN_CLEAR);
	}

	@GetMapping("/callbacks")
	@PreAuthorize(READERS)
	CallbacksView callbacks(Caller caller, @PathVariable String id) {
		CallbackChecking.Shown shown = this.callbacks.show(caller, id);
		return CallbacksView.of(shown.file(), this.callbacks.rules(), shown.access());
	}

	record RecordsRequest(@NotEmpty List<@Valid @NotNull RecordRequest> records) {
	}

	/**
	 * @param beneficiaryId the agency's own reference of the beneficiary, never a
	 * resident ID number
	 */
	record RecordRequest(@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:-]+") String beneficiaryId,
			@NotNull LocalDate serviceDate, @NotBlank @Size(max = 40) String serviceType,
			@Size(max = 500) String summary, @NotBlank @Size(max = 20) String phone) {

		ServiceRecord toRecord() {
			return new ServiceRecord(this.beneficiaryId, this.serviceDate, this.serviceType, this.summary,
					PhoneNumber.of(this.phone, this.beneficiaryId));
		}

	}

	record OutcomeRequest(@NotNull CallbackOutcome.Result result, @Size(max = 500) String note) {
	}

	/** The records with masked phones: only the sampled are ever shown in clear. */
	record RecordsView(String evaluationId, boolean frozen, int beneficiaries, List<RecordView> records) {

		static RecordsView of(CallbackFile file) {
			return new RecordsView(file.evaluationId(), file.isDrawn(), file.records().beneficiaryIds().size(),
					file.records().records().stream().map(RecordView::of).toList());
		}

	}

	record RecordView(String beneficiaryId, LocalDate serviceDate, String serviceType, String summary, String phone) {

		static RecordView of(ServiceRecord record) {
			return new RecordView(record.beneficiaryId(), record.serviceDate(), record.serviceType(), record.summary(),
					record.phone().masked());
		}

	}

}
