package cn.shegong.procurement.tender.web;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import cn.shegong.procurement.tender.model.ProcurementMethod;
import cn.shegong.procurement.tender.model.TenderNotice;

/** The bodies the tender endpoints accept. */
final class TenderRequests {

	private TenderRequests() {
	}

	record DraftTender(@NotBlank String projectId, @NotNull ProcurementMethod method, @NotBlank String title,
			String summary) {

		TenderNotice notice() {
			return new TenderNotice(this.title, (this.summary != null) ? this.summary : "");
		}

	}

	record Publication(@NotNull Instant biddingDeadline, @NotNull Long version) {

	}

	/** A change that needs nothing but the version it was made on. */
	record VersionOnly(@NotNull Long version) {

	}

	/** The reason is the domain's to require, so that its refusal names the rule. */
	record Cancellation(String reason, @NotNull Long version) {

	}

}
