package cn.shegong.procurement.event;

import java.time.LocalDate;

import cn.shegong.platform.event.MalformedEventException;

/**
 * Procurement's own copy of the fields it reads from
 * {@code evaluation.RectificationVerified} v1 (no shared jar); a test reads evaluation's
 * example and schema. Fields it does not read are ignored.
 */
public record RectificationVerified(String evaluationId, String contractId, String milestoneId, String grade,
		LocalDate verifiedOn) {

	/**
	 * @throws MalformedEventException if a field procurement needs is missing; such an
	 * event can never apply, so it goes to the dead-letter topic at once
	 */
	public RectificationVerified requireReadable() {
		if (this.evaluationId == null || this.evaluationId.isBlank() || this.contractId == null
				|| this.contractId.isBlank() || this.verifiedOn == null) {
			throw new MalformedEventException("evaluation.RectificationVerified v1 " + this.evaluationId
					+ " lacks its evaluationId, contractId or verifiedOn", null);
		}
		return this;
	}

}
